/**
 * @module Reminders: the private calendar feed and the e-mail switch.
 *
 *   GET   /api/wallet/settings                 { calendarUrl, emailReminders, emailAvailable }
 *   PATCH /api/wallet/settings                 { emailReminders }
 *   POST  /api/wallet/calendar-token/rotate    a new feed URL; the old one stops working
 *   GET   /api/wallet/calendar/:token.ics      the feed (no session: the token is the key)
 *
 * The feed URL is a capability, like a calendar app's "secret address": 256 random bits, looked
 * up by its unique index, rotatable at any time.
 */
import type { Certification } from "@certpath/core";
import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { newCalendarToken } from "../account/account-transfer";
import type { AccountRouteOptions } from "../account/install-accounts";
import { todayIso } from "../clock";
import type { Database } from "../db/database";
import { walletCredentials, walletSettings } from "../db/wallet-schema";
import { HttpError } from "../http/errors";
import { LOCAL_OWNER } from "../http/owner";
import { credentialStatus } from "../wallet/credential-view";
import { walletToIcs } from "../wallet/wallet-calendar-ics";

const ErrorSchema = z.object({ error: z.string(), message: z.string() });
const SettingsSchema = z.object({
  calendarUrl: z.string(),
  emailReminders: z.boolean(),
  /** False when the server has no SMTP, or for the anonymous local person (no address). */
  emailAvailable: z.boolean(),
});

type Settings = typeof walletSettings.$inferSelect;

async function settingsFor(db: Database, ownerId: string): Promise<Settings> {
  await db
    .insert(walletSettings)
    .values({ ownerId, calendarToken: newCalendarToken() })
    .onConflictDoNothing();
  const [row] = await db.select().from(walletSettings).where(eq(walletSettings.ownerId, ownerId));
  if (!row) throw new Error("wallet settings were not stored");
  return row;
}

export function walletCalendarRoutes(options: AccountRouteOptions): FastifyPluginAsyncZod {
  const { db, clock, baseUrl } = options;
  const catalog: ReadonlyMap<string, Certification> = new Map(
    options.content.certifications.map((c) => [c.id, c]),
  );
  const feedUrl = (token: string) => `${baseUrl}/api/wallet/calendar/${token}.ics`;
  const present = (row: Settings, ownerId: string) => ({
    calendarUrl: feedUrl(row.calendarToken),
    emailReminders: row.emailReminders,
    emailAvailable: options.mailer !== null && ownerId !== LOCAL_OWNER,
  });

  return async (app) => {
    app.get(
      "/api/wallet/settings",
      {
        preHandler: app.resolveOwner,
        schema: {
          tags: ["wallet"],
          summary: "Your calendar feed URL and reminder settings",
          response: { 200: SettingsSchema },
        },
      },
      async (request) => present(await settingsFor(db, request.ownerId), request.ownerId),
    );

    app.patch(
      "/api/wallet/settings",
      {
        preHandler: app.resolveOwner,
        schema: {
          tags: ["wallet"],
          summary: "Turn e-mail reminders on or off",
          body: z.strictObject({ emailReminders: z.boolean() }),
          response: { 200: SettingsSchema },
        },
      },
      async (request) => {
        await settingsFor(db, request.ownerId);
        const [row] = await db
          .update(walletSettings)
          .set({ emailReminders: request.body.emailReminders, updatedAt: clock() })
          .where(eq(walletSettings.ownerId, request.ownerId))
          .returning();
        if (!row) throw new Error("update returned no row");
        return present(row, request.ownerId);
      },
    );

    app.post(
      "/api/wallet/calendar-token/rotate",
      {
        preHandler: app.resolveOwner,
        schema: {
          tags: ["wallet"],
          summary: "Replace the calendar feed URL",
          response: { 200: SettingsSchema },
        },
      },
      async (request) => {
        await settingsFor(db, request.ownerId);
        const [row] = await db
          .update(walletSettings)
          .set({ calendarToken: newCalendarToken(), updatedAt: clock() })
          .where(eq(walletSettings.ownerId, request.ownerId))
          .returning();
        if (!row) throw new Error("update returned no row");
        return present(row, request.ownerId);
      },
    );

    app.get(
      "/api/wallet/calendar/:token.ics",
      {
        schema: {
          tags: ["wallet"],
          summary: "The private renewal calendar (iCalendar); the token in the URL is the key",
          params: z.object({ token: z.string().min(20).max(100) }),
          response: { 404: ErrorSchema },
        },
      },
      async (request, reply) => {
        const [settings] = await db
          .select()
          .from(walletSettings)
          .where(eq(walletSettings.calendarToken, request.params.token));
        if (!settings)
          throw new HttpError(404, "not_found", "No calendar at this address (it may have been rotated).");
        const rows = await db
          .select()
          .from(walletCredentials)
          .where(eq(walletCredentials.ownerId, settings.ownerId));
        const today = todayIso(clock);
        const ics = walletToIcs(
          rows.map((row) => ({ id: row.id, name: row.name, status: credentialStatus(row, catalog, today) })),
          clock(),
        );
        reply
          .type("text/calendar; charset=utf-8")
          .header("cache-control", "private, max-age=3600")
          .header("referrer-policy", "no-referrer");
        return reply.send(ics as never);
      },
    );
  };
}
