/**
 * @module Config: every setting comes from the environment and is validated once at boot, so a bad
 * value stops the server with a message naming the variable instead of failing later.
 */
import path from "node:path";
import { z } from "zod";
import { type AccountsConfig, AccountsEnvSchema, accountsConfigFrom } from "./config-accounts";

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  CERTPATH_DATA_DIR: z.string().min(1).default(".certpath"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  CERTPATH_WEB_DIST: z.string().optional(),
  CERTPATH_STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  ...AccountsEnvSchema.shape,
});

export interface Config {
  port: number;
  host: string;
  /** Where the embedded database lives when DATABASE_URL is not set. */
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof ConfigSchema>["LOG_LEVEL"];
  /** The built web app to serve; undefined serves the API only. */
  webDist: string | undefined;
  /** A catalog fact whose newest source is older than this is flagged as possibly stale. */
  staleAfterDays: number;
  /** Accounts, anonymous use, cookies and mail (config-accounts.ts). */
  accounts: AccountsConfig;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const value = parsed.data;
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir: path.resolve(value.CERTPATH_DATA_DIR),
    databaseUrl: value.DATABASE_URL,
    logLevel: value.LOG_LEVEL,
    webDist: value.CERTPATH_WEB_DIST,
    staleAfterDays: value.CERTPATH_STALE_AFTER_DAYS,
    accounts: accountsConfigFrom(value, {
      host: value.HOST,
      port: value.PORT,
      embedded: !value.DATABASE_URL,
    }),
  };
}
