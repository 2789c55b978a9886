/**
 * @module Account-level tables: results a person keeps (diagnostic results and recommendations, as
 * dated snapshots) and the server's generated secrets, shared by every server of a deployment.
 */
import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const savedResults = pgTable(
  "saved_results",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id").notNull(),
    /** "diagnostic" or "recommendation". */
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    data: jsonb("data").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index("saved_results_owner_idx").on(table.ownerId)],
);

/**
 * Secrets the server generates when the environment gives none (the cookie-signing secret), kept
 * in the database so every server behind a load balancer signs with the same one.
 */
export const serverSecrets = pgTable("server_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
