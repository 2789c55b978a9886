/**
 * Soak: a mixed load for a long stretch (10 minutes by default) against the real server, with the
 * server process's resident memory (RSS, from /proc) sampled every 5 s. Not part of CI. One of its
 * recommendation requests carries a new profile each time, so the answer cache fills to its byte
 * budget early and then keeps evicting: the bound below holds with the cache full.
 *
 *   npm run bench:soak                        10 minutes on PGlite (a fresh data directory)
 *   npm run bench:soak -- --minutes 2         the short run recorded in bench/RESULTS.md
 *   npm run bench:soak -- --postgres          on a throwaway PostgreSQL cluster instead
 *
 * The stated bound (checked and reported): RSS does not creep — its floor (the minimum, i.e. right
 * after a garbage collection) over the last quarter of the run is within 50 MB of its floor over the
 * quarter after warm-up (20–45% of the run) — it peaks below 1.5 GB, and no request fails. Floors,
 * not a slope: RSS swings by ±50 MB between collections, which swamps a slope over a short run.
 * Writes RESULTS(.<minutes>min).md, results(.<minutes>min).json and rss(.<minutes>min).svg here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import {
  distinctProfile,
  type LoadResult,
  machine,
  now,
  PROFILE,
  pgliteDatabase,
  postgresDatabase,
  ROOT,
  startCertpath,
  table,
  writeJson,
} from "../api/common";
import { lineChart } from "../growth/chart";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const MINUTES = Number(arg("--minutes") ?? 10);
const usePostgres = process.argv.includes("--postgres");
const CONNECTIONS = 16;
const SAMPLE_MS = 5000;
const FLOOR_GROWTH_BOUND_MB = 50;
const PEAK_BOUND_MB = 1536;
const here = path.join(ROOT, "bench/soak");

const rssMb = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
};

const database = usePostgres ? await postgresDatabase() : pgliteDatabase();
if (!database) throw new Error("--postgres needs PostgreSQL's server binaries");
const server = await startCertpath(database.env);
const pid = server.child.pid as number;
const json = { "content-type": "application/json" };

// Real rows for the id routes; the mix below then reads and writes them all run long.
const post = async (url: string, body: unknown) =>
  (await fetch(`${server.url}${url}`, { method: "POST", headers: json, body: JSON.stringify(body) })).json();
const plan = (await post("/api/plans", { certificationId: "aws-mla", profile: PROFILE })) as { id: string };

/** One cycle per connection: reads, computations and writes in the proportions of a real session. */
const requests = [
  { method: "GET", path: "/api/certifications" },
  { method: "PUT", path: "/api/profile", headers: json, body: JSON.stringify(PROFILE) },
  { method: "POST", path: "/api/recommendations", headers: json, body: JSON.stringify({ profile: PROFILE }) },
  // A new profile each time: fills the answer cache to its byte budget and keeps evicting.
  { method: "POST", path: "/api/recommendations", headers: json, vary: true },
  { method: "GET", path: `/api/plans/${plan.id}` },
  {
    method: "POST",
    path: `/api/plans/${plan.id}/check-ins/preview`,
    headers: json,
    body: JSON.stringify({ hoursDone: 2 }),
  },
  {
    method: "POST",
    path: "/api/plans",
    headers: json,
    body: JSON.stringify({ certificationId: "google-pmle" }),
  },
  { method: "POST", path: "/api/assessments", headers: json, body: JSON.stringify({ maxItems: 5 }) },
  { method: "GET", path: "/api/projects?skill=python" },
  { method: "GET", path: "/api/salaries?region=us" },
  { method: "GET", path: "/api/certifications/google-pmle" },
] as const;

let distinct = 0;
const samples: Array<{ seconds: number; rssMb: number }> = [];
const started = Date.now();
const sample = () => samples.push({ seconds: (Date.now() - started) / 1000, rssMb: Math.round(rssMb(pid)) });
sample();
const timer = setInterval(sample, SAMPLE_MS);
console.log(`soak: ${MINUTES} min, ${CONNECTIONS} connections, ${database.name}, server pid ${pid}`);
let result: LoadResult;
try {
  result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: MINUTES * 60,
    requests: requests.map((r) =>
      "vary" in r
        ? { ...r, setupRequest: (request: object) => ({ ...request, body: distinctProfile(distinct++) }) }
        : { ...r },
    ),
  });
} finally {
  clearInterval(timer);
  sample();
  await server.stop();
  database.close();
}

// Least-squares slope of RSS after the warm-up, in MB per minute (reported, not judged).
const warm = samples.filter((s) => s.seconds >= MINUTES * 60 * 0.2);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const mx = mean(warm.map((s) => s.seconds));
const my = mean(warm.map((s) => s.rssMb));
const slope =
  (warm.reduce((sum, s) => sum + (s.seconds - mx) * (s.rssMb - my), 0) /
    warm.reduce((sum, s) => sum + (s.seconds - mx) ** 2, 0)) *
  60;
const peak = Math.max(...samples.map((s) => s.rssMb));
const floorBetween = (from: number, to: number) =>
  Math.min(
    ...samples
      .filter((s) => s.seconds >= MINUTES * 60 * from && s.seconds <= MINUTES * 60 * to)
      .map((s) => s.rssMb),
  );
const earlyFloor = floorBetween(0.2, 0.45);
const lateFloor = floorBetween(0.75, 1);
const floorGrowth = lateFloor - earlyFloor;
const errors = result.errors + result.non2xx; // autocannon's `errors` already counts timeouts
const verdict = (ok: boolean) => (ok ? "**met**" : "**missed**");
const suffix = MINUTES === 10 ? "" : `.${MINUTES}min`;
const info = {
  date: now(),
  machine: machine(),
  command: `npm run bench:soak${MINUTES === 10 ? "" : ` -- --minutes ${MINUTES}`}${usePostgres ? " --postgres" : ""}`,
  database: database.name,
  connections: CONNECTIONS,
  minutes: MINUTES,
};
writeFileSync(
  path.join(here, `rss${suffix}.svg`),
  lineChart({
    title: `Server RSS (MB) under ${MINUTES} min of mixed load, ${database.name}`,
    panels: [
      { xLabel: "seconds", series: [{ name: "RSS (MB)", points: samples.map((s) => [s.seconds, s.rssMb]) }] },
    ],
  }),
);
const mix = requests.map((r) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/, ":id")}`).join(", ");
const markdown = `# bench/soak results (${MINUTES} min)

- **Date:** ${info.date}
- **Machine:** ${info.machine}
- **Command:** \`${info.command}\` — ${CONNECTIONS} connections cycling through ${requests.length} requests (${mix})

${table(
  [
    "requests",
    "req/s (mean)",
    "p50 ms",
    "p99 ms",
    "errors",
    "RSS start MB",
    "RSS end MB",
    "RSS peak MB",
    "slope after warm-up",
  ],
  [
    [
      result.requests.total,
      Math.round(result.requests.average),
      result.latency.p50,
      result.latency.p99,
      errors,
      samples[0]?.rssMb ?? 0,
      samples.at(-1)?.rssMb ?? 0,
      peak,
      `${slope.toFixed(2)} MB/min`,
    ],
  ],
)}

![RSS over time](rss${suffix}.svg)

## Bound

${table(
  ["bound", "measured", "verdict"],
  [
    [
      `RSS floor, last quarter vs 20–45% of the run: growth < ${FLOOR_GROWTH_BOUND_MB} MB`,
      `${earlyFloor} → ${lateFloor} MB (${floorGrowth >= 0 ? "+" : ""}${floorGrowth} MB)`,
      verdict(floorGrowth < FLOOR_GROWTH_BOUND_MB),
    ],
    [`peak RSS < ${PEAK_BOUND_MB} MB`, `${peak} MB`, verdict(peak < PEAK_BOUND_MB)],
    ["no failed request", `${errors}`, verdict(errors === 0)],
  ],
)}
`;
writeFileSync(path.join(here, `RESULTS${suffix}.md`), markdown);
writeJson(path.join(here, `results${suffix}.json`), {
  ...info,
  result: {
    total: result.requests.total,
    average: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
  },
  slopeMbPerMin: slope,
  floorGrowthMb: floorGrowth,
  peakMb: peak,
  samples,
});
console.log(`\n${markdown}`);
