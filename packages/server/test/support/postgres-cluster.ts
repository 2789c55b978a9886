/**
 * @module A throwaway PostgreSQL cluster for tests: initdb + pg_ctl in a temp directory on a free
 * loopback port, torn down afterwards. Uses the real server binaries (Debian's postgresql-15 here);
 * when they are missing the tests that need it are skipped with a reason, except under CI=true,
 * where a missing PostgreSQL fails the run.
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

export interface PostgresCluster {
  /** postgres://… of the maintenance database; create your own database per test file. */
  url: string;
  port: number;
  /** The cluster's data directory and the options it was started with (for pauseCluster). */
  dataDir: string;
  serverOptions: string;
  stop(): void;
}

export function findPostgresBinDir(): string | undefined {
  const candidates: string[] = [];
  if (process.env.PG_BIN_DIR) candidates.push(process.env.PG_BIN_DIR);
  const debianRoot = "/usr/lib/postgresql";
  if (existsSync(debianRoot)) {
    for (const version of readdirSync(debianRoot).sort().reverse()) {
      candidates.push(path.join(debianRoot, version, "bin"));
    }
  }
  const fromPath = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  if (fromPath.status === 0) candidates.push(fromPath.stdout.trim());
  return candidates.find(
    (dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")),
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgresCluster(binDir: string): Promise<PostgresCluster> {
  const isRoot = process.getuid?.() === 0;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "certpath-pg-"));
  // initdb refuses to run as root: run the server as the postgres user on a directory it owns.
  const asUser = (command: string, args: string[]) =>
    isRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" })
      : execFileSync(command, args, { stdio: "pipe" });
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dataDir, uid, gid);
  }
  asUser(path.join(binDir, "initdb"), [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
  ]);
  const port = await freePort();
  // Durability settings off: this cluster lives for one test run.
  const serverOptions = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  asUser(path.join(binDir, "pg_ctl"), [
    "-D",
    dataDir,
    "-l",
    path.join(dataDir, "server.log"),
    "-w",
    "-o",
    serverOptions,
    "start",
  ]);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    serverOptions,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        asUser(path.join(binDir, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Restarts a running cluster in place (`pg_ctl restart -m fast`: open sessions are cut, the
 * server is down for about a second), for fault tests. Asynchronous, so the caller's load keeps
 * running meanwhile; resolves once the cluster accepts connections again.
 */
export async function restartPostgresCluster(cluster: PostgresCluster, binDir: string): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  const dataDir = String((await client.query("show data_directory")).rows[0]?.data_directory);
  await client.end();
  const pgCtl = path.join(binDir, "pg_ctl");
  // -l: without a log file the new postmaster keeps pg_ctl's output pipe open and this never ends.
  const args = ["-D", dataDir, "-l", path.join(dataDir, "server.log"), "-m", "fast", "-w", "restart"];
  const asRoot = process.getuid?.() === 0;
  await promisify(execFile)(
    asRoot ? "runuser" : pgCtl,
    asRoot ? ["-u", "postgres", "--", pgCtl, ...args] : args,
  );
}

/** Runs pg_ctl on the cluster's data directory (as the postgres user when this process is root). */
async function pgCtl(cluster: PostgresCluster, binDir: string, args: string[]): Promise<void> {
  const command = path.join(binDir, "pg_ctl");
  const all = ["-D", cluster.dataDir, ...args];
  const asRoot = process.getuid?.() === 0;
  await promisify(execFile)(
    asRoot ? "runuser" : command,
    asRoot ? ["-u", "postgres", "--", command, ...all] : all,
  );
}

/**
 * Stops a running cluster (`pg_ctl stop -m fast`: sessions are cut, nothing listens on the port)
 * and keeps its data, for outage tests; `resume()` starts it again on the same port.
 */
export async function pauseCluster(
  cluster: PostgresCluster,
  binDir: string,
): Promise<{ resume(): Promise<void> }> {
  await pgCtl(cluster, binDir, ["-m", "fast", "-w", "stop"]);
  return {
    resume: () =>
      pgCtl(cluster, binDir, [
        "-l",
        path.join(cluster.dataDir, "server.log"),
        "-w",
        "-o",
        cluster.serverOptions,
        "start",
      ]),
  };
}
