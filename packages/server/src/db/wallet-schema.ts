/**
 * @module Wallet tables: earned credentials, each person's wallet settings (the private calendar
 * token and the e-mail switch), and the log of reminders sent. The log's unique key is what makes
 * a reminder go out once even when several servers scan at the same moment.
 */
import { boolean, date, index, jsonb, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";

/**
 * One earned credential. `certificationId` links a catalog entry (whose validity rule gives the
 * expiry); free-form and imported credentials carry their own `expiresOn`.
 */
export const walletCredentials = pgTable(
  "wallet_credentials",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id").notNull(),
    certificationId: text("certification_id"),
    name: text("name").notNull(),
    issuer: text("issuer").notNull(),
    earnedOn: date("earned_on", { mode: "string" }).notNull(),
    renewedOn: date("renewed_on", { mode: "string" }),
    /** Stated by the person or the badge; null means "compute from the catalog rule". */
    expiresOn: date("expires_on", { mode: "string" }),
    /** "catalog", "manual" or "open-badges". */
    source: text("source").notNull(),
    credentialUrl: text("credential_url"),
    /** What an Open Badges import kept: spec version, ids and URLs (signature not verified). */
    badge: jsonb("badge"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index("wallet_credentials_owner_idx").on(table.ownerId)],
);

export const walletSettings = pgTable("wallet_settings", {
  ownerId: text("owner_id").primaryKey(),
  /** The secret in the private calendar URL; rotating it breaks every old subscription. */
  calendarToken: text("calendar_token").notNull().unique(),
  emailReminders: boolean("email_reminders").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export const reminderDeliveries = pgTable(
  "reminder_deliveries",
  {
    id: text("id").primaryKey(),
    credentialId: text("credential_id")
      .notNull()
      .references(() => walletCredentials.id, { onDelete: "cascade" }),
    ownerId: text("owner_id").notNull(),
    kind: text("kind").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [unique("reminder_deliveries_once").on(table.credentialId, table.kind, table.dueOn)],
);
