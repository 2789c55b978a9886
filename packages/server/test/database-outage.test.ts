/**
 * A database outage is a 503 with Retry-After, not a 500 — on a real PostgreSQL cluster of its own,
 * stopped with pg_ctl (no mocks):
 *  - the classification (http/database-outage.ts) on the errors the real drivers raise: connection
 *    refused, a session terminated by the administrator (57P01) bare and inside drizzle's wrapper,
 *    a pool that timed out waiting for a connection, a closed PGlite — and not on a syntax error, a
 *    unique violation or a plain bug;
 *  - every kind of route while the cluster is stopped: owned reads and writes (anonymous and
 *    signed in), a diagnostic answer, better-auth's sign-in, session and sign-out, and /api/ready;
 *    each answers 503 with Retry-After and a JSON message, no stack trace;
 *  - once the cluster is started again the same app answers 200, with no manual step.
 */
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildApp } from "../src/app";
import { type DatabaseHandle, openDatabase } from "../src/db/database";
import { runMigrations } from "../src/db/migrations";
import { isDatabaseUnavailable } from "../src/http/database-outage";
import { PASSWORD, type Person, signUp, TEST_ORIGIN } from "./support/accounts";
import {
  findPostgresBinDir,
  type PostgresCluster,
  pauseCluster,
  startPostgresCluster,
} from "./support/postgres-cluster";
import { problemWith } from "./support/route-fuzz";
import { testContent } from "./support/test-content";

const skipReason = inject("postgresSkipReason");

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe.skipIf(skipReason)("a stopped PostgreSQL", () => {
  const binDir = findPostgresBinDir() as string;
  let cluster: PostgresCluster;
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let person: Person;
  let assessmentId: string;

  beforeAll(async () => {
    // A cluster of its own: stopping the shared one would break the other test files.
    cluster = await startPostgresCluster(binDir);
    database = await openDatabase({ databaseUrl: cluster.url, poolSize: 4 });
    await runMigrations(database);
    app = await buildApp({ database, content: testContent() });
    person = await signUp(app, "Outage Person");
    const started = await app.inject({ method: "POST", url: "/api/assessments", payload: {} });
    expect(started.statusCode).toBe(201);
    assessmentId = started.json().id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    cluster?.stop();
  });

  it("classifies the drivers' real outage errors, and nothing else", async () => {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    try {
      // A bug or a bad request is not an outage: a syntax error, a unique violation, a plain Error.
      const syntax = await rejection(database.db.execute(sql`selec 1`));
      expect(isDatabaseUnavailable(syntax)).toBe(false);
      await admin.query("create table if not exists outage_probe (id int primary key)");
      await admin.query("insert into outage_probe values (1) on conflict do nothing");
      const duplicate = await rejection(database.db.execute(sql`insert into outage_probe values (1)`));
      expect((duplicate as { cause?: { code?: string } }).cause?.code).toBe("23505");
      expect(isDatabaseUnavailable(duplicate)).toBe(false);
      expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
      expect(isDatabaseUnavailable(undefined)).toBe(false);

      // A session the administrator terminates mid-query: 57P01, bare and wrapped by drizzle.
      const victim = new pg.Client({ connectionString: cluster.url });
      victim.on("error", () => {});
      await victim.connect();
      const pid = (await victim.query("select pg_backend_pid() as pid")).rows[0].pid;
      const sleeping = rejection(victim.query("select pg_sleep(30)"));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await admin.query("select pg_terminate_backend($1)", [pid]);
      const terminated = await sleeping;
      expect((terminated as { code?: string }).code).toBe("57P01");
      expect(isDatabaseUnavailable(terminated)).toBe(true);
      await victim.end().catch(() => {});

      const wrappedSleep = rejection(database.db.execute(sql`select pg_sleep(30)`));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where query like 'select pg_sleep(30)%' and pid <> pg_backend_pid()",
      );
      const wrapped = await wrappedSleep;
      expect((wrapped as Error).message).toMatch(/^Failed query/);
      expect(isDatabaseUnavailable(wrapped)).toBe(true);

      // A pool whose only connection is busy gives up waiting for one.
      const tiny = new pg.Pool({ connectionString: cluster.url, max: 1, connectionTimeoutMillis: 100 });
      const held = await tiny.connect();
      const timedOut = await rejection(tiny.query("select 1"));
      expect((timedOut as Error).message).toMatch(/timeout exceeded when trying to connect/);
      expect(isDatabaseUnavailable(timedOut)).toBe(true);
      held.release();
      await tiny.end();
    } finally {
      await admin.end();
    }

    // A closed embedded database (the server is shutting down).
    const pglite = new PGlite();
    await pglite.waitReady;
    await pglite.close();
    expect(isDatabaseUnavailable(await rejection(pglite.query("select 1")))).toBe(true);
  });

  it("answers 503 with Retry-After on every kind of route while stopped, then recovers", async () => {
    const paused = await pauseCluster(cluster, binDir);
    let resumed = false;
    try {
      // Connection refused, straight from the driver and through drizzle.
      const refused = await rejection(database.db.execute(sql`select 1`));
      expect(JSON.stringify(refused, Object.getOwnPropertyNames(refused))).toMatch(/ECONNREFUSED/);
      expect(isDatabaseUnavailable(refused)).toBe(true);

      const signedIn = { cookie: person.cookie, origin: TEST_ORIGIN };
      const anonymous = { origin: TEST_ORIGIN };
      const requests: Array<[string, "GET" | "POST" | "PUT", string, Record<string, string>, unknown?]> = [
        ["anonymous read", "GET", "/api/profile", anonymous],
        ["signed-in read", "GET", "/api/profile", signedIn],
        ["anonymous write", "PUT", "/api/profile", anonymous, { budgetUsd: 10 }],
        ["signed-in write", "PUT", "/api/profile", signedIn, { budgetUsd: 10 }],
        ["next question", "GET", `/api/assessments/${assessmentId}/next`, anonymous],
        [
          "answer",
          "POST",
          `/api/assessments/${assessmentId}/answers`,
          anonymous,
          { itemId: "x", response: ["a"] },
        ],
        ["wallet", "GET", "/api/wallet/credentials", signedIn],
        [
          "sign-in",
          "POST",
          "/api/auth/sign-in/email",
          anonymous,
          { email: person.email, password: PASSWORD },
        ],
        ["session", "GET", "/api/auth/get-session", signedIn],
        ["sign-out", "POST", "/api/auth/sign-out", signedIn, {}],
      ];
      for (const [name, method, url, headers, payload] of requests) {
        const response = await app.inject({
          method,
          url,
          headers,
          remoteAddress: person.ip,
          ...(payload === undefined ? {} : { payload: payload as object }),
        });
        expect(response.statusCode, `${name}: ${response.body}`).toBe(503);
        expect(response.headers["retry-after"], name).toMatch(/^[1-9]\d*$/);
        expect(response.json(), name).toEqual({
          error: "database_unavailable",
          message: expect.stringContaining("try again"),
        });
        // The 503 itself is the point here; otherwise it must pass the fuzz test's checks.
        expect(
          problemWith({ statusCode: 400, body: response.body, headers: response.headers }),
          name,
        ).toBeNull();
      }

      const ready = await app.inject({ method: "GET", url: "/api/ready" });
      expect(ready.statusCode).toBe(503);
      expect(ready.headers["retry-after"]).toMatch(/^[1-9]\d*$/);
      expect(ready.json()).toEqual({ ready: false, reason: "database unreachable or restarting" });
      // No host or port of the database in what a caller sees.
      expect(ready.body).not.toContain(String(cluster.port));

      await paused.resume();
      resumed = true;
      // The pool reconnects by itself: the same app serves again.
      expect((await app.inject({ method: "GET", url: "/api/ready" })).statusCode).toBe(200);
      const back = await app.inject({
        method: "PUT",
        url: "/api/profile",
        headers: signedIn,
        remoteAddress: person.ip,
        payload: { budgetUsd: 11 },
      });
      expect(back.statusCode).toBe(200);
      const session = await app.inject({ method: "GET", url: "/api/auth/get-session", headers: signedIn });
      expect(session.statusCode).toBe(200);
      expect(session.json().user.email).toBe(person.email);
    } finally {
      if (!resumed) await paused.resume();
    }
  });
});
