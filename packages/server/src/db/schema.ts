/**
 * @module Database schema: one Postgres schema for PGlite and PostgreSQL alike. Keep to SQL both
 * PostgreSQL 15 and PGlite (PostgreSQL 18) accept. Migrations are generated from this file with
 * `npm run db:generate` and committed under packages/server/drizzle/.
 */
import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A person's profile (the recommendation input). `ownerId` is the account id, or "local" for the
 * single anonymous user of the embedded default.
 */
export const profiles = pgTable("profiles", {
  ownerId: text("owner_id").primaryKey(),
  data: jsonb("data").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
