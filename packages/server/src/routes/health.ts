/**
 * @module Health and readiness. /api/health is liveness (the process answers, with the database
 * state for people); /api/ready is for load balancers: 200 only when the database answers and every
 * migration is applied, 503 otherwise, so a server is not sent traffic it cannot serve. While the
 * database is unreachable or restarting (or does not answer within READY_TIMEOUT_MS — a black-holed
 * host would otherwise hang the probe) /api/ready is a 503 with Retry-After.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { DatabaseHandle } from "../db/database";
import { type MigrationStatus, readMigrationStatus } from "../db/migrations";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "../http/database-outage";

/** How long /api/ready waits for the database before calling the server not ready. */
export const READY_TIMEOUT_MS = 2000;

class ReadyTimeout extends Error {}

/** The migration status, or a ReadyTimeout when the database does not answer in time. */
function migrationStatusWithin(handle: DatabaseHandle, ms: number): Promise<MigrationStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadyTimeout()), ms);
  });
  return Promise.race([readMigrationStatus(handle), timeout]).finally(() => clearTimeout(timer));
}

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
      async (request, reply) => {
        try {
          const migrations = await migrationStatusWithin(handle, READY_TIMEOUT_MS);
          const ready = migrations.applied === migrations.expected;
          return reply.status(ready ? 200 : 503).send({
            ready,
            reason: ready ? null : `migrations applied ${migrations.applied} of ${migrations.expected}`,
          });
        } catch (error) {
          // The driver's message names hosts and ports: it goes to the log, not to the caller.
          request.log.warn({ err: error }, "readiness: database check failed");
          const reason =
            error instanceof ReadyTimeout
              ? `database unreachable: no answer within ${READY_TIMEOUT_MS} ms`
              : isDatabaseUnavailable(error)
                ? "database unreachable or restarting"
                : "database check failed (see the server log)";
          return reply
            .status(503)
            .header("retry-after", String(DATABASE_RETRY_AFTER_SECONDS))
            .send({ ready: false, reason });
        }
      },
    );
  };
}
