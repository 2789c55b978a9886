/**
 * The team skills matrix on PostgreSQL 15 as a team grows: 100 → 1,000 → 3,000 → 10,000 members.
 *
 *   npm run bench:team                         all sizes, 50 timed requests per size
 *   npm run bench:team -- --quick              100 and 1,000 members, 20 requests
 *   npm run bench:team -- --label before       writes results.before.json (RESULTS.md compares)
 *   npm run bench:team -- --page 200           also times ?limit=200 (the first page of rows)
 *
 * A throwaway PostgreSQL cluster (the tests' helper), the real server (packages/server/src/main.ts)
 * in its own process on it. One owner signs up and creates the team over HTTP; everyone else is
 * seeded with bulk SQL (unnest of arrays, 1,000 rows per statement): a user, a membership and a
 * stored profile with self-ratings and, for 40 %, diagnostic abilities — what the matrix reads.
 * Around the team, 10,000 people in 200 other teams, so the queries must find the team's rows
 * among others'. Per size: 5 warm-up requests, then N sequential GET
 * /api/teams/:id/skills-matrix as the owner, timed to the last byte of the body; then the same
 * server functions the route calls, in this process, timed phase by phase; at the largest size
 * EXPLAIN (ANALYZE, BUFFERS) of each SQL statement the route sends, captured from Drizzle.
 * Writes results[.without-indexes][.quick].json and EXPLAIN…txt; report.ts writes RESULTS.md + SVG.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSkillsMatrix, SKILL_IDS } from "@certpath/core";
import { inArray } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Database } from "../../packages/server/src/db/database";
import * as schema from "../../packages/server/src/db/schema";
import { TeamMatrixSchema } from "../../packages/server/src/team/team-contracts";
import { teamMemberEvidence, teamMembers } from "../../packages/server/src/team/team-evidence";
import { requireMembership } from "../../packages/server/src/team/team-membership";
import {
  findPostgresBinDir,
  startPostgresCluster,
} from "../../packages/server/test/support/postgres-cluster";
import { machine, now, ROOT, startCertpath, writeJson } from "../api/common";

const here = path.join(ROOT, "bench/team-matrix");
const quick = process.argv.includes("--quick");
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const label = argument("--label");
const page = argument("--page") ? Number(argument("--page")) : null;
const SIZES = quick ? [100, 1000] : [100, 1000, 3000, 10_000];
const REQUESTS = quick ? 20 : 50;
const WARM_UP = 5;
const BACKGROUND_TEAMS = 400;
const BACKGROUND_TEAM_SIZE = 50;
const suffix = `${label ? `.${label}` : ""}${quick ? ".quick" : ""}`;

// A small seeded generator, so every run seeds the same people.
let seed = 20261124;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const FIRST = [
  "Ada",
  "Grace",
  "Alan",
  "Katherine",
  "Edsger",
  "Barbara",
  "Donald",
  "Frances",
  "Linus",
  "Radia",
];
const LAST = ["Lovelace", "Hopper", "Turing", "Johnson", "Dijkstra", "Liskov", "Knuth", "Allen", "Torvalds"];
const ROLES = ["data-scientist", "ml-engineer", "software-engineer", "data-engineer", "analyst"];
const id = () => randomBytes(16).toString("base64url").slice(0, 32);

/** A stored profile as people fill it in: most skills self-rated, some measured by a diagnostic. */
function profile(): Record<string, unknown> {
  const skills: Record<string, number> = {};
  for (const skill of SKILL_IDS) if (random() < 0.7) skills[skill] = Math.floor(random() * 5);
  const diagnosed = random() < 0.4;
  const abilities: Record<string, { theta: number; se: number }> = {};
  if (diagnosed) {
    for (const skill of SKILL_IDS) {
      if (random() < 0.5) abilities[skill] = { theta: (random() - 0.5) * 5, se: 0.25 + random() * 0.4 };
    }
  }
  return {
    experienceYears: Math.floor(random() * 20),
    mlExperienceYears: Math.floor(random() * 8),
    currentRole: pick(ROLES),
    targetRole: pick(ROLES),
    clouds: [{ platform: pick(["aws", "azure", "gcp"]), years: Math.floor(random() * 6) }],
    focus: "applied",
    skills,
    assessment: diagnosed ? { abilities } : null,
    hoursPerWeek: 2 + Math.floor(random() * 10),
    budgetUsd: 100 * Math.floor(random() * 20),
    industry: pick(["finance", "health", "retail", "public"]),
    region: pick(["us", "eu", "uk", "in"]),
  };
}

/** Adds `count` people to `organizationId` with bulk inserts. */
async function seedMembers(pool: pg.Pool, organizationId: string, count: number): Promise<void> {
  for (let done = 0; done < count; done += 1000) {
    const n = Math.min(1000, count - done);
    const users = Array.from({ length: n }, () => id());
    const names = users.map((_, i) => `${pick(FIRST)} ${pick(LAST)} ${done + i}`);
    const emails = users.map((u) => `${u.toLowerCase()}@example.com`);
    await pool.query(
      `insert into "user" (id, name, email, email_verified, created_at, updated_at)
       select u, n, e, true, now(), now() from unnest($1::text[], $2::text[], $3::text[]) as t(u, n, e)`,
      [users, names, emails],
    );
    await pool.query(
      `insert into member (id, organization_id, user_id, role, created_at)
       select m, $1, u, 'member', now() from unnest($2::text[], $3::text[]) as t(m, u)`,
      [organizationId, users.map(() => id()), users],
    );
    await pool.query(
      `insert into profiles (owner_id, data, updated_at)
       select u, d, now() from unnest($1::text[], $2::jsonb[]) as t(u, d)`,
      [users, users.map(() => JSON.stringify(profile()))],
    );
  }
}

async function createOrganization(pool: pg.Pool, name: string): Promise<string> {
  const organizationId = id();
  await pool.query(`insert into organization (id, name, slug, created_at) values ($1, $2, $3, now())`, [
    organizationId,
    name,
    `${name.toLowerCase().replace(/\W+/g, "-")}-${organizationId.toLowerCase()}`,
  ]);
  return organizationId;
}

/**
 * The statements the route sent before this benchmark (kept here to compare under the same load):
 * the member list, then every whole profile with one `in (…)` parameter per member.
 */
async function legacyMemberEvidence(db: Database, teamId: string) {
  const members = await teamMembers(db, teamId);
  const ids = members.map((m) => m.userId);
  const rows = ids.length
    ? await db.select().from(schema.profiles).where(inArray(schema.profiles.ownerId, ids))
    : [];
  const byOwner = new Map(rows.map((row) => [row.ownerId, row.data as Record<string, unknown>]));
  return members.map((m) => {
    const profile = byOwner.get(m.userId);
    return {
      memberId: m.memberId,
      name: m.name,
      profile: profile ? { skills: profile.skills, assessment: profile.assessment } : null,
    };
  });
}

/** CPU time (user + system) the server process has used so far, in ms (Linux /proc). */
function serverCpuMs(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    max: round(sorted.at(-1) as number),
  };
};

const binDir = findPostgresBinDir();
if (!binDir) throw new Error("PostgreSQL server binaries not found (apt-get install postgresql)");
const cluster = await startPostgresCluster(binDir);
const pool = new pg.Pool({ connectionString: cluster.url, max: 4 });
let server: Awaited<ReturnType<typeof startCertpath>> | undefined;
try {
  server = await startCertpath({ DATABASE_URL: cluster.url, CERTPATH_SECURE_COOKIES: "false" });
  const base = server.url;
  const version = (await pool.query("show server_version")).rows[0]?.server_version;

  // The owner and the team, over HTTP as the web app does.
  const email = `owner.${Date.now()}@example.com`;
  const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { origin: base, "content-type": "application/json" },
    body: JSON.stringify({ email, password: "correct horse battery staple", name: "Team Owner" }),
  });
  if (!signUp.ok) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
  const cookie = signUp.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const ownerId = ((await signUp.json()) as { user: { id: string } }).user.id;
  const created = await fetch(`${base}/api/auth/organization/create`, {
    method: "POST",
    headers: { origin: base, cookie, "content-type": "application/json" },
    body: JSON.stringify({ name: "Growth team", slug: `growth-${Date.now()}` }),
  });
  if (!created.ok) throw new Error(`create team failed: ${created.status} ${await created.text()}`);
  const teamId = ((await created.json()) as { id: string }).id;

  console.log(`seeding ${BACKGROUND_TEAMS} other teams of ${BACKGROUND_TEAM_SIZE}…`);
  for (let t = 0; t < BACKGROUND_TEAMS; t++) {
    await seedMembers(pool, await createOrganization(pool, `Other team ${t}`), BACKGROUND_TEAM_SIZE);
  }

  // The route's own functions on a Drizzle instance that records each statement it sends.
  const statements: Array<{ sql: string; params: unknown[] }> = [];
  const db = drizzle({
    client: pool,
    schema,
    logger: { logQuery: (sql, params) => statements.push({ sql, params }) },
  }) as unknown as Database;

  let routeStatements: typeof statements = [];
  const rows: Array<Record<string, unknown>> = [];
  let members = 1; // the owner
  for (const size of SIZES) {
    await seedMembers(pool, teamId, size - members);
    members = size;
    await pool.query("analyze");

    const url = `${base}/api/teams/${teamId}/skills-matrix`;
    const times: number[] = [];
    let bytes = 0;
    let cpuAtStart = 0;
    for (let i = 0; i < WARM_UP + REQUESTS; i++) {
      if (i === WARM_UP) cpuAtStart = serverCpuMs(server.child.pid);
      const started = performance.now();
      const response = await fetch(url, { headers: { cookie } });
      const body = await response.arrayBuffer();
      const ms = performance.now() - started;
      if (response.status !== 200) throw new Error(`matrix: ${response.status} ${Buffer.from(body)}`);
      if (i === 0) {
        const matrix = JSON.parse(Buffer.from(body).toString()) as { rows: unknown[] };
        if (matrix.rows.length !== size) throw new Error(`expected ${size} rows, got ${matrix.rows.length}`);
      }
      bytes = body.byteLength;
      if (i >= WARM_UP) times.push(ms);
    }

    const cpuPerRequest = (serverCpuMs(server.child.pid) - cpuAtStart) / REQUESTS;

    // The first page of rows (aggregates still over everyone), when the route pages.
    const pageTimes: number[] = [];
    let pageBytes = 0;
    let pageCpuAtStart = 0;
    if (page) {
      for (let i = 0; i < WARM_UP + REQUESTS; i++) {
        if (i === WARM_UP) pageCpuAtStart = serverCpuMs(server.child.pid);
        const started = performance.now();
        const response = await fetch(`${url}?limit=${page}`, { headers: { cookie } });
        const body = await response.arrayBuffer();
        const ms = performance.now() - started;
        if (response.status !== 200) throw new Error(`matrix page: ${response.status} ${Buffer.from(body)}`);
        if (i === 0) {
          const matrix = JSON.parse(Buffer.from(body).toString()) as { rows: unknown[]; members: number };
          if (matrix.rows.length !== Math.min(page, size) || matrix.members !== size)
            throw new Error(`page: ${matrix.rows.length} rows of ${matrix.members}`);
        }
        pageBytes = body.byteLength;
        if (i >= WARM_UP) pageTimes.push(ms);
      }
    }
    const pageCpuPerRequest = (serverCpuMs(server.child.pid) - pageCpuAtStart) / REQUESTS;

    // The same work in this process, phase by phase (what the route does between its first await
    // and its reply; the real serializer is fastify-type-provider-zod's: zod, then JSON).
    const phases = {
      queries: [] as number[],
      legacyQueries: [] as number[],
      matrix: [] as number[],
      serialise: [] as number[],
    };
    for (let i = 0; i < Math.min(REQUESTS, 20); i++) {
      statements.length = 0;
      const t0 = performance.now();
      const membership = await requireMembership(db, teamId, ownerId);
      const evidence = await teamMemberEvidence(db, membership.teamId);
      const t1 = performance.now();
      routeStatements = [...statements];
      const built = buildSkillsMatrix(evidence, "all");
      const matrix = { teamId, ...built, page: { offset: 0, limit: null, rows: built.rows.length } };
      const t2 = performance.now();
      JSON.stringify(TeamMatrixSchema.parse(matrix));
      const t3 = performance.now();
      phases.queries.push(t1 - t0);
      // The old statements right after, so both see the same load.
      const t4 = performance.now();
      await requireMembership(db, teamId, ownerId);
      await legacyMemberEvidence(db, teamId);
      phases.legacyQueries.push(performance.now() - t4);
      phases.matrix.push(t2 - t1);
      phases.serialise.push(t3 - t2);
    }
    const row = {
      members: size,
      http: summary(times),
      responseBytes: bytes,
      serverCpuMsPerRequest: Math.round(cpuPerRequest),
      ...(page
        ? {
            page: {
              limit: page,
              http: summary(pageTimes),
              responseBytes: pageBytes,
              serverCpuMsPerRequest: Math.round(pageCpuPerRequest),
            },
          }
        : {}),
      inProcess: {
        queries: summary(phases.queries),
        legacyQueries: summary(phases.legacyQueries),
        buildSkillsMatrix: summary(phases.matrix),
        serialise: summary(phases.serialise),
      },
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }

  // EXPLAIN ANALYZE of the statements of one matrix request at the largest size; then the same
  // with sequential scans discouraged, to show which indexes the planner can use instead and
  // what that plan costs.
  const explains: string[] = [];
  const forced = await pool.connect();
  const withoutSeqScans = async (sql: string, params: unknown[]) => {
    await forced.query("begin");
    try {
      await forced.query("set local enable_seqscan = off");
      return await forced.query(`explain (analyze, buffers) ${sql}`, params);
    } finally {
      await forced.query("rollback");
    }
  };
  for (const [round, explain] of [
    [
      "as planned",
      (sql: string, params: unknown[]) => pool.query(`explain (analyze, buffers) ${sql}`, params),
    ],
    ["with enable_seqscan = off", withoutSeqScans],
  ] as const)
    for (const { sql, params } of routeStatements) {
      const plan = await explain(sql, params);
      const shownParams =
        params.length > 6
          ? `${params.length} parameters: ${JSON.stringify(params.slice(0, 3))} …`
          : JSON.stringify(params);
      explains.push(
        `-- [${round}] ${sql.length > 400 ? `${sql.slice(0, 400)} …` : sql}\n-- params: ${shownParams}\n${plan.rows
          .map((r) => r["QUERY PLAN"])
          .join("\n")}\n`,
      );
    }
  forced.release();
  const counts = (
    await pool.query(
      `select (select count(*) from "user")::int as users, (select count(*) from member)::int as members,
              (select count(*) from profiles)::int as profiles, (select count(*) from organization)::int as teams`,
    )
  ).rows[0];
  const info = {
    date: now(),
    machine: machine(),
    postgres: version,
    command: `npm run bench:team${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    label: label ?? null,
    requestsPerSize: REQUESTS,
    warmUp: WARM_UP,
    database: counts,
  };
  writeFileSync(
    path.join(here, `EXPLAIN${suffix}.txt`),
    `${info.date} — ${label ?? "current code"}, ${SIZES.at(-1)} members, PostgreSQL ${version}\n${JSON.stringify(counts)}\n\n${explains.join("\n")}`,
  );
  writeJson(path.join(here, `results${suffix}.json`), { ...info, sizes: rows });
  console.log(`wrote bench/team-matrix/results${suffix}.json and EXPLAIN${suffix}.txt`);
} finally {
  await pool.end();
  await server?.stop();
  cluster.stop();
}
