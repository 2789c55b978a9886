/**
 * @module Health: liveness with the database driver and migration state, for people and probes.
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
  };
}
