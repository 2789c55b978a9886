/**
 * @module Database schema: one Postgres schema for PGlite and PostgreSQL alike. Keep to SQL both
 * PostgreSQL 15 and PGlite (PostgreSQL 18) accept. Migrations are generated from this file with
 * `npm run db:generate` and committed under packages/server/drizzle/.
 */
import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A person's profile (the recommendation input). `ownerId` is the account id, or "local" for the
 * single anonymous user of the embedded default.
 */
export const profiles = pgTable("profiles", {
  ownerId: text("owner_id").primaryKey(),
  data: jsonb("data").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/**
 * A study plan (packages/core/src/plan): the whole plan as jsonb, because it is read and written as
 * one document and re-planned as a whole; the certification id is a column so plans can be listed.
 */
export const plans = pgTable(
  "plans",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id").notNull(),
    certificationId: text("certification_id").notNull(),
    /** The profile the plan was made from, kept so re-planning uses the same evidence. */
    profile: jsonb("profile").notNull(),
    data: jsonb("data").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  // Every read is "this owner's plans"; listing and export scan by owner.
  (table) => [index("plans_owner_idx").on(table.ownerId)],
);

/** One check-in against a plan; saved in the same transaction as the re-planned plan. */
export const planCheckIns = pgTable(
  "plan_check_ins",
  {
    id: text("id").primaryKey(),
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    ownerId: text("owner_id").notNull(),
    data: jsonb("data").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index("plan_check_ins_plan_idx").on(table.planId)],
);

/**
 * An adaptive diagnostic (routes/assessments.ts): the whole session as jsonb, because every request
 * reads and writes it as one document (the engine's state is plain JSON); `finished_at` is a column
 * so finished and open assessments can be told apart without reading the state.
 */
export const assessments = pgTable(
  "assessments",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id").notNull(),
    state: jsonb("state").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
  },
  // Every read is "this owner's assessment"; export and account deletion scan by owner.
  (table) => [index("assessments_owner_idx").on(table.ownerId)],
);

/**
 * Item-parameter calibrations: each run of `certpath bank calibrate` stores one row (parameters
 * per item, skill correlations, fit). Servers build the diagnostic bank from the latest row at
 * start; items it does not cover keep their provisional parameters.
 */
export const itemCalibrations = pgTable("item_calibrations", {
  id: text("id").primaryKey(),
  data: jsonb("data").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
