/**
 * @module HTTP errors: every failure leaves as JSON `{ error, message, details? }` with a 4xx for
 * the caller's mistakes. A 5xx never carries a stack trace or internal message. A database that is
 * unreachable or restarting is a 503 with Retry-After (http/database-outage.ts), not a 500.
 */
import { CertpathError, type ErrorCode } from "@certpath/core";
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_BODY,
  isDatabaseUnavailable,
} from "./database-outage";

export const HTTP_STATUS_BY_CODE = {
  INVALID_ARGUMENT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVARIANT: 500,
} as const satisfies Record<ErrorCode, number>;

export interface ErrorBody {
  error: string;
  message: string;
  details?: Array<{ path: string; message: string }>;
}

/** Thrown by routes for a clean 4xx (or a 429/503 with `headers`, e.g. Retry-After). */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * PostgreSQL (and PGlite) cannot store a NUL character in text (22021) or in jsonb (22P05). Only a
 * caller's input puts one there, so it is their mistake (a 400), whichever route or query hit it.
 */
const UNSTORABLE_TEXT_CODES = new Set(["22021", "22P05"]);

/** The SQLSTATE of a database error, looking through the wrappers drizzle adds (error.cause). */
function sqlState(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        path: `${error.validationContext ?? "body"}${issue.instancePath.replaceAll("/", ".")}`.replace(
          /\.$/,
          "",
        ),
        message: issue.message ?? "invalid",
      }));
      const first = details[0];
      const body: ErrorBody = {
        error: "invalid_request",
        message: first ? `${first.path}: ${first.message}` : "invalid request",
        details,
      };
      return reply.status(400).send(body);
    }
    if (error instanceof HttpError) {
      return reply
        .status(error.statusCode)
        .headers(error.headers)
        .send({ error: error.error, message: error.message });
    }
    if (error instanceof CertpathError) {
      const status = HTTP_STATUS_BY_CODE[error.code];
      if (status < 500) {
        return reply.status(status).send({ error: error.code.toLowerCase(), message: error.message });
      }
    }
    if (UNSTORABLE_TEXT_CODES.has(sqlState(error) ?? "")) {
      return reply
        .status(400)
        .send({ error: "invalid_request", message: "Text must not contain NUL characters (\\u0000)." });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (bad JSON, body too large, wrong content type).
      return reply.status(status).send({ error: error.code ?? "bad_request", message: error.message });
    }
    if (isDatabaseUnavailable(error)) {
      // Not a bug: the database is restarting or out of reach. Tell clients and load balancers
      // to come back shortly; the pool reconnects on its own.
      request.log.warn({ err: error }, "database unavailable");
      return reply
        .status(503)
        .header("retry-after", String(DATABASE_RETRY_AFTER_SECONDS))
        .send(DATABASE_UNAVAILABLE_BODY);
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send({ error: "internal", message: "Something went wrong on our side." });
  });
}
