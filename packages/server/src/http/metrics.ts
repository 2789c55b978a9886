/**
 * @module Metrics: Prometheus text at /metrics — request rate and latency per route, the database
 * pool, and anything else registered on the same registry (the job queue adds its gauges). One
 * registry per app instance, so tests and several apps in one process never collide.
 */
import type { FastifyInstance } from "fastify";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { DatabaseHandle } from "../db/database";

export interface Metrics {
  registry: Registry;
}

export function installMetrics(app: FastifyInstance, database: DatabaseHandle): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "certpath_" });
  const requests = new Counter({
    name: "certpath_http_requests_total",
    help: "HTTP requests by method, route and status code",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "certpath_http_request_duration_seconds",
    help: "HTTP request latency by method and route",
    labelNames: ["method", "route"] as const,
    // Most API calls take a few ms; PGlite's first query and planning take longer.
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Gauge({
    name: "certpath_db_pool_connections",
    help: "Database pool connections by state (PGlite has one connection)",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const pool = database.poolStats();
      this.set({ state: "total" }, pool.total);
      this.set({ state: "idle" }, pool.idle);
      this.set({ state: "waiting" }, pool.waiting);
    },
  });

  app.addHook("onResponse", async (request, reply) => {
    // The route pattern, never the raw URL: ids in paths would explode the label set.
    const route = request.routeOptions.url ?? "unmatched";
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.get("/metrics", { schema: { hide: true } }, async (_request, reply) => {
    reply.header("content-type", registry.contentType);
    return registry.metrics();
  });
  return { registry };
}
