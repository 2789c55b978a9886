/**
 * The answer cache (src/http/answer-cache.ts): a hit is byte-for-byte the computed answer, the day
 * and every part of the request are in the key, errors are never kept, and the byte budget holds.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { openDatabase } from "../src/db/database";
import { runMigrations } from "../src/db/migrations";
import { AnswerCache } from "../src/http/answer-cache";
import { testContent } from "./support/test-content";

let database: DatabaseHandle;
let cached: FastifyInstance;
let uncached: FastifyInstance;
let cache: AnswerCache;
let now = new Date("2026-11-24T12:00:00Z");
const clock = () => now;

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://" });
  await runMigrations(database);
  cache = new AnswerCache();
  cached = await buildApp({ database, content: testContent(), clock, answerCache: cache });
  uncached = await buildApp({ database, content: testContent(), clock, answerCache: new AnswerCache(0) });
});
afterAll(async () => {
  await cached?.close();
  await uncached?.close();
  await database?.close();
});

const profile = {
  experienceYears: 3,
  clouds: [{ platform: "aws", years: 2 }],
  skills: { python: 3, mlops: 2 },
};
const ask = (app: FastifyInstance, payload: object, url = "/api/recommendations") =>
  app.inject({ method: "POST", url, payload });

describe("answer cache", () => {
  it("answers a repeated request from the cache, byte for byte what it computes", async () => {
    const before = cache.stats();
    const first = await ask(cached, { profile });
    const second = await ask(cached, { profile });
    const computed = await ask(uncached, { profile });
    expect(first.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    expect(second.body).toBe(computed.body);
    expect(second.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(cache.stats().misses - before.misses).toBe(1);
    expect(cache.stats().hits - before.hits).toBe(1);
  });

  it("keys on every part of the request and on the day", async () => {
    const base = await ask(cached, { profile, limit: 2 });
    const other = await ask(cached, {
      profile: { ...profile, clouds: [{ platform: "azure", years: 2 }] },
      limit: 2,
    });
    expect(other.body).not.toBe(base.body);
    expect(other.body).toBe(
      (await ask(uncached, { profile: { ...profile, clouds: [{ platform: "azure", years: 2 }] }, limit: 2 }))
        .body,
    );

    const misses = cache.stats().misses;
    now = new Date("2026-11-25T12:00:00Z");
    try {
      await ask(cached, { profile, limit: 2 });
      expect(cache.stats().misses).toBe(misses + 1);
    } finally {
      now = new Date("2026-11-24T12:00:00Z");
    }
  });

  it("never keeps an error: an unknown id is a 404 every time", async () => {
    for (let i = 0; i < 2; i++) {
      const response = await ask(cached, { profile, consider: ["no-such-exam"] });
      expect(response.statusCode).toBe(404);
      expect(response.json().message).toMatch(/No certification "no-such-exam"/);
    }
  });

  it("serves the catalog and 'why' from the same cache with the same answers", async () => {
    for (const url of [
      "/api/certifications",
      "/api/certifications?status=all",
      "/api/certifications/acme-ml-engineer",
    ]) {
      const a = await cached.inject({ url });
      const b = await cached.inject({ url });
      const c = await uncached.inject({ url });
      expect(a.statusCode, url).toBe(200);
      expect(b.body, url).toBe(a.body);
      expect(c.body, url).toBe(a.body);
    }
    const why = await ask(cached, { profile }, "/api/recommendations/why/acme-ml-engineer");
    expect(why.statusCode).toBe(200);
    expect((await ask(cached, { profile }, "/api/recommendations/why/acme-ml-engineer")).body).toBe(why.body);
    expect((await cached.inject({ url: "/api/certifications/acme-nope" })).statusCode).toBe(404);
  });

  it("stays within its byte budget", async () => {
    const small = new AnswerCache(120_000);
    const app = await buildApp({ database, content: testContent(), clock, answerCache: small });
    try {
      for (let years = 0; years < 30; years++) {
        expect((await ask(app, { profile: { ...profile, experienceYears: years } })).statusCode).toBe(200);
      }
      expect(small.stats().bytes).toBeLessThanOrEqual(120_000);
      expect(small.stats().entries).toBeGreaterThan(0);
      expect(small.stats().entries).toBeLessThan(30);
    } finally {
      await app.close();
    }
  });
});
