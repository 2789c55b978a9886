/**
 * @module Accounts, wallet and teams on one Fastify app: builds better-auth from the settings,
 * mounts /api/auth/*, installs the owner resolution every owned route relies on, and registers
 * the account, saved-result, wallet and team routes. Called once from buildApp, before any route
 * that reads `request.ownerId`.
 */
import type { Content } from "@certpath/content";
import type { FastifyInstance } from "fastify";
import { createAuth } from "../auth/auth";
import { resolveAuthSecret } from "../auth/auth-secret";
import type { Clock } from "../clock";
import type { AccountsConfig } from "../config-accounts";
import type { DatabaseHandle } from "../db/database";
import { mountAuthRoutes, toFetchHeaders } from "../http/auth-bridge";
import { installOriginGuard } from "../http/origin-guard";
import { installOwnerResolution } from "../http/owner";
import { createSmtpMailer, type Mailer } from "../mail/mailer";
import { accountRoutes } from "../routes/account";
import { savedResultRoutes } from "../routes/saved-results";
import { teamRoutes } from "../routes/teams";
import { walletRoutes } from "../routes/wallet";
import { walletCalendarRoutes } from "../routes/wallet-calendar";
import { createOrganizationFence } from "../team/organization-fence";
import { deleteOwnedData } from "./owned-data";

export type AccountsAppOptions = Partial<AccountsConfig> & {
  /** A mailer to use instead of one built from smtpUrl (tests pass a fake). */
  mailer?: Mailer | undefined;
};

/** What tests and a bare buildApp get: anonymous use on, a loopback URL, strict cookies. */
export const DEFAULT_ACCOUNTS: AccountsConfig = {
  allowAnonymous: true,
  baseUrl: "http://127.0.0.1:3000",
  trustedOrigins: ["http://127.0.0.1:3000", "http://localhost:3000"],
  authSecret: undefined,
  secureCookies: true,
  signInAttemptsPerMinute: 5,
  smtpUrl: undefined,
  mailFrom: "Certpath <certpath@localhost>",
  reminderCron: "0 7 * * *",
};

export interface AccountsInput {
  database: DatabaseHandle;
  content: Content;
  clock: Clock;
  accounts?: AccountsAppOptions | undefined;
}

export async function installAccounts(app: FastifyInstance, input: AccountsInput): Promise<void> {
  const config: AccountsConfig = { ...DEFAULT_ACCOUNTS, ...input.accounts };
  const db = input.database.db;
  const ownMailer =
    !input.accounts?.mailer && config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : null;
  const mailer = input.accounts?.mailer ?? ownMailer;
  if (ownMailer) app.addHook("onClose", async () => ownMailer.close());
  const auth = createAuth({
    db,
    baseURL: config.baseUrl,
    trustedOrigins: config.trustedOrigins,
    secret: await resolveAuthSecret(db, config.authSecret),
    secureCookies: config.secureCookies,
    signInAttemptsPerMinute: config.signInAttemptsPerMinute,
    log: (level, message) => app.log[level]({ source: "better-auth" }, message),
    sendInvitation: mailer
      ? (invitation) =>
          mailer.send({
            to: invitation.email,
            subject: `${invitation.inviterName} invited you to ${invitation.teamName} on Certpath`,
            text: `Join the team "${invitation.teamName}" as ${invitation.role}:\n${config.baseUrl}/team/invitations/${invitation.invitationId}\n\nSign up or sign in with this e-mail address first.`,
          })
      : undefined,
    deleteOwnedData: (userId) => deleteOwnedData(db, userId),
  });
  installOriginGuard(app, config.trustedOrigins);
  mountAuthRoutes(app, auth, config.baseUrl, createOrganizationFence(db, auth, toFetchHeaders));
  installOwnerResolution(app, auth, config.allowAnonymous);
  const routeOptions = { db, content: input.content, clock: input.clock, baseUrl: config.baseUrl, mailer };
  await app.register(accountRoutes(routeOptions));
  await app.register(savedResultRoutes(routeOptions));
  await app.register(walletRoutes(routeOptions));
  await app.register(walletCalendarRoutes(routeOptions));
  await app.register(teamRoutes(routeOptions));
}

export interface AccountRouteOptions {
  db: DatabaseHandle["db"];
  content: Content;
  clock: Clock;
  baseUrl: string;
  mailer: Mailer | null;
}
