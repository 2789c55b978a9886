/**
 * @module Rate limit on answering diagnostic questions, counted in the database so every server
 * behind a load balancer shares one budget (servers are stateless; PostgreSQL or PGlite is the
 * engine). Answering reveals the right answer and its explanation, so an unlimited answer route
 * would let a script harvest the item bank; people answer far slower than the limit.
 *
 * The budget is per (owner, client address): a signed-in person's user id or "local", with the
 * socket's address (`request.ip`). So colleagues behind one office NAT do not share a budget, and
 * neither do two anonymous people on different machines.
 *
 * A fixed window that starts at the key's first answer: one atomic upsert per answer either adds
 * one to the current window or, when the window has ended, starts a new one at 1 — concurrent
 * answers from several servers serialise on the row (INSERT … ON CONFLICT DO UPDATE). Time is the
 * database's `now()`, so app servers' clocks need not agree. Answers refused with a 429 still
 * count but do not extend the window, so hammering does not lengthen the wait.
 *
 * Rows whose window has ended are deleted as servers go: at most once per window per server, after
 * an answer, without delaying it. The table therefore holds about one row per key that answered
 * within the last two windows.
 */
import { createHash } from "node:crypto";
import { lt, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { answerRateLimits } from "../db/answer-rate-limit-schema";
import type { Database } from "../db/database";
import { HttpError } from "./errors";

/** 60 a minute: one answer a second, sustained for a minute (see docs/SECURITY.md). */
export const DEFAULT_ANSWERS_PER_MINUTE = 60;

export interface AnswerRateLimitOptions {
  /** Answers allowed per window and (owner, client address). */
  limit: number;
  /** The window's length; 60 s in production, shorter in tests. */
  windowSeconds?: number | undefined;
}

export interface AnswerRateLimiter {
  /** Counts one answer for the request's owner and address; throws a 429 HttpError when over. */
  check(request: FastifyRequest): Promise<void>;
  /** Deletes rows whose window has ended; returns how many. */
  prune(): Promise<number>;
  /** Waits for a background prune to finish (on app close). */
  settle(): Promise<void>;
}

/** No user id or IP address is stored: the key is a hash of both. */
function keyOf(ownerId: string, address: string): string {
  return createHash("sha256").update(`${ownerId}|${address}`).digest("base64url");
}

export function createAnswerRateLimiter(
  db: Database,
  options: AnswerRateLimitOptions,
  log: (error: unknown) => void = () => {},
): AnswerRateLimiter {
  const { limit } = options;
  const windowSeconds = options.windowSeconds ?? 60;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`answer rate limit must be >= 1, not ${limit}`);
  if (!Number.isFinite(windowSeconds) || windowSeconds <= 0) {
    throw new Error(`answer rate limit window must be > 0 s, not ${windowSeconds}`);
  }
  // A validated number, written into the SQL as a literal.
  const window = sql.raw(`make_interval(secs => ${windowSeconds})`);
  const t = sql.raw(`"answer_rate_limits"`);
  const expired = sql`${t}."window_start" <= now() - ${window}`;

  let lastPrune = 0;
  let pruning: Promise<void> | null = null;

  const prune = async (): Promise<number> => {
    const deleted = await db
      .delete(answerRateLimits)
      .where(lt(answerRateLimits.windowStart, sql`now() - ${window}`))
      .returning({ key: answerRateLimits.key });
    return deleted.length;
  };

  const pruneNowAndThen = () => {
    if (pruning || Date.now() - lastPrune < windowSeconds * 1000) return;
    lastPrune = Date.now();
    pruning = prune()
      .then(
        () => {},
        (error: unknown) => log(error),
      )
      .finally(() => {
        pruning = null;
      });
  };

  return {
    prune,
    settle: async () => {
      await pruning;
    },
    async check(request) {
      const [row] = await db
        .insert(answerRateLimits)
        .values({ key: keyOf(request.ownerId, request.ip), windowStart: sql`now()`, hits: 1 })
        .onConflictDoUpdate({
          target: answerRateLimits.key,
          set: {
            hits: sql`case when ${expired} then 1 else ${t}."hits" + 1 end`,
            windowStart: sql`case when ${expired} then now() else ${t}."window_start" end`,
          },
        })
        .returning({
          hits: answerRateLimits.hits,
          secondsLeft:
            sql<number>`extract(epoch from (${t}."window_start" + ${window} - now()))::float8`.mapWith(
              Number,
            ),
        });
      pruneNowAndThen();
      if (!row || row.hits <= limit) return;
      const retryAfter = Math.max(1, Math.ceil(row.secondsLeft));
      throw new HttpError(
        429,
        "rate_limited",
        `Too many answers: at most ${limit} every ${windowSeconds} seconds from one person and address. Try again in ${retryAfter} s.`,
        { "retry-after": String(retryAfter) },
      );
    },
  };
}
