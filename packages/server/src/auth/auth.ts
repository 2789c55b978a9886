/**
 * @module Authentication: better-auth with e-mail and password, sessions stored in the database
 * (httpOnly cookies, Secure by default), the rate limiter on database storage so several servers
 * share one count, the organization plugin for teams, and account deletion that removes every row
 * the person owns. No password hashing or session code lives in Certpath itself.
 */
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { organization } from "better-auth/plugins/organization";
import * as authSchema from "../db/auth-schema";
import type { Database } from "../db/database";
import { redactQueryParameters } from "../http/log-redaction";
import { teamAccessControl, teamRoles } from "./team-roles";

/** NIST SP 800-63B: at least 8 characters, long passphrases allowed, no composition rules. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
/** The header the HTTP bridge sets from the socket address, replacing anything a client sent. */
export const CLIENT_IP_HEADER = "x-certpath-client-ip";

export interface AuthOptions {
  db: Database;
  /** The public URL people open, e.g. https://certpath.example.com. */
  baseURL: string;
  /** Origins allowed to POST (the base URL's own origin is always allowed). */
  trustedOrigins: string[];
  /** Signs cookies; 32+ characters, shared by every server of one deployment. */
  secret: string;
  secureCookies: boolean;
  /** Sign-in attempts per minute per client address. */
  signInAttemptsPerMinute?: number | undefined;
  /** Sends the invitation; when absent the inviter shares the link shown in the app. */
  sendInvitation?: ((invitation: TeamInvitationMessage) => Promise<void>) | undefined;
  /** Deletes everything the person stored, in the same request as the account itself. */
  deleteOwnedData: (userId: string) => Promise<void>;
  /** Where better-auth's own log lines go (the server's logger). */
  log?: ((level: "debug" | "info" | "warn" | "error", message: string) => void) | undefined;
}

export interface TeamInvitationMessage {
  email: string;
  invitationId: string;
  teamName: string;
  inviterName: string;
  role: string;
}

export function createAuth(options: AuthOptions) {
  return betterAuth({
    appName: "Certpath",
    logger: {
      level: "warn",
      // The message only: on a database failure the arguments hold the failed query and its
      // parameters (session tokens, e-mail addresses). Our error handler logs the error, redacted.
      log: (level, message) => options.log?.(level, redactQueryParameters(message)),
    },
    baseURL: options.baseURL,
    basePath: "/api/auth",
    secret: options.secret,
    trustedOrigins: options.trustedOrigins,
    database: drizzleAdapter(options.db, { provider: "pg", schema: authSchema }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      // Sign-up signs the person in at once: there is no mail server in the embedded default.
      autoSignIn: true,
      // A new session on password change ends the others (a stolen cookie stops working).
      revokeSessionsOnPasswordReset: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    user: {
      deleteUser: {
        enabled: true,
        // Before, so a failure keeps the account and the data together rather than orphaning rows.
        beforeDelete: async (user) => options.deleteOwnedData(user.id),
      },
    },
    rateLimit: {
      enabled: true,
      // In the database so every server behind a load balancer counts the same attempts.
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: 60, max: options.signInAttemptsPerMinute ?? 5 },
        "/sign-up/email": { window: 60, max: 10 },
        "/delete-user": { window: 60, max: 5 },
      },
    },
    advanced: {
      // better-auth skips the Origin check when NODE_ENV=test; keep it on so tests see production.
      disableOriginCheck: false,
      useSecureCookies: options.secureCookies,
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    telemetry: { enabled: false },
    plugins: [
      organization({
        ac: teamAccessControl,
        roles: teamRoles,
        creatorRole: "owner",
        invitationExpiresIn: 60 * 60 * 24 * 14,
        cancelPendingInvitationsOnReInvite: true,
        async sendInvitationEmail(data) {
          await options.sendInvitation?.({
            email: data.email,
            invitationId: data.id,
            teamName: data.organization.name,
            inviterName: data.inviter.user.name,
            role: data.role,
          });
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
