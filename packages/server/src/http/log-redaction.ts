/**
 * @module What the logs must not keep. A failed database query's error (drizzle's
 * DrizzleQueryError) carries "Failed query: … params: …" in its message and stack, and the
 * parameters are session tokens, e-mail addresses and answers. Errors are logged with the query
 * text (useful) and without the parameters (secret); the same rule applies to better-auth's lines.
 */

/** The text without anything from a "params:" list on. */
export function redactQueryParameters(text: string): string {
  return text.replace(/params:[\s\S]*/i, "params: [redacted]");
}

interface SerializedError {
  type: string;
  message: string;
  stack?: string | undefined;
  code?: unknown;
  cause?: SerializedError | undefined;
}

/** Pino's `err` serializer, redacted; follows `cause` a few levels (drizzle wraps the driver's error). */
export function serializeError(error: unknown, depth = 0): SerializedError | undefined {
  if (!(error instanceof Error)) {
    return error === undefined
      ? undefined
      : { type: typeof error, message: redactQueryParameters(String(error)) };
  }
  const code = (error as { code?: unknown }).code;
  return {
    type: error.constructor.name,
    message: redactQueryParameters(error.message),
    stack: error.stack === undefined ? undefined : redactQueryParameters(error.stack),
    ...(code === undefined ? {} : { code }),
    cause: depth < 4 ? serializeError(error.cause, depth + 1) : undefined,
  };
}

/** The shape Fastify's logger expects of its `err` serializer. */
export function serializeLoggedError(error: Error): {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
} {
  const serialized = serializeError(error) as SerializedError;
  return { ...serialized, stack: serialized.stack ?? "" };
}
