/**
 * @module Reads V8 .cpuprofile files (node --cpu-prof) and says where the time went: self time per
 * function and per package (a node_modules package, a workspace package, or Node's internals), as
 * Markdown tables. Self time, not total: it points at the code that actually burns the CPU.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

/** Who owns a script URL: "fastify", "@certpath/core", "(node)", "(idle)" … */
export function ownerOf(url: string, functionName: string): string {
  if (functionName === "(idle)" || functionName === "(program)" || functionName === "(garbage collector)") {
    return functionName;
  }
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1] as string;
  const workspace = /packages\/([^/]+)\/src\//.exec(url);
  if (workspace) return `@certpath/${workspace[1]}`;
  if (url.startsWith("node:") || url === "") return "(node internals)";
  return url.replace(/^file:\/\//, "");
}

export function summariseProfile(files: string[], top = 15): string {
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (hits === 0) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const owner = ownerOf(url, functionName);
      const name = `${functionName || "(anonymous)"} — ${owner}${url && !url.startsWith("node:") ? `:${lineNumber + 1}` : ""}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + hits);
      total += hits;
    }
  }
  // Idle samples are threads waiting (the tsx loader's worker is idle all along): percentages are
  // of the busy samples, so they add up to where the CPU time went.
  const idle = byOwner.get("(idle)") ?? 0;
  byOwner.delete("(idle)");
  for (const key of [...byFunction.keys()]) if (key.startsWith("(idle)")) byFunction.delete(key);
  const busy = total - idle;
  const pct = (n: number) => `${((n / busy) * 100).toFixed(1)}%`;
  const rows = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `| ${k.replaceAll("|", "\\|")} | ${pct(v)} |`)
      .join("\n");
  return `## Self time by package (${busy} busy samples of ${total}; percentages of busy time)\n\n| package | self time |\n|---|---|\n${rows(byOwner, 12)}\n\n## Self time by function (top ${top})\n\n| function — where | self time |\n|---|---|\n${rows(byFunction, top)}\n`;
}
