/**
 * @module Database outages: tells "the database is unreachable or restarting" apart from a bug, so
 * the API answers 503 Service Unavailable with Retry-After (a load balancer retries or routes
 * around it) instead of a 500. The signs are looked for through the wrappers drizzle and
 * better-auth put around a driver error (`cause`, and AggregateError's `errors` for a connect
 * that tried several addresses):
 *  - SQLSTATE class 08 (connection exception), 57P01 admin_shutdown ("terminating connection due
 *    to administrator command"), 57P02 crash_shutdown, 57P03 cannot_connect_now ("the database
 *    system is starting up / shutting down"), 57P05 idle_session_timeout, 53300
 *    too_many_connections;
 *  - socket errors: connection refused, reset, timed out, host unreachable, name not resolved;
 *  - node-postgres's own messages for a lost or timed-out connection ("Connection terminated
 *    unexpectedly", "timeout exceeded when trying to connect", "… is not queryable"), and a pool
 *    or PGlite that is already closed (the server is shutting down).
 */

/** Seconds a client should wait before trying again: a restart takes about a second. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

export const DATABASE_UNAVAILABLE_BODY = {
  error: "database_unavailable",
  message: "The database is unavailable or restarting; try again in a few seconds.",
} as const;

const OUTAGE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "57P05", "53300"]);

const OUTAGE_SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EADDRNOTAVAIL",
]);

const OUTAGE_MESSAGES = [
  /^Connection terminated\b/, // pg: the server closed the socket (restart, crash, network)
  /timeout exceeded when trying to connect/, // pg-pool connectionTimeoutMillis
  /is not queryable/, // pg: a client whose connection already failed
  /^Cannot use a pool after calling end on the pool/, // shutting down
  /^PGlite is closed/, // shutting down (embedded database)
];

function isOutageSign(error: object): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (OUTAGE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    if (OUTAGE_SOCKET_CODES.has(code)) return true;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === "string" && OUTAGE_MESSAGES.some((pattern) => pattern.test(message));
}

/** True when `error` (or what it wraps) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const queue: unknown[] = [error];
  // A bounded walk: causes are short chains, and a cycle must not hang a request.
  for (let seen = 0; queue.length > 0 && seen < 20; seen++) {
    const e = queue.shift();
    if (!e || typeof e !== "object") continue;
    if (isOutageSign(e)) return true;
    queue.push((e as { cause?: unknown }).cause);
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner)) queue.push(...inner.slice(0, 5));
  }
  return false;
}
