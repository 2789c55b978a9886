/**
 * Faults, on the real server process:
 *  1. kill -9 in the middle of writes (profile PUTs, plan check-ins, assessment answers), a few
 *     rounds in a row, on PGlite with a data directory and on PostgreSQL. After each restart every
 *     acknowledged write is there, at most the in-flight one more, and nothing is half-written: a
 *     check-in and its re-planned plan, and the two fields of one profile write, land together.
 *  2. PostgreSQL restarted under load (pg_ctl restart): while it is down every failed request is
 *     a 503 with Retry-After and a JSON message (never a 500), /api/ready says not ready, and
 *     requests succeed again on the same server process, with no manual step.
 * KILL9_ROUNDS sets the rounds (default 3).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPostgresDatabase } from "./support/databases";
import { findPostgresBinDir, restartPostgresCluster, startPostgresCluster } from "./support/postgres-cluster";
import { type ServerProcess, spawnServer } from "./support/server-process";

const ROUNDS = Number(process.env.KILL9_ROUNDS ?? 3);
/** Profile writes per round are numbered round × PER_ROUND + i (budgetUsd is at most 100,000). */
const PER_ROUND = 5000;
const running: ServerProcess[] = [];
const cleanups: Array<() => void> = [];
afterAll(async () => {
  for (const server of running) {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
    await server.exited;
  }
  for (const cleanup of cleanups) cleanup();
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function start(env: Record<string, string>): Promise<ServerProcess> {
  // The writers below answer as fast as a machine can: far above the answer rate limit for people.
  const server = await spawnServer(
    { CERTPATH_ALLOW_ANONYMOUS: "true", CERTPATH_ANSWERS_PER_MINUTE: "100000", ...env },
    await freePort(),
  );
  running.push(server);
  return server;
}

/** The fields of the API's answers this test reads. */
interface Answer {
  id: string;
  profile: { budgetUsd: number; hoursPerWeek: number };
  checkIns: Array<{ id: string }>;
  plan: { progress: { hoursDone: number } | null };
  question: { itemId: string; options?: Array<{ id: string }> } | null;
  answered: number;
}

const call = async (url: string, method: string, body?: unknown) => {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer };
};

/** What the writers sent and what the server acknowledged before it died. */
interface Ledger {
  planId: string;
  assessmentId: string;
  profile: { lastAcked: number; lastSent: number };
  checkIns: { acked: string[]; sent: number };
  answers: { acked: number; sent: number };
}

/** Three writers in parallel until `stop()`; each stops at its first failed request. */
function writeUntilKilled(url: string, ledger: Ledger) {
  let stopped = false;
  const guard = async (work: () => Promise<boolean>) => {
    try {
      while (!stopped && (await work()));
    } catch {
      // The connection died with the server: expected.
    }
  };
  const profiles = guard(async () => {
    const n = ledger.profile.lastSent + 1;
    if (n % PER_ROUND === 0) return false; // stay within the profile's budgetUsd range
    ledger.profile.lastSent = n;
    // Two fields derived from one number: a half-applied write would break the pairing.
    const r = await call(`${url}/api/profile`, "PUT", {
      budgetUsd: n,
      hoursPerWeek: n % 80,
      industry: "retail",
    });
    if (r.status === 200) ledger.profile.lastAcked = n;
    return r.status === 200;
  });
  const checkIns = guard(async () => {
    ledger.checkIns.sent++;
    const r = await call(`${url}/api/plans/${ledger.planId}/check-ins`, "POST", { hoursDone: 1 });
    if (r.status === 201) ledger.checkIns.acked.push(r.body.id);
    return r.status === 201;
  });
  const answers = guard(async () => {
    const next = await call(`${url}/api/assessments/${ledger.assessmentId}/next`, "GET");
    const question = next.body.question;
    if (!question) return false;
    ledger.answers.sent++;
    const first = question.options?.[0];
    const response = first ? [first.id] : 0;
    const r = await call(`${url}/api/assessments/${ledger.assessmentId}/answers`, "POST", {
      itemId: question.itemId,
      response,
    });
    if (r.status === 200) ledger.answers.acked++;
    return r.status === 200;
  });
  return {
    progress: () => ledger,
    stop: async () => {
      stopped = true;
      await Promise.all([profiles, checkIns, answers]);
    },
  };
}

/** Every acknowledged write is stored, at most the in-flight ones more, none half-written. */
async function expectIntact(url: string, ledger: Ledger, round: string) {
  const profile = (await call(`${url}/api/profile`, "GET")).body.profile;
  expect(profile.budgetUsd, `${round}: profile`).toBeGreaterThanOrEqual(ledger.profile.lastAcked);
  expect(profile.budgetUsd, `${round}: profile`).toBeLessThanOrEqual(ledger.profile.lastSent);
  expect(profile.hoursPerWeek, `${round}: profile fields from one write`).toBe(profile.budgetUsd % 80);

  const plan = (await call(`${url}/api/plans/${ledger.planId}`, "GET")).body;
  const stored = new Set(plan.checkIns.map((c) => c.id));
  for (const id of ledger.checkIns.acked) expect(stored.has(id), `${round}: check-in ${id}`).toBe(true);
  expect(plan.checkIns.length).toBeLessThanOrEqual(ledger.checkIns.sent);
  // Each check-in is one hour: the plan's progress moved exactly as many times as there are rows.
  expect(plan.plan.progress?.hoursDone ?? 0, `${round}: plan and check-ins together`).toBe(
    plan.checkIns.length,
  );

  const result = await call(`${url}/api/assessments/${ledger.assessmentId}/result`, "GET");
  expect(result.status).toBe(200);
  expect(result.body.answered, `${round}: answers`).toBeGreaterThanOrEqual(ledger.answers.acked);
  expect(result.body.answered, `${round}: answers`).toBeLessThanOrEqual(ledger.answers.sent);
}

async function killLoop(env: Record<string, string>) {
  let server = await start(env);
  const rounds: string[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const plan = await call(`${server.url}/api/plans`, "POST", { certificationId: "aws-mla" });
    const assessment = await call(`${server.url}/api/assessments`, "POST", { seed: round });
    expect(plan.status).toBe(201);
    expect(assessment.status).toBe(201);
    const ledger: Ledger = {
      planId: plan.body.id,
      assessmentId: assessment.body.id,
      profile: { lastAcked: -1, lastSent: round * PER_ROUND },
      checkIns: { acked: [], sent: 0 },
      answers: { acked: 0, sent: 0 },
    };
    ledger.profile.lastAcked = ledger.profile.lastSent;
    const first = await call(`${server.url}/api/profile`, "PUT", {
      budgetUsd: ledger.profile.lastSent,
      hoursPerWeek: ledger.profile.lastSent % 80,
    });
    expect(first.status).toBe(200);
    const writers = writeUntilKilled(server.url, ledger);
    // Kill once every writer has landed a few writes, at a moment that differs per round.
    const deadline = Date.now() + 20_000;
    while (
      Date.now() < deadline &&
      (ledger.checkIns.acked.length < 3 ||
        ledger.answers.acked < 2 ||
        ledger.profile.lastAcked < round * PER_ROUND + 5)
    ) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => setTimeout(resolve, round * 7));
    server.child.kill("SIGKILL");
    await server.exited;
    await writers.stop();
    server = await start(env);
    await expectIntact(server.url, ledger, `round ${round}`);
    rounds.push(
      `round ${round}: ${ledger.profile.lastAcked - round * PER_ROUND} profile writes, ${ledger.checkIns.acked.length} check-ins, ${ledger.answers.acked} answers acknowledged`,
    );
  }
  server.child.kill("SIGTERM");
  await server.exited;
  console.log(rounds.join("\n"));
  return rounds;
}

describe("kill -9 during writes", () => {
  it(`keeps every acknowledged write on PGlite with a data directory (${ROUNDS} rounds)`, async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "certpath-kill9-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const rounds = await killLoop({ CERTPATH_DATA_DIR: dataDir });
    expect(rounds).toHaveLength(ROUNDS);
  }, 180_000);

  it.skipIf(inject("postgresSkipReason"))(
    `keeps every acknowledged write on PostgreSQL (${ROUNDS} rounds)`,
    async () => {
      const rounds = await killLoop({ DATABASE_URL: await createPostgresDatabase() });
      expect(rounds).toHaveLength(ROUNDS);
    },
    180_000,
  );
});

/** One request of the restart test: when it was sent and how it was answered. */
interface Attempt {
  at: number;
  ok: boolean;
  status: number;
  retryAfter: string | null;
  error: string | null;
  message: string | null;
}

describe("PostgreSQL restarted under load", () => {
  it.skipIf(inject("postgresSkipReason"))(
    "answers 503 with Retry-After while the database is down, then recovers on its own",
    async () => {
      // A cluster of its own: restarting the shared one would break the other test files.
      const binDir = findPostgresBinDir() as string;
      const cluster = await startPostgresCluster(binDir);
      cleanups.push(() => cluster.stop());
      const server = await start({ DATABASE_URL: cluster.url });
      const log: Attempt[] = [];
      const readiness: Array<{ at: number; status: number; retryAfter: string | null }> = [];
      let stop = false;
      let n = 0;
      const worker = async () => {
        while (!stop) {
          const at = Date.now();
          try {
            const r = await call(`${server.url}/api/profile`, "PUT", { budgetUsd: ++n });
            const body = r.body as unknown as { error?: string; message?: string };
            log.push({
              at,
              ok: r.status === 200,
              status: r.status,
              retryAfter: r.headers.get("retry-after"),
              error: body.error ?? null,
              message: body.message ?? null,
            });
            if (r.status >= 500) expect(JSON.stringify(r.body)).not.toMatch(/\n\s+at |node_modules/);
          } catch {
            log.push({ at, ok: false, status: 0, retryAfter: null, error: null, message: null });
          }
        }
      };
      // What a load balancer's health check sees meanwhile.
      const prober = async () => {
        while (!stop) {
          const at = Date.now();
          const response = await fetch(`${server.url}/api/ready`);
          await response.arrayBuffer();
          readiness.push({ at, status: response.status, retryAfter: response.headers.get("retry-after") });
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      const workers = [worker(), worker(), worker(), worker(), prober()];
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const restartAt = Date.now();
      await restartPostgresCluster(cluster, binDir);
      const upAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      stop = true;
      await Promise.all(workers);

      const before = log.filter((e) => e.at < restartAt);
      const after = log.filter((e) => e.at >= restartAt);
      expect(before.length).toBeGreaterThan(0);
      expect(before.every((e) => e.ok)).toBe(true);
      // The restart cut the pool's sessions: some requests failed …
      const failures = after.filter((e) => !e.ok);
      expect(failures.length).toBeGreaterThan(0);
      // … every one of them as "unavailable, come back later", never as a 500 or a dropped socket …
      for (const failure of failures) {
        expect(failure).toMatchObject({
          status: 503,
          retryAfter: expect.stringMatching(/^[1-9]\d*$/),
          error: "database_unavailable",
          message: expect.stringContaining("try again"),
        });
      }
      expect(log.filter((e) => e.status === 500)).toEqual([]);
      // … and from one second after the cluster was back, every request succeeded.
      const settled = log.filter((e) => e.at >= upAt + 1000);
      expect(settled.length).toBeGreaterThan(10);
      expect(settled.filter((e) => !e.ok)).toEqual([]);
      expect(server.child.exitCode).toBeNull();
      // Readiness: only 200 or 503-with-Retry-After, and ready again once the database is back.
      for (const probe of readiness) {
        expect([200, 503]).toContain(probe.status);
        if (probe.status === 503) expect(probe.retryAfter).toMatch(/^[1-9]\d*$/);
      }
      expect(readiness.filter((p) => p.at >= upAt + 1000).every((p) => p.status === 200)).toBe(true);
      const notReady = readiness.filter((p) => p.status === 503).length;
      console.log(
        `pg restart: ${failures.length} failed request(s) of ${after.length} (statuses ${[...new Set(failures.map((f) => f.status))].join(",")}), ${log.filter((e) => e.status === 500).length} × 500, /api/ready 503 ${notReady} of ${readiness.length} probes, down ${upAt - restartAt} ms, then ${settled.length} ok`,
      );
    },
    120_000,
  );
});
