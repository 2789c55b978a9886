// Start-up time: `npm start` on a fresh data directory until the first page is served (GET /
// answers 200 with HTML), after the web app is built. Also the time to the first API answer, and
// a second start on the same (now initialised) directory. Target: first page < 3 s.
//
//   npm run bench:startup               5 fresh starts + 5 restarts
//   npm run bench:startup -- --quick    2 of each
// Writes RESULTS.md and results.json beside this file.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const here = path.join(root, "bench/startup");
const quick = process.argv.includes("--quick");
const TRIALS = quick ? 2 : 5;
const TARGET_MS = 3000;

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** One `npm start`: ms until /api/health answers and until / serves the page. */
async function startOnce(dataDir) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // Its own process group, so the whole tree (npm → start.mjs → server) stops together.
  const child = spawn("npm", ["start", "--silent"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(port), CERTPATH_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
  });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let apiMs = null;
  let pageMs = null;
  const deadline = started + 60_000;
  while (pageMs === null && performance.now() < deadline && child.exitCode === null) {
    try {
      if (apiMs === null) {
        const health = await fetch(`${url}/api/health`);
        if (health.ok) apiMs = performance.now() - started;
      }
      const page = await fetch(`${url}/`);
      const text = await page.text();
      if (page.ok && text.includes('<div id="root">')) pageMs = performance.now() - started;
    } catch {
      // not listening yet
    }
    if (pageMs === null) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  process.kill(-child.pid, "SIGTERM");
  await exited;
  if (pageMs === null) throw new Error(`npm start never served the page:\n${output}`);
  return { apiMs: Math.round(apiMs ?? pageMs), pageMs: Math.round(pageMs) };
}

// Build first (not timed): the claim is about starting a built app.
console.log("building the web app (not timed)…");
// vite directly, as scripts/start.mjs does (the root `build` script re-enters itself under npm 11 here).
const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], {
  cwd: path.join(root, "packages/web"),
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);

const fresh = [];
const again = [];
for (let trial = 0; trial < TRIALS; trial++) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "certpath-startup-"));
  try {
    fresh.push(await startOnce(dataDir));
    again.push(await startOnce(dataDir));
    console.log(
      `trial ${trial + 1}: fresh ${JSON.stringify(fresh.at(-1))}, restart ${JSON.stringify(again.at(-1))}`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const stats = (runs, key) => {
  const values = runs.map((r) => r[key]);
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
};
const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const info = {
  date: execFileSync("date", { encoding: "utf8" }).trim(),
  machine: `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`,
  command: `npm run bench:startup${quick ? " -- --quick" : ""}`,
};
const result = {
  ...info,
  trials: TRIALS,
  fresh: { page: stats(fresh, "pageMs"), api: stats(fresh, "apiMs"), runs: fresh },
  restart: { page: stats(again, "pageMs"), api: stats(again, "apiMs"), runs: again },
  targetMs: TARGET_MS,
};
const row = (name, s) => `| ${name} | ${s.min} | ${s.median} | ${s.max} |`;
const met = result.fresh.page.median < TARGET_MS;
const markdown = `# bench/startup results${quick ? " (quick)" : ""}

- **Date:** ${info.date}
- **Machine:** ${info.machine}
- **Command:** \`${info.command}\` (${TRIALS} trials; the web app is built first, untimed)
- Measured from spawning \`npm start\` to the first 200 answer, polling every 20 ms.

| what (ms) | min | median | max |
|---|---|---|---|
${row("fresh data directory → first API answer (/api/health)", result.fresh.api)}
${row("fresh data directory → first page (/)", result.fresh.page)}
${row("same directory again → first API answer", result.restart.api)}
${row("same directory again → first page", result.restart.page)}

Target: first page < ${TARGET_MS} ms on a fresh data directory — **${met ? "met" : "missed"}** (median ${result.fresh.page.median} ms).
`;
writeFileSync(path.join(here, `RESULTS${quick ? ".quick" : ""}.md`), markdown);
const jsonFile = path.join(here, `results${quick ? ".quick" : ""}.json`);
writeFileSync(jsonFile, `${JSON.stringify(result, null, 2)}\n`);
// As the repository's formatter (Biome) would write it, so `npm run lint` stays clean.
spawnSync("npx", ["biome", "format", "--write", jsonFile], { cwd: root, stdio: "ignore" });
console.log(`\n${markdown}`);
