/**
 * @module What the HTTP benchmarks share: the machine line and the date for the results, free
 * ports, the real server and the bare Fastify app as child processes, a throwaway PostgreSQL
 * cluster (the test suite's), and the profile the requests send.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  findPostgresBinDir,
  startPostgresCluster,
} from "../../packages/server/test/support/postgres-cluster";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SERVER_MAIN = path.join(ROOT, "packages/server/src/main.ts");

export const PROFILE = {
  experienceYears: 4,
  mlExperienceYears: 1,
  currentRole: "data-scientist",
  clouds: [{ platform: "aws", years: 2 }],
  skills: { python: 3, statistics: 2, "classical-ml": 2 },
  hoursPerWeek: 6,
  budgetUsd: 500,
  industry: "finance",
  region: "us",
};

/** Distinct, valid request bodies for POST /api/recommendations: ratings and work history from a counter (deterministic). */
export const DISTINCT_PROFILES = 50_000;
const RATED_SKILLS = ["python", "statistics", "classical-ml", "deep-learning", "mlops", "data-engineering"];
const PLATFORMS = ["aws", "azure", "gcp", "databricks"];
export function distinctProfile(n: number): string {
  let rest = n % DISTINCT_PROFILES;
  const skills: Record<string, number> = {};
  for (const skill of RATED_SKILLS) {
    skills[skill] = rest % 5;
    rest = Math.floor(rest / 5);
  }
  const platform = PLATFORMS[rest % PLATFORMS.length] as string;
  const years = 1 + (Math.floor(rest / PLATFORMS.length) % 3);
  return JSON.stringify({ profile: { ...PROFILE, skills, clouds: [{ platform, years }] } });
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

/** The date as `date` prints it, as the results record it. */
export function now(): string {
  return execFileSync("date", { encoding: "utf8" }).trim();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The fields of an autocannon result these benchmarks read (autocannon ships no types). */
export interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  /** Socket errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface Target {
  url: string;
  stop(): Promise<void>;
}

export interface CertpathProcess extends Target {
  child: ChildProcess;
}

/**
 * The real server entry point (packages/server/src/main.ts) in a child process, with extra node
 * flags (e.g. --cpu-prof, which NODE_OPTIONS does not accept); resolves when /api/health answers.
 */
export async function startCertpath(
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<CertpathProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", SERVER_MAIN], {
    env: {
      ...process.env,
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      PORT: String(port),
      CERTPATH_ALLOW_ANONYMOUS: "true",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) {
        return {
          url,
          child,
          async stop() {
            if (child.exitCode === null) child.kill("SIGTERM");
            await exited;
          },
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not become healthy in 60 s:\n${output}`);
}

export async function startBare(env: Record<string, string> = {}): Promise<Target> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/api/bare-server.ts")], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (chunk) => resolve(String(chunk).trim()));
    child.once("exit", (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export interface Database {
  name: "pglite" | "postgres";
  env: Record<string, string>;
  close(): void;
}

/** A fresh PGlite data directory. */
export function pgliteDatabase(): Database {
  const dir = mkdtempSync(path.join(os.tmpdir(), "certpath-bench-"));
  return {
    name: "pglite",
    env: { CERTPATH_DATA_DIR: dir },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A throwaway PostgreSQL cluster, or null (with the reason printed) when its binaries are missing. */
export async function postgresDatabase(): Promise<Database | null> {
  const binDir = findPostgresBinDir();
  if (!binDir) {
    console.warn("PostgreSQL server binaries not found: PostgreSQL rows skipped");
    return null;
  }
  const cluster = await startPostgresCluster(binDir);
  return { name: "postgres", env: { DATABASE_URL: cluster.url }, close: () => cluster.stop() };
}

/** Writes JSON as the repository's formatter (Biome) would, so `npm run lint` stays clean. */
export function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  spawnSync("npx", ["biome", "format", "--write", file], { cwd: ROOT, stdio: "ignore" });
}

/** A Markdown table from rows of cells. */
export function table(head: string[], rows: Array<Array<string | number>>): string {
  return [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}
