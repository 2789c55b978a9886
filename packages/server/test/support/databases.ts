/**
 * @module Test databases: every repository and route test runs on both engines — PGlite (in memory)
 * and the real PostgreSQL cluster — because their versions differ (18 vs 15).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "../../src/db/database";
import { runMigrations } from "../../src/db/migrations";

export interface DatabaseCase {
  name: "pglite" | "postgres";
  /** Why the case is skipped here, or null when it runs. */
  skipReason: string | null;
  open(): Promise<DatabaseHandle>;
}

/** Creates an empty database on the shared cluster, so test files never see each other's rows. */
export async function createPostgresDatabase(): Promise<string> {
  const base = inject("postgresUrl");
  if (!base) throw new Error("no PostgreSQL cluster in this run");
  const name = `t_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function migrated(handle: Promise<DatabaseHandle>): Promise<DatabaseHandle> {
  const db = await handle;
  await runMigrations(db);
  return db;
}

export const DATABASE_CASES: DatabaseCase[] = [
  {
    name: "pglite",
    skipReason: null,
    open: () => migrated(openDatabase({ dataDir: "memory://" })),
  },
  {
    name: "postgres",
    skipReason: inject("postgresSkipReason"),
    open: async () => migrated(openDatabase({ databaseUrl: await createPostgresDatabase(), poolSize: 4 })),
  },
];
