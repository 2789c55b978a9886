/**
 * Starts one PostgreSQL cluster for the whole server test run and hands its URL to the tests.
 * Under CI=true a missing PostgreSQL is an error, not a skip.
 */
import type { TestProject } from "vitest/node";
import { findPostgresBinDir, startPostgresCluster } from "./support/postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
    postgresSkipReason: string | null;
  }
}

export default async function setup(project: TestProject) {
  const binDir = findPostgresBinDir();
  if (!binDir) {
    const reason = "PostgreSQL server binaries (initdb, pg_ctl) not found; PostgreSQL suites skipped";
    if (process.env.CI === "true") throw new Error(`${reason}. CI requires them: install postgresql.`);
    console.warn(`\n[certpath] ${reason}.\n`);
    project.provide("postgresUrl", null);
    project.provide("postgresSkipReason", reason);
    return;
  }
  const cluster = await startPostgresCluster(binDir);
  project.provide("postgresUrl", cluster.url);
  project.provide("postgresSkipReason", null);
  return () => cluster.stop();
}
