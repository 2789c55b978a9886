// Lighthouse (performance and accessibility) on the built app, in Debian's Chromium, for
// /, /certifications and /recommendations. Lighthouse is fetched by npx from the npm registry
// (12.8.2: the last line that supports Node 20; 13.x needs Node 22), not a project dependency.
//
//   npm run bench:lighthouse                      (builds first; writes LIGHTHOUSE.md and lighthouse.json here)
//   npm run bench:lighthouse -- --runs 5 --keep /tmp/lh   (runs per page, default 3; keep the raw reports)
// Each page is measured --runs times and the table shows the median of each figure: simulated
// throttling still depends on the machine's CPU, and a shared 2-core machine is noisy. The 1-minute
// load average before each run is recorded beside the runs in lighthouse.json.
// Needs CHROME_PATH or /usr/bin/chromium.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const here = path.join(root, "bench/startup");
const LIGHTHOUSE = "lighthouse@12.8.2";
const PAGES = ["/", "/certifications", "/recommendations"];
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const argValue = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const RUNS = Math.max(1, Number(argValue("--runs") ?? 3));
const keep = argValue("--keep");
if (keep) mkdirSync(keep, { recursive: true });
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

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
    const runs = [];
    for (let i = 1; i <= RUNS; i++) {
      const name = `${page.replaceAll("/", "_") || "_"}-${i}.json`;
      const report = path.join(keep ?? out, name);
      const loadAverage = Number(os.loadavg()[0].toFixed(2));
      let run;
      for (let attempt = 1; attempt <= 3; attempt++) {
        run = spawnSync(
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
        if (run.status === 0) break;
        // Under heavy CPU contention Chromium now and then loses the trace (NO_NAVSTART): try again.
        console.error(`lighthouse failed on ${page} (exit ${run.status}), attempt ${attempt} of 3`);
      }
      if (run.status !== 0) throw new Error(`lighthouse failed on ${page} (exit ${run.status})`);
      const json = JSON.parse(readFileSync(report, "utf8"));
      const audit = (id) => json.audits[id]?.numericValue;
      runs.push({
        loadAverage,
        performance: Math.round(json.categories.performance.score * 100),
        accessibility: Math.round(json.categories.accessibility.score * 100),
        fcpMs: Math.round(audit("first-contentful-paint")),
        lcpMs: Math.round(audit("largest-contentful-paint")),
        tbtMs: Math.round(audit("total-blocking-time")),
        cls: Number((audit("cumulative-layout-shift") ?? 0).toFixed(3)),
        transferBytes: Math.round(audit("total-byte-weight")),
        failedAccessibility: json.categories.accessibility.auditRefs
          .filter(
            (ref) => ref.weight > 0 && json.audits[ref.id].score !== null && json.audits[ref.id].score < 1,
          )
          .map((ref) => ref.id),
      });
      console.log(JSON.stringify({ page, run: i, ...runs.at(-1) }));
    }
    const mid = (key) => median(runs.map((r) => r[key]));
    results.push({
      page,
      performance: mid("performance"),
      accessibility: mid("accessibility"),
      fcpMs: mid("fcpMs"),
      lcpMs: mid("lcpMs"),
      tbtMs: mid("tbtMs"),
      cls: mid("cls"),
      transferBytes: mid("transferBytes"),
      failedAccessibility: [...new Set(runs.flatMap((r) => r.failedAccessibility))],
      runs,
    });
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
    `| ${r.page} | ${r.performance} (${r.runs.map((run) => run.performance).join(", ")}) | ${r.accessibility} | ${r.fcpMs} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${(r.transferBytes / 1024).toFixed(1)} | ${r.failedAccessibility.join(", ") || "–"} |`,
);
const markdown = `# Lighthouse

- **Date:** ${date}
- **Command:** \`npm run bench:lighthouse -- --runs ${RUNS}\` (${LIGHTHOUSE} via npx, ${version}, headless, default mobile emulation with simulated throttling)
- **Figures:** the median of ${RUNS} runs per page (each run's performance score in brackets); the machine is shared (2 cores), so single runs vary by several points with CPU contention. "KB" is Lighthouse's total transfer size for the page.

| page | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS | KB | failed accessibility audits |
|---|---|---|---|---|---|---|---|---|
${rows.join("\n")}
`;
writeFileSync(path.join(here, "LIGHTHOUSE.md"), markdown);
const jsonFile = path.join(here, "lighthouse.json");
writeFileSync(
  jsonFile,
  `${JSON.stringify({ date, chrome: version, runsPerPage: RUNS, results }, null, 2)}\n`,
);
// As the repository's formatter (Biome) would write it, so `npm run lint` stays clean.
spawnSync("npx", ["biome", "format", "--write", jsonFile], { cwd: root, stdio: "ignore" });
console.log(`\n${markdown}`);
