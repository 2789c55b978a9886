/**
 * @module Accounts configuration: anonymous use, the public URL and trusted origins better-auth
 * checks POSTs against, the cookie secret, and SMTP for reminders and invitations. Validated with
 * the rest of the environment in config.ts, so a bad value names its variable at boot.
 */
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

export const AccountsEnvSchema = z.object({
  /** Use without an account as the one "local" person. Default: on for PGlite, off with DATABASE_URL. */
  CERTPATH_ALLOW_ANONYMOUS: booleanFlag.optional(),
  /** The URL people open; default http://HOST:PORT. Its origin must match the browser's Origin. */
  CERTPATH_BASE_URL: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).optional(),
  /** More origins allowed to POST, comma-separated (e.g. the Vite dev server). */
  CERTPATH_TRUSTED_ORIGINS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ message: "each trusted origin must be a URL" }))),
  /** Signs session cookies; when unset one is generated and kept in the database. */
  CERTPATH_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  CERTPATH_SECURE_COOKIES: booleanFlag.default(true),
  CERTPATH_SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(5),
  /** smtp://user:pass@host:587 or smtps://…; unset = no e-mail (the calendar feed still works). */
  CERTPATH_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  CERTPATH_MAIL_FROM: z.string().min(3).default("Certpath <certpath@localhost>"),
  /** When the daily reminder scan runs (cron, UTC). */
  CERTPATH_REMINDER_CRON: z
    .string()
    .regex(/^(\S+\s+){4}\S+$/, "must be a 5-field cron expression")
    .default("0 7 * * *"),
});

export interface AccountsConfig {
  allowAnonymous: boolean;
  baseUrl: string;
  trustedOrigins: string[];
  authSecret: string | undefined;
  secureCookies: boolean;
  signInAttemptsPerMinute: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  reminderCron: string;
}

export function accountsConfigFrom(
  env: z.infer<typeof AccountsEnvSchema>,
  server: { host: string; port: number; embedded: boolean },
): AccountsConfig {
  const baseUrl = (env.CERTPATH_BASE_URL ?? `http://${server.host}:${server.port}`).replace(/\/$/, "");
  return {
    // One person on a laptop needs no account; a shared server must not mix people up.
    allowAnonymous: env.CERTPATH_ALLOW_ANONYMOUS ?? server.embedded,
    baseUrl,
    trustedOrigins: [...new Set([...loopbackTwins(baseUrl), ...env.CERTPATH_TRUSTED_ORIGINS])],
    authSecret: env.CERTPATH_AUTH_SECRET,
    secureCookies: env.CERTPATH_SECURE_COOKIES,
    signInAttemptsPerMinute: env.CERTPATH_SIGN_IN_ATTEMPTS_PER_MINUTE,
    smtpUrl: env.CERTPATH_SMTP_URL,
    mailFrom: env.CERTPATH_MAIL_FROM,
    reminderCron: env.CERTPATH_REMINDER_CRON,
  };
}

/** The Vite dev server (`npm run dev`), which proxies /api to this server. */
const DEV_SERVER_PORT = "5173";

/**
 * 127.0.0.1 and localhost are different origins to a browser; on loopback accept both, and the
 * Vite dev server beside it. A public deployment sets CERTPATH_BASE_URL and gets only its own.
 */
function loopbackTwins(baseUrl: string): string[] {
  const url = new URL(baseUrl);
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") return [url.origin];
  const port = url.port ? `:${url.port}` : "";
  return [
    url.origin,
    ...["127.0.0.1", "localhost"].flatMap((host) => [
      `${url.protocol}//${host}${port}`,
      `http://${host}:${DEV_SERVER_PORT}`,
    ]),
  ];
}
