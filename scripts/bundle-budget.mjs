// `npm run check:bundle`: builds the web app into a temporary directory and measures the initial
// JavaScript a visitor downloads per route: the entry chunk plus every chunk it imports statically
// (gzip level 9, as a CDN or the server's compression would send it). Fails when the landing route
// exceeds its budget, or when a library that must load lazily (charts, math rendering) sits in the
// landing route's static graph. `--json` prints the measurements as JSON for bench/RESULTS.md.
//
// Why the build API rather than the manifest: the manifest lists chunks, not the modules inside
// them, and the "must be lazy" rule is about modules (recharts, katex), wherever rolldown puts them.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const web = path.join(root, "packages/web");
const asJson = process.argv.includes("--json");

/** Initial JS for the landing route (gzip bytes). */
const LANDING_BUDGET = 150 * 1024;
/** Packages that must never be in the landing route's static import graph. */
const MUST_BE_LAZY = ["recharts", "katex", "d3-"];

// The root's vite: the same copy `npm run build` uses in packages/web.
const { build } = await import("vite");

const outDir = mkdtempSync(path.join(os.tmpdir(), "certpath-bundle-"));
let output;
try {
  // A temporary outDir: never clobbers packages/web/dist, which a running server may be serving.
  const result = await build({
    root: web,
    configFile: path.join(web, "vite.config.ts"),
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      write: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
    },
  });
  output = (Array.isArray(result) ? result[0] : result).output;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

const chunks = new Map(output.filter((o) => o.type === "chunk").map((c) => [c.fileName, c]));
const gz = (chunk) => gzipSync(chunk.code, { level: 9 }).length;

/** The chunk and everything it pulls in statically (what the browser must fetch before running it). */
function staticClosure(fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const next of chunks.get(fileName)?.imports ?? []) staticClosure(next, seen);
  return seen;
}

const entry = [...chunks.values()].find((c) => c.isEntry);
if (!entry) throw new Error("the build produced no entry chunk");
const landing = staticClosure(entry.fileName);
const sizeOf = (files) => [...files].reduce((sum, f) => sum + gz(chunks.get(f)), 0);

/** Which package a module id belongs to ("recharts", "react-dom", or "(app)" for our sources). */
const packageOf = (id) => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id.replaceAll("\\", "/"));
  return match ? match[1] : "(app)";
};
const modulesIn = (files) => [...files].flatMap((f) => Object.keys(chunks.get(f)?.modules ?? {}));
const landingPackages = new Map();
for (const file of landing) {
  for (const [id, info] of Object.entries(chunks.get(file).modules)) {
    const pkg = packageOf(id);
    landingPackages.set(pkg, (landingPackages.get(pkg) ?? 0) + info.renderedLength);
  }
}
const leaked = MUST_BE_LAZY.filter((name) =>
  modulesIn(landing).some((id) => packageOf(id).startsWith(name) || id.includes(`/${name}`)),
);

// Other routes: each chunk loaded by a dynamic import (a lazy route or a lazy widget) adds its own
// static closure, minus what the landing route already loaded.
const lazyRoutes = [];
for (const chunk of chunks.values()) {
  if (!chunk.isDynamicEntry) continue;
  const extra = new Set([...staticClosure(chunk.fileName)].filter((f) => !landing.has(f)));
  const source = chunk.facadeModuleId ? path.relative(web, chunk.facadeModuleId) : chunk.name;
  lazyRoutes.push({ chunk: source, extraGzipBytes: sizeOf(extra) });
}
lazyRoutes.sort((a, b) => b.extraGzipBytes - a.extraGzipBytes);

const landingBytes = sizeOf(landing);
const report = {
  landing: { files: [...landing], gzipBytes: landingBytes, budgetBytes: LANDING_BUDGET },
  mustBeLazy: MUST_BE_LAZY,
  leaked,
  lazy: lazyRoutes,
  topPackagesRenderedBytes: [...landingPackages.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8),
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(
    `landing route: ${kb(landingBytes)} gzip in ${landing.size} chunk(s) (budget ${kb(LANDING_BUDGET)})`,
  );
  console.log(
    `  largest packages (before minification): ${report.topPackagesRenderedBytes.map(([p, b]) => `${p} ${kb(b)}`).join(", ")}`,
  );
  for (const route of lazyRoutes)
    console.log(`  lazy chunk ${route.chunk}: +${kb(route.extraGzipBytes)} gzip on first use`);
}

const problems = [];
if (landingBytes > LANDING_BUDGET) {
  problems.push(`landing route is ${kb(landingBytes)} gzip, over the ${kb(LANDING_BUDGET)} budget`);
}
for (const name of leaked)
  problems.push(`"${name}" is in the landing route's static imports; load it lazily`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`bundle budget: ${problem}`);
  process.exit(1);
}
if (!asJson) console.log("bundle budget: ok");
