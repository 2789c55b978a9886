import { loadContent } from "@certpath/content";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { openDatabase } from "../src/db/database";
import { runMigrations } from "../src/db/migrations";
import { testContent } from "./support/test-content";

// Recommendation routes read content; "why" with the stored profile also reads the database.
let database: DatabaseHandle;
let app: FastifyInstance;
let real: FastifyInstance;
const clock = () => new Date("2026-11-24T12:00:00Z");

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://" });
  await runMigrations(database);
  app = await buildApp({ database, content: testContent(), clock });
  real = await buildApp({ database, content: loadContent(), clock });
});
afterAll(async () => {
  await app?.close();
  await real?.close();
  await database?.close();
});

const engineer = {
  experienceYears: 4,
  currentRole: "ml-engineer",
  clouds: [{ platform: "aws", years: 3 }],
  focus: "mlops",
  skills: { python: 3, "classical-ml": 3, "data-engineering": 3, "cloud-aws": 3, mlops: 3 },
  budgetUsd: 300,
};

const post = async (url: string, payload: unknown, on: FastifyInstance = app) => {
  const response = await on.inject({ method: "POST", url, payload: payload as object });
  return { status: response.statusCode, body: response.json() };
};

describe("POST /api/recommendations", () => {
  it("returns the contract: ranked recommendations with readiness, explained factors and cautions", async () => {
    const { status, body } = await post("/api/recommendations", { profile: engineer });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["excluded", "foundations", "recommendations"]);
    const ids = body.recommendations.map((r: { id: string }) => r.id);
    expect(ids).not.toContain("acme-ml-specialty");
    const top = body.recommendations[0];
    expect(top).toMatchObject({ id: expect.any(String), name: expect.any(String), provider: "aws" });
    expect(top.readiness).toHaveProperty("passProbability");
    expect(top.readiness).toHaveProperty("low");
    expect(top.readiness).toHaveProperty("high");
    expect(top.readiness.domains.length).toBeGreaterThan(0);
    for (const f of top.factors) {
      expect(f).toEqual({
        name: expect.any(String),
        value: expect.any(Number),
        weight: expect.any(Number),
        explanation: expect.any(String),
      });
    }
  });

  it("says 'not enough evidence' with null numbers when nothing is rated", async () => {
    const { body } = await post("/api/recommendations", { profile: {} });
    const r = body.recommendations[0];
    expect(r.readiness.passProbability).toBeNull();
    expect(r.readiness.low).toBeNull();
    expect(r.readiness.domains[0].status).toBe("not-enough-evidence");
  });

  it("explains a retired certification the person asks about, with its successor", async () => {
    const { body } = await post("/api/recommendations", {
      profile: engineer,
      consider: ["acme-ml-specialty"],
    });
    expect(body.excluded).toHaveLength(1);
    expect(body.excluded[0]).toMatchObject({
      id: "acme-ml-specialty",
      status: "retired",
      successors: [{ id: "acme-ml-engineer", name: "Acme ML Engineer" }],
    });
    expect(body.excluded[0].reason).toContain("Retired on 2026-03-31");
  });

  it("applies weights and a limit", async () => {
    const { body } = await post("/api/recommendations", {
      profile: engineer,
      weights: { readiness: 0, goal: 0 },
      limit: 1,
    });
    expect(body.recommendations).toHaveLength(1);
    expect(body.recommendations[0].factors.find((f: { name: string }) => f.name === "readiness").weight).toBe(
      0,
    );
  });

  it("answers an unknown id in consider with 404 and a suggestion", async () => {
    const { status, body } = await post("/api/recommendations", {
      profile: engineer,
      consider: ["acme-ml-speciality"],
    });
    expect(status).toBe(404);
    expect(body.message).toContain('Did you mean "acme-ml-specialty"');
  });

  it("rejects bad bodies with a 400 naming the field", async () => {
    const cases: Array<[unknown, string]> = [
      [{ profile: { skills: { python: 7 } } }, "profile.skills.python"],
      [{ profile: { clouds: [{ platform: "oracle", years: 1 }] } }, "profile.clouds.0.platform"],
      [{ profile: { targetDate: "2027-02-30" } }, "profile.targetDate"],
      [{ profile: { colour: "blue" } }, "colour"],
      [{ profile: {}, weights: { readiness: 2 } }, "weights.readiness"],
      [{ profile: {}, weights: { vibes: 1 } }, "vibes"],
      [{ profile: {}, limit: 0 }, "limit"],
      [{ experienceYears: 3 }, "profile"],
    ];
    for (const [payload, field] of cases) {
      const { status, body } = await post("/api/recommendations", payload);
      expect(status, JSON.stringify(payload)).toBe(400);
      expect(body.message, JSON.stringify(payload)).toContain(field);
    }
  });

  it("ranks the AWS ML Engineer first for an AWS ML engineer on the real catalog", async () => {
    const { status, body } = await post(
      "/api/recommendations",
      { profile: engineer, consider: ["aws-mls-c01"] },
      real,
    );
    expect(status).toBe(200);
    expect(body.recommendations[0].id).toBe("aws-mla");
    const mls = body.excluded.find((e: { id: string }) => e.id === "aws-mls-c01");
    expect(mls.successors.map((s: { id: string }) => s.id)).toContain("aws-mla");
    const market = body.recommendations[0].factors.find((f: { name: string }) => f.name === "market");
    expect(market.weight).toBe(0);
  });

  it("cites the market-share source for someone with no cloud", async () => {
    const { body } = await post("/api/recommendations", { profile: { clouds: [], focus: "mlops" } }, real);
    const aws = body.recommendations.find((r: { provider: string }) => r.provider === "aws");
    const market = aws.factors.find((f: { name: string }) => f.name === "market");
    expect(market.weight).toBeGreaterThan(0);
    expect(market.explanation).toMatch(/Synergy Research Group, Q1 2026/);
  });
});

describe("why not X", () => {
  it("POST returns one certification's breakdown, retired ones with the reason", async () => {
    const { status, body } = await post("/api/recommendations/why/acme-ml-specialty", { profile: engineer });
    expect(status).toBe(200);
    expect(body.bookable).toBe(false);
    expect(body.rank).toBeNull();
    expect(body.excluded.successors).toEqual([{ id: "acme-ml-engineer", name: "Acme ML Engineer" }]);
    expect(body.summary).toContain("not recommended");
    expect(body.factors.length).toBeGreaterThan(0);
  });

  it("POST answers an unknown id with 404", async () => {
    const { status } = await post("/api/recommendations/why/nope", { profile: engineer });
    expect(status).toBe(404);
  });

  it("GET uses the stored profile, and says how to get one when there is none", async () => {
    const before = await app.inject({ method: "GET", url: "/api/recommendations/why/acme-ml-engineer" });
    expect(before.statusCode).toBe(404);
    expect(before.json().message).toContain("PUT /api/profile");
    const put = await app.inject({ method: "PUT", url: "/api/profile", payload: engineer });
    expect(put.statusCode).toBe(200);
    const after = await app.inject({ method: "GET", url: "/api/recommendations/why/acme-ml-engineer" });
    expect(after.statusCode).toBe(200);
    expect(after.json().id).toBe("acme-ml-engineer");
    expect(typeof after.json().rank).toBe("number");
  });

  it("is listed in the OpenAPI document", async () => {
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    const paths = Object.keys(response.json().paths);
    expect(paths).toContain("/api/recommendations");
    expect(paths).toContain("/api/recommendations/why/{id}");
  });
});
