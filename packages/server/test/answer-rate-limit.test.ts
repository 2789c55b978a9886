/**
 * The rate limit on answering diagnostic questions (http/answer-rate-limit.ts), on PGlite and
 * PostgreSQL: the budget per (owner, client address), the 429 with Retry-After and a message, a new
 * window once the old one ends, two servers on one database sharing one budget exactly (concurrent
 * answers across both), ended windows deleted, no user id or address stored, and the setting.
 */
import { loadContent } from "@certpath/content";
import type { Item } from "@certpath/core";
import type { FastifyInstance } from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { ConfigError, loadConfig } from "../src/config";
import { answerRateLimits } from "../src/db/answer-rate-limit-schema";
import { type DatabaseHandle, openDatabase } from "../src/db/database";
import { runMigrations } from "../src/db/migrations";
import type { AnswerRateLimitOptions } from "../src/http/answer-rate-limit";
import { as, signUp } from "./support/accounts";
import { createPostgresDatabase, DATABASE_CASES, type DatabaseCase } from "./support/databases";

const content = loadContent();
const itemById = new Map(content.items.map((i) => [i.id, i]));
const BOGUS = { itemId: "python-001", response: ["a"] };

/** Two handles on one database: two pools on PostgreSQL (two servers), one PGlite shared. */
async function openShared(dbCase: DatabaseCase): Promise<[DatabaseHandle, DatabaseHandle]> {
  if (dbCase.name === "pglite") {
    const handle = await dbCase.open();
    return [handle, handle];
  }
  const url = await createPostgresDatabase();
  const first = await openDatabase({ databaseUrl: url, poolSize: 4 });
  await runMigrations(first);
  return [first, await openDatabase({ databaseUrl: url, poolSize: 4 })];
}

describe.each(DATABASE_CASES)("answer rate limit on $name", (dbCase) => {
  const toClose: Array<{ close(): Promise<void> }> = [];
  afterAll(async () => {
    for (const thing of toClose.reverse()) await thing.close();
  });

  async function apps(
    limit: AnswerRateLimitOptions,
  ): Promise<[FastifyInstance, FastifyInstance, DatabaseHandle]> {
    const [a, b] = await openShared(dbCase);
    toClose.push(a);
    if (b !== a) toClose.push(b);
    const first = await buildApp({ database: a, content, answerRateLimit: limit });
    const second = await buildApp({ database: b, content, answerRateLimit: limit });
    toClose.push(first, second);
    return [first, second, a];
  }

  const answer = (app: FastifyInstance, id: string, body: object, remoteAddress: string) =>
    app.inject({ method: "POST", url: `/api/assessments/${id}/answers`, payload: body, remoteAddress });

  it.skipIf(dbCase.skipReason)(
    "allows the limit per owner and address, then answers 429 with Retry-After and a message",
    async () => {
      const [app] = await apps({ limit: 5, windowSeconds: 60 });
      const started = await app.inject({ method: "POST", url: "/api/assessments", payload: { seed: 1 } });
      const id = started.json().id as string;
      const answerCurrent = async (remoteAddress: string) => {
        const next = await app.inject({ method: "GET", url: `/api/assessments/${id}/next`, remoteAddress });
        const item = itemById.get(next.json().question.itemId) as Item;
        const response = item.format === "numeric" ? (item.answer?.value as number) : (item.key ?? []);
        return answer(app, id, { itemId: item.id, response }, remoteAddress);
      };
      for (let i = 0; i < 5; i++) expect((await answerCurrent("10.5.0.1")).statusCode).toBe(200);

      const refused = await answerCurrent("10.5.0.1");
      expect(refused.statusCode).toBe(429);
      const retryAfter = Number(refused.headers["retry-after"]);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.json()).toEqual({
        error: "rate_limited",
        message: expect.stringMatching(
          /^Too many answers: at most 5 every 60 seconds.*Try again in \d+ s\.$/,
        ),
      });
      // The refused answer changed nothing.
      const next = await app.inject({
        method: "GET",
        url: `/api/assessments/${id}/next`,
        remoteAddress: "10.5.0.1",
      });
      expect(next.json().progress.answered).toBe(5);

      // The same anonymous owner from another address, and a signed-in person from the same
      // address, have budgets of their own.
      expect((await answerCurrent("10.5.0.2")).statusCode).toBe(200);
      const person = await signUp(app, "Rate Person");
      const own = await as(
        app,
        { ...person, ip: "10.5.0.1" },
        { method: "POST", url: "/api/assessments", payload: {} },
      );
      const signedIn = await as(
        app,
        { ...person, ip: "10.5.0.1" },
        { method: "POST", url: `/api/assessments/${own.body.id}/answers`, payload: BOGUS },
      );
      expect(signedIn.status).not.toBe(429);
    },
  );

  it.skipIf(dbCase.skipReason)("starts a new window once the old one has ended", async () => {
    const [app] = await apps({ limit: 2, windowSeconds: 2 });
    const send = () => answer(app, "no-such-assessment", BOGUS, "10.6.0.1");
    // Guessed ids count too: the limit runs before the assessment is looked up.
    expect((await send()).statusCode).toBe(404);
    expect((await send()).statusCode).toBe(404);
    const refused = await send();
    expect(refused.statusCode).toBe(429);
    // Retrying no sooner than Retry-After says lands in a fresh window.
    await new Promise((resolve) => setTimeout(resolve, Number(refused.headers["retry-after"]) * 1000 + 100));
    expect((await send()).statusCode).toBe(404);
    expect((await send()).statusCode).toBe(404);
    expect((await send()).statusCode).toBe(429);
  });

  it.skipIf(dbCase.skipReason)(
    "two servers on one database share one budget, exactly, under concurrent answers",
    async () => {
      const [first, second] = await apps({ limit: 10, windowSeconds: 60 });
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          answer(i % 2 ? second : first, "no-such-assessment", BOGUS, "10.7.0.1"),
        ),
      );
      const count = (status: number) => responses.filter((r) => r.statusCode === status).length;
      expect({ allowed: count(404), limited: count(429) }).toEqual({ allowed: 10, limited: 20 });
      // Neither server lets the key through afterwards.
      expect((await answer(first, "no-such-assessment", BOGUS, "10.7.0.1")).statusCode).toBe(429);
      expect((await answer(second, "no-such-assessment", BOGUS, "10.7.0.1")).statusCode).toBe(429);
    },
  );

  it.skipIf(dbCase.skipReason)(
    "deletes ended windows as it goes and stores no user id or address",
    async () => {
      const [app, , database] = await apps({ limit: 60, windowSeconds: 60 });
      const old = new Date(Date.now() - 10 * 60_000);
      await database.db
        .insert(answerRateLimits)
        .values(Array.from({ length: 50 }, (_, i) => ({ key: `stale-${i}`, windowStart: old, hits: 3 })));
      // The first answer a server counts also clears ended windows, in the background.
      expect((await answer(app, "no-such-assessment", BOGUS, "10.8.0.1")).statusCode).toBe(404);
      let rows = await database.db.select().from(answerRateLimits);
      for (let wait = 0; wait < 50 && rows.some((r) => r.key.startsWith("stale-")); wait++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        rows = await database.db.select().from(answerRateLimits);
      }
      expect(rows.filter((r) => r.key.startsWith("stale-"))).toEqual([]);
      // What is left is the live window of the answer above, under a hashed key.
      expect(rows).toHaveLength(1);
      expect(rows[0]?.hits).toBe(1);
      expect(rows[0]?.key).toMatch(/^[\w-]{43}$/);
      expect(JSON.stringify(rows)).not.toMatch(/10\.8\.0\.1|local/);
    },
  );
});

describe("the answer rate limit setting", () => {
  it("is CERTPATH_ANSWERS_PER_MINUTE, 60 by default, and a bad value names the variable", () => {
    expect(loadConfig({}).answersPerMinute).toBe(60);
    expect(loadConfig({ CERTPATH_ANSWERS_PER_MINUTE: "120" }).answersPerMinute).toBe(120);
    expect(loadConfig({ CERTPATH_ANSWERS_PER_MINUTE: "7" }).answersPerMinute).toBe(7);
    expect(() => loadConfig({ CERTPATH_ANSWERS_PER_MINUTE: "0" })).toThrow(/CERTPATH_ANSWERS_PER_MINUTE/);
    expect(() => loadConfig({ CERTPATH_ANSWERS_PER_MINUTE: "lots" })).toThrow(ConfigError);
  });
});
