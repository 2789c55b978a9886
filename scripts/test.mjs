// `npm test`: every suite — Vitest (unit, integration on PGlite and PostgreSQL) then Playwright
// (end-to-end in Debian's Chromium) — and one closing line "N passed, N failed" over all of them.
// Suites whose real dependency is absent (Chromium, PostgreSQL) are skipped with a reason locally;
// under CI=true they are required.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, ".ci");
mkdirSync(outDir, { recursive: true });
const isCi = process.env.CI === "true";
const extraArgs = process.argv.slice(2);

function run(command, args, env = {}) {
  return spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;

// 1. Vitest
const vitestJson = path.join(outDir, "vitest.json");
rmSync(vitestJson, { force: true });
const vitest = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestJson}`,
  ...extraArgs,
]);
const vitestReport = readJson(vitestJson);
if (vitestReport) {
  passed += vitestReport.numPassedTests;
  failed += vitestReport.numFailedTests;
  skipped += vitestReport.numPendingTests + vitestReport.numTodoTests;
  // A crash outside a test (a failing import, a failing global setup) counts as a failure.
  if (vitest.status !== 0 && vitestReport.numFailedTests === 0) failed += 1;
} else {
  console.error("vitest produced no report");
  failed += 1;
}

// 2. Playwright (skipped when a file filter was given to vitest)
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (extraArgs.length === 0) {
  if (!existsSync(chromium)) {
    const reason = `Chromium not found at ${chromium}: end-to-end suite skipped`;
    if (isCi) {
      console.error(`${reason}. CI requires it (apt-get install chromium).`);
      failed += 1;
    } else {
      console.warn(`\n[certpath] ${reason} (apt-get install --no-install-recommends chromium).\n`);
    }
  } else {
    const e2eJson = path.join(outDir, "e2e.json");
    rmSync(e2eJson, { force: true });
    // A free port, chosen once here and passed down, so parallel runs on one machine never collide
    // (Playwright loads its config in several processes, so it cannot pick one itself).
    const port =
      process.env.E2E_PORT ??
      String(
        await new Promise((resolve) => {
          const probe = createServer().listen(0, "127.0.0.1", () => {
            const { port: free } = probe.address();
            probe.close(() => resolve(free));
          });
        }),
      );
    const e2e = run("npx", ["playwright", "test", "--reporter=list,json"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
      E2E_PORT: port,
    });
    const stats = readJson(e2eJson)?.stats;
    if (stats) {
      passed += stats.expected + stats.flaky;
      failed += stats.unexpected;
      skipped += stats.skipped;
      if (e2e.status !== 0 && stats.unexpected === 0) failed += 1;
    } else {
      console.error("playwright produced no report");
      failed += 1;
    }
  }
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
