/**
 * HTTP throughput and latency of the API, on PGlite and on PostgreSQL, each beside a bare Fastify
 * hello-world route measured in the same run (bare-server.ts): autocannon against
 * POST /api/recommendations, POST /api/plans and GET /api/certifications at 1 / 16 / 64 / 256
 * connections. The server and autocannon share this machine's cores, as they do in the spike.
 *
 * The recommendation route is measured twice: the same profile on every request (after the first,
 * answered from the answer cache, src/http/answer-cache.ts) and a different profile on every
 * request (50,000 generated profiles in turn: every answer computed). The next-question route
 * rotates over 1,000 diagnostics started before the run.
 *
 *   npm run bench:api                 10 s per cell, writes RESULTS.md + results.json here
 *   npm run bench:api -- --quick      16 and 64 connections, 3 s per cell (RESULTS.quick.md / .json)
 *   npm run bench:api -- --profile    also one --cpu-prof run of the recommendation route on
 *                                     PostgreSQL at 64 connections, summarised in PROFILE.md
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import {
  type Database,
  distinctProfile,
  type LoadResult,
  machine,
  now,
  PROFILE,
  pgliteDatabase,
  postgresDatabase,
  ROOT,
  startBare,
  startCertpath,
  table,
  writeJson,
} from "./common";
import { summariseProfile } from "./profile-summary";

const quick = process.argv.includes("--quick");
const profile = process.argv.includes("--profile");
const CONNECTIONS = quick ? [16, 64] : [1, 16, 64, 256];
const SECONDS = quick ? 3 : 10;
const WARMUP_SECONDS = quick ? 1 : 3;
const here = path.join(ROOT, "bench/api");

interface Route {
  name: string;
  method: "GET" | "POST";
  path: string;
  body?: unknown;
  /** A different request each time (autocannon's setupRequest): path and body from a counter. */
  vary?: (n: number) => { path?: string; body?: string };
}

const ROUTES: Route[] = [
  {
    name: "POST /api/recommendations",
    method: "POST",
    path: "/api/recommendations",
    body: { profile: PROFILE },
  },
  {
    name: "POST /api/plans",
    method: "POST",
    path: "/api/plans",
    body: { certificationId: "aws-mla", profile: PROFILE, startDate: "2026-11-30" },
  },
  { name: "GET /api/certifications", method: "GET", path: "/api/certifications" },
  {
    name: "POST /api/recommendations, a new profile each time (no cache hits)",
    method: "POST",
    path: "/api/recommendations",
    vary: (n) => ({ body: distinctProfile(n) }),
  },
  {
    name: "GET /api/assessments/:id/next",
    method: "GET",
    path: "/api/assessments/:id/next",
    // Filled in per server with the ids of diagnostics started before the run.
  },
];
const DIAGNOSTICS = 1_000;
const BARE: Route = { name: "bare Fastify GET /hello", method: "GET", path: "/hello" };
const BARE_PAYLOAD: Route = {
  name: "bare Fastify POST /payload (the same recommendation answer, held in memory)",
  method: "POST",
  path: "/payload",
  body: { profile: PROFILE },
};

interface Cell {
  database: string;
  route: string;
  connections: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  /** Of the errors: requests unanswered after autocannon's 10 s timeout, and non-2xx answers. */
  timeouts: number;
  non2xx: number;
  requests: number;
  ratioToBare: number | null;
  /** Recommendation rows: req/s over the bare route sending the same answer (BARE_PAYLOAD). */
  ratioToPayload: number | null;
}

async function measure(baseUrl: string, route: Route, connections: number, seconds: number) {
  const json = route.body !== undefined || route.vary !== undefined;
  let counter = 0;
  const vary = route.vary;
  const result: LoadResult = await autocannon({
    url: `${baseUrl}${route.path}`,
    method: route.method,
    connections,
    duration: seconds,
    headers: json ? { "content-type": "application/json" } : {},
    ...(route.body === undefined ? {} : { body: JSON.stringify(route.body) }),
    ...(vary === undefined
      ? {}
      : {
          requests: [
            {
              setupRequest: (request: Record<string, unknown>) => ({ ...request, ...vary(counter++) }),
            },
          ],
        }),
  });
  // Errors: socket errors, timeouts and every non-2xx answer (each route's success is a 2xx).
  return {
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon's `errors` already counts timeouts.
    errors: result.errors + result.non2xx,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

async function benchDatabase(database: Database, cells: Cell[]) {
  const server = await startCertpath(database.env);
  // The bare server also sends this server's recommendation answer, byte for byte.
  const answer = await fetch(`${server.url}/api/recommendations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ profile: PROFILE }),
  });
  const payloadFile = path.join(mkdtempSync(path.join(os.tmpdir(), "certpath-payload-")), "answer.json");
  writeFileSync(payloadFile, await answer.text());
  const bare = await startBare({ BARE_PAYLOAD_FILE: payloadFile });
  try {
    const bareRate = new Map<number, number>();
    const payloadRate = new Map<number, number>();
    for (const [route, rates] of [
      [BARE, bareRate],
      [BARE_PAYLOAD, payloadRate],
    ] as const) {
      for (const connections of CONNECTIONS) {
        await measure(bare.url, route, connections, WARMUP_SECONDS);
        const m = await measure(bare.url, route, connections, SECONDS);
        rates.set(connections, m.reqPerSec);
        const ratioToBare = m.reqPerSec / (bareRate.get(connections) ?? Number.NaN);
        cells.push({
          database: database.name,
          route: route.name,
          connections,
          ...m,
          ratioToBare,
          ratioToPayload: null,
        });
        console.log(`${database.name} ${route.name} c=${connections}: ${m.reqPerSec} req/s, p99 ${m.p99} ms`);
      }
    }
    const ids = await startDiagnostics(server.url);
    for (const template of ROUTES) {
      const route: Route = template.path.includes(":id")
        ? {
            ...template,
            vary: (n) => ({ path: template.path.replace(":id", ids[n % ids.length] as string) }),
          }
        : template;
      for (const connections of CONNECTIONS) {
        await measure(server.url, route, connections, WARMUP_SECONDS);
        const m = await measure(server.url, route, connections, SECONDS);
        const ratio = m.reqPerSec / (bareRate.get(connections) ?? Number.NaN);
        const ratioToPayload =
          route.path === "/api/recommendations"
            ? m.reqPerSec / (payloadRate.get(connections) ?? Number.NaN)
            : null;
        cells.push({
          database: database.name,
          route: route.name,
          connections,
          ...m,
          ratioToBare: ratio,
          ratioToPayload,
        });
        console.log(
          `${database.name} ${route.name} c=${connections}: ${m.reqPerSec} req/s (${(ratio * 100).toFixed(1)}% of bare), p99 ${m.p99} ms, errors ${m.errors}`,
        );
      }
    }
  } finally {
    await server.stop();
    await bare.stop();
    rmSync(path.dirname(payloadFile), { recursive: true, force: true });
  }
}

/** Diagnostics to ask for the next question of (anonymous: the bench server allows it). */
async function startDiagnostics(baseUrl: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < DIAGNOSTICS; i++) {
    const response = await fetch(`${baseUrl}/api/assessments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    if (response.status !== 201)
      throw new Error(`starting a diagnostic: ${response.status} ${await response.text()}`);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

/** One profiled run: where the recommendation route spends its time. */
async function profileRun(database: Database): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "certpath-cpuprof-"));
  const server = await startCertpath(database.env, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
  const route = ROUTES[0] as Route;
  await measure(server.url, route, 64, WARMUP_SECONDS);
  const m = await measure(server.url, route, 64, SECONDS);
  await server.stop();
  // The tsx loader runs in the same process; the profile written last is the server's.
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .sort();
  const summary = summariseProfile(files.map((f) => path.join(dir, f)));
  return `# Where POST /api/recommendations spends its time\n\n${m.reqPerSec} req/s at 64 connections on ${database.name} while profiling (--cpu-prof slows it down). Profiles in ${dir}.\n\n${summary}\n`;
}

const started = Date.now();
const cells: Cell[] = [];
const databases = [pgliteDatabase(), await postgresDatabase()].filter((d): d is Database => d !== null);
try {
  for (const database of databases) await benchDatabase(database, cells);
  writeResults();
  const postgres = databases.find((d) => d.name === "postgres");
  if (profile && postgres) {
    writeFileSync(path.join(here, "PROFILE.md"), await profileRun(postgres));
    console.log(`profile summary written to ${path.join(here, "PROFILE.md")}`);
  }
} finally {
  for (const database of databases) database.close();
}

function writeResults() {
  // Targets from the issue, checked on what was measured.
  const totalErrors = cells.reduce((sum, c) => sum + c.errors, 0);
  const verdict = (ok: boolean) => (ok ? "**met**" : "**missed**");
  // Both recommendation rows: the repeated profile (cache hits) and a new profile each time.
  const targets = [ROUTES[0], ROUTES[3]].flatMap((route) => {
    const rec = cells.filter((c) => c.route === route?.name);
    const pg64 = rec.find((c) => c.database === "postgres" && c.connections === 64);
    const worstRatio = Math.min(...rec.map((c) => c.ratioToBare ?? 0));
    const worstToPayload = Math.min(...rec.map((c) => c.ratioToPayload ?? 0));
    const which = route === ROUTES[0] ? "same profile" : "new profile each time";
    return [
      [
        `recommendations (${which}) ≥ 50% of the bare route's req/s (every cell)`,
        `lowest ${(worstRatio * 100).toFixed(1)}%`,
        verdict(worstRatio >= 0.5),
      ],
      [
        `recommendations (${which}) ≥ 50% of the bare route sending the same answer (every cell; context, not the issue's target)`,
        `lowest ${(worstToPayload * 100).toFixed(1)}%`,
        worstToPayload >= 0.5 ? "met" : "missed",
      ],
      [
        `p99 < 25 ms at 64 connections on PostgreSQL (recommendations, ${which})`,
        pg64 ? `${pg64.p99} ms` : "not run",
        verdict((pg64?.p99 ?? 999) < 25),
      ],
    ];
  });
  targets.push(["zero errors", `${totalErrors}`, verdict(totalErrors === 0)]);

  const info = {
    date: now(),
    machine: machine(),
    command: `npm run bench:api${quick ? " -- --quick" : ""}${profile ? " -- --profile" : ""}`,
    secondsPerCell: SECONDS,
    warmupSecondsPerCell: WARMUP_SECONDS,
    wallSeconds: Math.round((Date.now() - started) / 1000),
  };
  const rows = cells.map((c) => [
    c.database,
    c.route,
    c.connections,
    c.reqPerSec,
    c.ratioToBare === null ? "–" : `${(c.ratioToBare * 100).toFixed(1)}%`,
    c.ratioToPayload === null ? "–" : `${(c.ratioToPayload * 100).toFixed(1)}%`,
    c.p50,
    c.p99,
    c.errors === 0 ? 0 : `${c.errors} (${c.timeouts} timeouts, ${c.non2xx} non-2xx)`,
  ]);
  const markdown = `# bench/api results${quick ? " (quick)" : ""}

- **Date:** ${info.date}
- **Machine:** ${info.machine}
- **Command:** \`${info.command}\` (${info.wallSeconds} s wall)
- ${SECONDS} s per cell after ${WARMUP_SECONDS} s of warm-up; autocannon and the server share the machine's cores.

${table(["database", "route", "connections", "req/s", "vs bare", "vs bare, same answer", "p50 ms", "p99 ms", "errors"], rows)}

## Targets

${table(["target", "measured", "verdict"], targets)}
`;
  const suffix = quick ? ".quick" : "";
  writeFileSync(path.join(here, `RESULTS${suffix}.md`), markdown);
  writeJson(path.join(here, `results${suffix}.json`), { ...info, cells, targets });
  console.log(`\n${markdown}`);
}
