/**
 * @module Database: opens the embedded PGlite (a data directory, zero setup) or a real PostgreSQL
 * (DATABASE_URL), applies the same migrations to either, and closes cleanly on shutdown.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseDriver = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  driver: DatabaseDriver;
  /** Runs raw SQL; used by migrations and health checks. */
  execute(sql: string): Promise<Array<Record<string, unknown>>>;
  /**
   * Runs `work` while one session holds a PostgreSQL advisory lock, so concurrent servers take
   * turns. PGlite has a single connection, so there it simply runs `work`.
   */
  withAdvisoryLock<T>(key: bigint, work: () => Promise<T>): Promise<T>;
  /** Connection counts, for metrics. */
  poolStats(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; "memory://" keeps it in memory (tests). */
  dataDir?: string | undefined;
  poolSize?: number | undefined;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? "memory://");
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith("memory://");
  const directory = inMemory ? undefined : path.join(dataDir, "pglite");
  if (directory) mkdirSync(directory, { recursive: true });
  const client = directory ? new PGlite(directory) : new PGlite();
  await client.waitReady;
  return {
    db: drizzlePglite({ client, schema }) as unknown as Database,
    driver: "pglite",
    async execute(sql) {
      const result = await client.query<Record<string, unknown>>(sql);
      return result.rows;
    },
    withAdvisoryLock: (_key, work) => work(),
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its server (a PostgreSQL restart) emits 'error'; without a listener
  // that would crash the process. The pool replaces the client on the next checkout.
  pool.on("error", () => {});
  // Fail at boot, not on the first request, when the URL is wrong.
  const probe = await pool.connect();
  probe.release();
  let closed = false;
  return {
    db: drizzlePg({ client: pool, schema }) as unknown as Database,
    driver: "postgres",
    async execute(sql) {
      const result = await pool.query(sql);
      return result.rows as Array<Record<string, unknown>>;
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async withAdvisoryLock(key, work) {
      // The lock belongs to one session: take and release it on the same pooled client.
      const session = await pool.connect();
      try {
        await session.query("select pg_advisory_lock($1)", [key.toString()]);
        try {
          return await work();
        } finally {
          await session.query("select pg_advisory_unlock($1)", [key.toString()]);
        }
      } finally {
        session.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
