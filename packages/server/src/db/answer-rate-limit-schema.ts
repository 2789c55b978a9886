/**
 * @module Answer rate limit table (http/answer-rate-limit.ts): one row per (owner, client address)
 * that answered a diagnostic question recently, holding the current fixed window's start and its
 * count. Every server of a deployment counts in the same rows, so scaling out does not multiply the
 * budget. The key is a hash, so the table holds no user id or IP address; rows whose window ended
 * are deleted by the servers as they go (at most one delete per server per window).
 */
import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const answerRateLimits = pgTable("answer_rate_limits", {
  /** base64url SHA-256 of "owner id | client address". */
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true, mode: "date" }).notNull(),
  hits: integer("hits").notNull(),
});
