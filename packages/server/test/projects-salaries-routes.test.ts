/**
 * Project and salary routes, on both databases, against the live data/ content (these routes exist
 * to serve that content; its shape is validated by the content package's tests).
 */
import { loadContent } from "@certpath/content";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { DATABASE_CASES } from "./support/databases";

describe.each(DATABASE_CASES)("project and salary routes on $name", (dbCase) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    if (dbCase.skipReason) return;
    database = await dbCase.open();
    app = await buildApp({ database, content: loadContent(), clock: () => new Date("2026-11-24T12:00:00Z") });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  const get = async (url: string) => {
    const response = await app.inject({ method: "GET", url });
    return { status: response.statusCode, body: response.json() };
  };

  it.skipIf(dbCase.skipReason)(
    "lists every brief, and filters by skill, certification and industry",
    async () => {
      const all = await get("/api/projects");
      expect(all.status).toBe(200);
      expect(all.body.projects.length).toBeGreaterThanOrEqual(30);
      const mlops = await get("/api/projects?skill=mlops&cert=aws-mla");
      for (const p of mlops.body.projects) {
        expect(p.skills).toContain("mlops");
        expect(p.certifications).toContain("aws-mla");
      }
      expect(mlops.body.projects.length).toBeGreaterThan(0);
      const banking = await get("/api/projects?industry=Banking");
      const industries = new Set(banking.body.projects.map((p: { industry: string }) => p.industry));
      expect(industries).toEqual(new Set(["finance", "general"]));
    },
  );

  it.skipIf(dbCase.skipReason)(
    "answers a bad skill with 400 and an unknown certification with 404",
    async () => {
      const bad = await get("/api/projects?skill=cooking");
      expect(bad.status).toBe(400);
      expect(bad.body.message).toContain("skill");
      const unknown = await get("/api/projects?cert=nope-nope");
      expect(unknown.status).toBe(404);
      expect(unknown.body.message).toContain("cert");
    },
  );

  it.skipIf(dbCase.skipReason)(
    "gives pay bands labelled base or total with sources, and no certification premium",
    async () => {
      const { status, body } = await get("/api/salaries?region=us&level=senior");
      expect(status).toBe(200);
      expect(body.regions).toHaveLength(1);
      const bands = body.regions[0].bands;
      expect(new Set(bands.map((b: { level: string }) => b.level))).toEqual(new Set(["senior", "all"]));
      expect(new Set(bands.map((b: { pay: string }) => b.pay))).toEqual(new Set(["base", "total"]));
      for (const band of bands) {
        expect(band.source.url).toMatch(/^https:/);
        expect(band.dataPeriod).toBeTruthy();
      }
      expect(body.certifications.statement).toContain("not a promised raise");
    },
  );

  it.skipIf(dbCase.skipReason)("names the firm and quarter of every cloud market share", async () => {
    const { body } = await get("/api/salaries");
    expect(body.regions.map((r: { region: string }) => r.region).sort()).toEqual(["ca", "de", "uk", "us"]);
    for (const figure of body.market.figures) {
      expect(figure.firm).toBeTruthy();
      expect(figure.quarter).toMatch(/Q[1-4] \d{4}/);
    }
  });

  it.skipIf(dbCase.skipReason)("answers an unknown region with 404 and a bad level with 400", async () => {
    const region = await get("/api/salaries?region=mars");
    expect(region.status).toBe(404);
    expect(region.body.message).toContain("region");
    const level = await get("/api/salaries?level=wizard");
    expect(level.status).toBe(400);
    expect(level.body.message).toContain("level");
  });
});
