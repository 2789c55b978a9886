/**
 * @module Team tables: the exam budget a team lead sets per organization (better-auth's
 * `organization` table holds the team itself).
 */
import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { organization } from "./auth-schema";

export const teamBudgets = pgTable("team_budgets", {
  organizationId: text("organization_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  allowanceUsd: integer("allowance_usd").notNull(),
  updatedBy: text("updated_by").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
