/**
 * Operations endpoints: readiness for load balancers and Prometheus metrics, scraped and parsed with
 * an independent parser of the text format.
 */
import type { FastifyInstance } from "fastify";
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { DATABASE_CASES } from "./support/databases";
import { testContent } from "./support/test-content";

describe.each(DATABASE_CASES)("operations on $name", (dbCase) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    if (dbCase.skipReason) return;
    database = await dbCase.open();
    app = await buildApp({ database, content: testContent() });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it.skipIf(dbCase.skipReason)("reports ready when the database is migrated", async () => {
    const response = await app.inject({ method: "GET", url: "/api/ready" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ready: true, reason: null });
  });

  it.skipIf(dbCase.skipReason)(
    "serves Prometheus metrics with per-route request counts and latency",
    async () => {
      await app.inject({ method: "GET", url: "/api/certifications" });
      await app.inject({ method: "GET", url: "/api/certifications/acme-ml-engineer" });
      await app.inject({ method: "GET", url: "/api/certifications/nope" });
      const response = await app.inject({ method: "GET", url: "/metrics" });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/plain");
      const families = parsePrometheusTextFormat(response.body);
      const byName = new Map(families.map((f) => [f.name, f]));

      const requests = byName.get("certpath_http_requests_total");
      expect(requests?.type).toBe("COUNTER");
      const byRoute = requests?.metrics.filter((m) => m.labels?.route === "/api/certifications/:id") ?? [];
      // Route patterns, not raw URLs: two ids, one label set per status.
      expect(byRoute.map((m) => [m.labels?.status, m.value]).sort()).toEqual([
        ["200", "1"],
        ["404", "1"],
      ]);

      const latency = byName.get("certpath_http_request_duration_seconds");
      expect(latency?.type).toBe("HISTOGRAM");
      // This parser keeps a histogram's buckets but drops its labels and merges series, so only
      // "requests were timed" is checked here; the per-route split is checked on the counter above.
      const observed = (latency?.metrics ?? []).reduce((sum, m) => sum + Number(m.buckets?.["+Inf"] ?? 0), 0);
      expect(observed).toBeGreaterThan(0);

      const pool = byName.get("certpath_db_pool_connections");
      expect(pool?.type).toBe("GAUGE");
      expect(Number(pool?.metrics.find((m) => m.labels?.state === "total")?.value)).toBeGreaterThanOrEqual(1);
    },
  );
});

describe("readiness without a database", () => {
  it("answers 503 with the reason when the database is gone", async () => {
    const database = await DATABASE_CASES[0]!.open();
    const app = await buildApp({ database, content: testContent() });
    await database.close();
    const response = await app.inject({ method: "GET", url: "/api/ready" });
    expect(response.statusCode).toBe(503);
    expect(response.json().ready).toBe(false);
    await app.close();
  });
});
