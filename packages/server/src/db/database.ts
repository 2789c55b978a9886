/**
 * @module Database: opens the embedded PGlite (a data directory, zero setup) or a real PostgreSQL
 * (DATABASE_URL), applies the same migrations to either, and closes cleanly on shutdown.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import {
  copyPgliteTemplate,
  defaultPgliteTemplateOptions,
  dropPgliteTemplate,
  type PgliteTemplateOptions,
  savePgliteTemplate,
} from "./pglite-template";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseDriver = "pglite" | "postgres";

/**
 * How an embedded data directory came to be: `existing` (opened as it was), `template` (a fresh
 * directory loaded from the migrated template) or `initdb` (a fresh directory initialised and
 * migrated from scratch, which then saves the template). In-memory databases report `initdb`.
 */
export type PgliteOrigin = "existing" | "template" | "initdb";

export interface DatabaseHandle {
  db: Database;
  driver: DatabaseDriver;
  /** PGlite only: see PgliteOrigin. */
  pgliteOrigin?: PgliteOrigin;
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
  /**
   * On-disk PGlite: where the migrated template for fresh data directories lives (see
   * pglite-template.ts); `false` always runs initdb. Defaults to `pgliteTemplateDir`'s.
   */
  pgliteTemplate?: PgliteTemplateOptions | false | undefined;
  /** The CERTPATH_PGLITE_TEMPLATE_DIR setting (Config.pgliteTemplateDir): a directory or `off`. */
  pgliteTemplateDir?: string | undefined;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  const dataDir = options.dataDir ?? "memory://";
  if (dataDir.startsWith("memory://")) return pgliteHandle(await PGlite.create(), "initdb");
  return openPgliteDirectory(
    dataDir,
    options.pgliteTemplate ?? defaultPgliteTemplateOptions(options.pgliteTemplateDir),
  );
}

/**
 * Opens `<dataDir>/pglite`. A fresh directory is loaded from the template when one exists for the
 * current migrations; otherwise initdb runs, the migrations are applied and the result is saved as
 * the template (before anything else can write to it). A marker file beside the directory marks
 * it as being initialised, so a start killed half-way through starts over instead of failing on a
 * half-written directory; it is removed before the handle is returned, so no data ever lives in a
 * directory that could be wiped.
 */
async function openPgliteDirectory(
  dataDir: string,
  template: PgliteTemplateOptions | false,
): Promise<DatabaseHandle> {
  const directory = path.join(dataDir, "pglite");
  const marker = path.join(dataDir, "pglite.initialising");
  if (existsSync(marker)) rmSync(directory, { recursive: true, force: true });
  const fresh = !existsSync(path.join(directory, "PG_VERSION"));
  mkdirSync(directory, { recursive: true });
  if (!fresh) return pgliteHandle(await PGlite.create(directory), "existing");

  writeFileSync(marker, "");
  const client =
    (template && (await loadPgliteTemplate(directory, template))) || (await initdb(directory, template));
  rmSync(marker, { force: true });
  return client;
}

async function loadPgliteTemplate(directory: string, template: PgliteTemplateOptions) {
  try {
    if (!copyPgliteTemplate(template, directory)) return null;
    return pgliteHandle(await PGlite.create(directory), "template");
  } catch {
    // A damaged template: drop it and what was copied, and initialise the usual way.
    dropPgliteTemplate(template);
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
    return null;
  }
}

async function initdb(directory: string, template: PgliteTemplateOptions | false) {
  let client = await PGlite.create(directory);
  if (template) {
    try {
      await migratePglite(drizzlePglite({ client }), { migrationsFolder: template.migrationsFolder });
      // The template is a copy of the closed directory (a clean shutdown), then it is reopened.
      await client.close();
      savePgliteTemplate(directory, template);
    } catch {
      // Only an optimisation (a read-only install, a full disk): the server's own migration run
      // reports real migration errors.
    } finally {
      if (client.closed) client = await PGlite.create(directory);
    }
  }
  return pgliteHandle(client, "initdb");
}

function pgliteHandle(client: PGlite, origin: PgliteOrigin): DatabaseHandle {
  return {
    db: drizzlePglite({ client, schema }) as unknown as Database,
    driver: "pglite",
    pgliteOrigin: origin,
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
  // A database host that silently drops packets would otherwise hold requests until TCP gives up;
  // after 5 s waiting for a connection the request fails and is answered 503 (http/database-outage.ts).
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
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
