/**
 * Core is pure: no I/O, no clock, no ambient randomness, no framework. Lint and the boundary check
 * catch imports; this catches the globals they cannot see (Math.random, Date.now, new Date()).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const FORBIDDEN: Array<[RegExp, string]> = [
  [/\bMath\.random\s*\(/, "Math.random: take an Rng parameter"],
  [/\bDate\.now\s*\(/, "Date.now: take `now` as a parameter"],
  [/\bnew Date\s*\(\s*\)/, "new Date(): take `now` as a parameter"],
  [/\bprocess\./, "process: pass configuration in"],
  [/\bconsole\./, "console: core does not log"],
  [/from\s+["']node:/, "node: imports: core does no I/O"],
  [/from\s+["'](fs|path|http|https|child_process|os)["']/, "Node built-ins: core does no I/O"],
  [/from\s+["'](react|zod|fastify|drizzle-orm)/, "frameworks stay outside core"],
];

describe("packages/core purity", () => {
  const files = sourceFiles(SRC);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it("uses no clock, no ambient randomness, no I/O and no framework", () => {
    const violations: string[] = [];
    for (const file of files) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, index) => {
        if (line.trim().startsWith("*") || line.trim().startsWith("//")) return;
        for (const [pattern, why] of FORBIDDEN) {
          if (pattern.test(line)) violations.push(`${path.relative(SRC, file)}:${index + 1} ${why}`);
        }
      });
    }
    expect(violations).toEqual([]);
  });
});
