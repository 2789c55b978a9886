/**
 * @module Config: every setting comes from the environment and is validated once at boot, so a bad
 * value stops the server with a message naming the variable instead of failing later.
 */
import path from "node:path";
import { z } from "zod";
import { type AccountsConfig, AccountsEnvSchema, accountsConfigFrom } from "./config-accounts";
import { DEFAULT_ANSWER_CACHE_BYTES } from "./http/answer-cache";
import { DEFAULT_ANSWERS_PER_MINUTE } from "./http/answer-rate-limit";

const MEGABYTE = 1024 * 1024;

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
  /** Where fresh embedded data directories are copied from (db/pglite-template.ts), or `off`. */
  CERTPATH_PGLITE_TEMPLATE_DIR: z.string().min(1).optional(),
  CERTPATH_STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  ...AccountsEnvSchema.shape,
  /** Diagnostic answers per minute per (owner, client address); see http/answer-rate-limit.ts. */
  CERTPATH_ANSWERS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(DEFAULT_ANSWERS_PER_MINUTE),
  /** The answer cache's budget in megabytes, 0 to turn it off; see http/answer-cache.ts. */
  CERTPATH_ANSWER_CACHE_MB: z.coerce
    .number()
    .min(0, "must be a number of megabytes, 0 or more")
    .max(65_536)
    .default(DEFAULT_ANSWER_CACHE_BYTES / MEGABYTE),
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
  /** Diagnostic answers allowed per minute per (owner, client address). */
  answersPerMinute: number;
  /** The answer cache's budget in bytes (0: off). */
  answerCacheBytes: number;
  /** CERTPATH_PGLITE_TEMPLATE_DIR: the PGlite template's directory, or `off`; unset for the default. */
  pgliteTemplateDir: string | undefined;
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
    answersPerMinute: value.CERTPATH_ANSWERS_PER_MINUTE,
    answerCacheBytes: Math.round(value.CERTPATH_ANSWER_CACHE_MB * MEGABYTE),
    pgliteTemplateDir: value.CERTPATH_PGLITE_TEMPLATE_DIR,
    accounts: accountsConfigFrom(value, {
      host: value.HOST,
      port: value.PORT,
      embedded: !value.DATABASE_URL,
    }),
  };
}
