/**
 * @module Health and readiness. /api/health is liveness (the process answers, with the database
 * state for people); /api/ready is for load balancers: 200 only when the database answers and every
 * migration is applied, 503 otherwise, so a server is not sent traffic it cannot serve.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { DatabaseHandle } from "../db/database";
import { readMigrationStatus } from "../db/migrations";

const HealthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  version: z.string(),
  database: z.object({
    driver: z.enum(["pglite", "postgres"]),
    reachable: z.boolean(),
    migrations: z.object({ applied: z.number(), expected: z.number(), latest: z.string().nullable() }),
  }),
});

const ReadySchema = z.object({ ready: z.boolean(), reason: z.string().nullable() });

export function healthRoutes(handle: DatabaseHandle, version: string): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/health",
      {
        schema: {
          tags: ["operations"],
          summary: "Liveness and database state",
          response: { 200: HealthSchema },
        },
      },
      async () => {
        try {
          const migrations = await readMigrationStatus(handle);
          const current = migrations.applied === migrations.expected;
          return {
            status: current ? ("ok" as const) : ("degraded" as const),
            version,
            database: { driver: handle.driver, reachable: true, migrations },
          };
        } catch {
          return {
            status: "degraded" as const,
            version,
            database: {
              driver: handle.driver,
              reachable: false,
              migrations: { applied: 0, expected: 0, latest: null },
            },
          };
        }
      },
    );

    app.get(
      "/api/ready",
      {
        schema: {
          tags: ["operations"],
          summary: "Readiness: 200 when the database is reachable and migrated, else 503",
          response: { 200: ReadySchema, 503: ReadySchema },
        },
      },
      async (_request, reply) => {
        try {
          const migrations = await readMigrationStatus(handle);
          const ready = migrations.applied === migrations.expected;
          return reply.status(ready ? 200 : 503).send({
            ready,
            reason: ready ? null : `migrations applied ${migrations.applied} of ${migrations.expected}`,
          });
        } catch (error) {
          return reply
            .status(503)
            .send({ ready: false, reason: `database unreachable: ${(error as Error).message}` });
        }
      },
    );
  };
}
