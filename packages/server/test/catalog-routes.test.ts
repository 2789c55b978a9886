import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { openDatabase } from "../src/db/database";
import { runMigrations } from "../src/db/migrations";
import { testContent } from "./support/test-content";

// Catalog routes read content only; one embedded database is enough for them.
let database: DatabaseHandle;
let app: FastifyInstance;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://" });
  await runMigrations(database);
  app = await buildApp({ database, content: testContent(), clock: () => new Date("2026-11-24T12:00:00Z") });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const get = async (url: string) => {
  const response = await app.inject({ method: "GET", url });
  return { status: response.statusCode, body: response.json() };
};

describe("GET /api/certifications", () => {
  it("lists current certifications only by default", async () => {
    const { status, body } = await get("/api/certifications");
    expect(status).toBe(200);
    expect(body.certifications.map((c: { id: string }) => c.id)).toEqual(["acme-ml-engineer", "acme-genai"]);
    expect(body.asOf).toBe("2026-11-24");
  });

  it("includes retired ones with status=all, never as bookable, with the successor named", async () => {
    const { body } = await get("/api/certifications?status=all");
    const retired = body.certifications.find((c: { id: string }) => c.id === "acme-ml-specialty");
    expect(retired.notice.bookable).toBe(false);
    expect(retired.notice.message).toContain("Acme ML Engineer");
    expect(retired.notice.successors).toEqual([{ id: "acme-ml-engineer", name: "Acme ML Engineer" }]);
  });

  it("filters by provider, level and emphasis", async () => {
    expect(
      (await get("/api/certifications?status=all&provider=google-cloud")).body.certifications,
    ).toHaveLength(1);
    expect((await get("/api/certifications?emphasis=generative-ai")).body.certifications[0].id).toBe(
      "acme-genai",
    );
    expect((await get("/api/certifications?level=specialty")).body.certifications).toEqual([]);
  });

  it("flags facts whose sources are older than 180 days", async () => {
    const { body } = await get("/api/certifications");
    const old = body.certifications.find((c: { id: string }) => c.id === "acme-genai");
    expect(old.stale.map((s: { group: string }) => s.group)).toContain("price");
    const fresh = body.certifications.find((c: { id: string }) => c.id === "acme-ml-engineer");
    expect(fresh.stale).toEqual([]);
  });

  it("rejects an unknown filter value or parameter with a 400 naming it", async () => {
    const bad = await get("/api/certifications?provider=oracle");
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain("provider");
    const unknown = await get("/api/certifications?colour=blue");
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain("colour");
  });
});

describe("GET /api/certifications/:id", () => {
  it("returns one record with sources", async () => {
    const { status, body } = await get("/api/certifications/acme-ml-engineer");
    expect(status).toBe(200);
    expect(body.sources[0].url).toMatch(/^https:/);
    expect(body.notice.bookable).toBe(true);
  });

  it("answers an unknown id with 404 and a suggestion", async () => {
    const { status, body } = await get("/api/certifications/acme-ml-enginer");
    expect(status).toBe(404);
    expect(body.message).toContain('Did you mean "acme-ml-engineer"?');
  });
});

describe("GET /api/certifications/compare", () => {
  it("returns 2–4 records in the order asked", async () => {
    const { status, body } = await get(
      "/api/certifications/compare?ids=acme-genai,acme-ml-specialty,acme-ml-engineer",
    );
    expect(status).toBe(200);
    expect(body.certifications.map((c: { id: string }) => c.id)).toEqual([
      "acme-genai",
      "acme-ml-specialty",
      "acme-ml-engineer",
    ]);
  });

  it("refuses one id, five ids, or an unknown id", async () => {
    expect((await get("/api/certifications/compare?ids=acme-genai")).status).toBe(400);
    expect((await get("/api/certifications/compare?ids=a,b,c,d,e")).status).toBe(400);
    const unknown = await get("/api/certifications/compare?ids=acme-genai,nope-nope");
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain("nope-nope");
  });
});
