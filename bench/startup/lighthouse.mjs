// Lighthouse (performance and accessibility) on the built app, in Debian's Chromium, for
// /, /certifications and /recommendations. Lighthouse is fetched by npx from the npm registry
// (12.8.2: the last line that supports Node 20; 13.x needs Node 22), not a project dependency.
//
//   npm run bench:lighthouse      (builds first; writes LIGHTHOUSE.md and lighthouse.json here)
// Needs CHROME_PATH or /usr/bin/chromium.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const here = path.join(root, "bench/startup");
const LIGHTHOUSE = "lighthouse@12.8.2";
const PAGES = ["/", "/certifications", "/recommendations"];
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const url = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "certpath-lighthouse-"));
const out = mkdtempSync(path.join(os.tmpdir(), "certpath-lighthouse-out-"));

// vite directly, as scripts/start.mjs does (the root `build` script re-enters itself under npm 11 here).
const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], {
  cwd: path.join(root, "packages/web"),
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn("npm", ["start", "--silent"], {
  cwd: root,
  detached: true,
  stdio: "ignore",
  env: { ...process.env, PORT: String(port), CERTPATH_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
});
// The system's npx, not node_modules/.bin/npx (an old npm that a dependency brings in, which
// `npm run` puts first on PATH and which mistakes the URL for a package to install).
const systemPath = (process.env.PATH ?? "")
  .split(path.delimiter)
  .filter((dir) => !dir.includes(`node_modules${path.sep}.bin`))
  .join(path.delimiter);
const results = [];
try {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const page of PAGES) {
    const report = path.join(out, `${page.replaceAll("/", "_") || "_"}.json`);
    const run = spawnSync(
      "npx",
      [
        "--yes",
        LIGHTHOUSE,
        `${url}${page}`,
        "--quiet",
        "--output=json",
        `--output-path=${report}`,
        "--only-categories=performance,accessibility",
        "--chrome-flags=--headless --no-sandbox --disable-gpu",
      ],
      {
        cwd: root,
        stdio: ["ignore", "inherit", "inherit"],
        env: { ...process.env, PATH: systemPath, CHROME_PATH: chrome },
      },
    );
    if (run.status !== 0) throw new Error(`lighthouse failed on ${page} (exit ${run.status})`);
    const json = JSON.parse(readFileSync(report, "utf8"));
    const audit = (id) => json.audits[id]?.numericValue;
    results.push({
      page,
      performance: Math.round(json.categories.performance.score * 100),
      accessibility: Math.round(json.categories.accessibility.score * 100),
      fcpMs: Math.round(audit("first-contentful-paint")),
      lcpMs: Math.round(audit("largest-contentful-paint")),
      tbtMs: Math.round(audit("total-blocking-time")),
      cls: Number((audit("cumulative-layout-shift") ?? 0).toFixed(3)),
      failedAccessibility: json.categories.accessibility.auditRefs
        .filter(
          (ref) => ref.weight > 0 && json.audits[ref.id].score !== null && json.audits[ref.id].score < 1,
        )
        .map((ref) => ref.id),
    });
    console.log(JSON.stringify(results.at(-1)));
  }
} finally {
  process.kill(-server.pid, "SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}

const date = execFileSync("date", { encoding: "utf8" }).trim();
const version = execFileSync(chrome, ["--version"], { encoding: "utf8" }).trim();
const rows = results.map(
  (r) =>
    `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.fcpMs} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.failedAccessibility.join(", ") || "–"} |`,
);
const markdown = `# Lighthouse

- **Date:** ${date}
- **Command:** \`npm run bench:lighthouse\` (${LIGHTHOUSE} via npx, ${version}, headless, default mobile emulation with simulated throttling)

| page | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS | failed accessibility audits |
|---|---|---|---|---|---|---|---|
${rows.join("\n")}
`;
writeFileSync(path.join(here, "LIGHTHOUSE.md"), markdown);
const jsonFile = path.join(here, "lighthouse.json");
writeFileSync(jsonFile, `${JSON.stringify({ date, chrome: version, results }, null, 2)}\n`);
// As the repository's formatter (Biome) would write it, so `npm run lint` stays clean.
spawnSync("npx", ["biome", "format", "--write", jsonFile], { cwd: root, stdio: "ignore" });
console.log(`\n${markdown}`);
