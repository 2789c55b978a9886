/**
 * @module Nesting limit for JSON bodies. Fastify parses any depth, but later steps recurse over the
 * value (JSON.stringify in the auth bridge and in drizzle's jsonb columns, schema walks), and a
 * body like `[[[[…5,000 deep` overflows the stack there: a 500. No request of this API nests
 * deeper than a few levels, so a generous limit refuses such bodies with a 400 before any handler.
 */
import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors";

export const MAX_BODY_DEPTH = 64;

/** Depth of a parsed JSON value, walked without recursion so the check itself cannot overflow. */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== "object") continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export function installBodyDepthLimit(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    if (
      request.body !== null &&
      typeof request.body === "object" &&
      jsonDepth(request.body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH
    ) {
      throw new HttpError(400, "invalid_request", `body: nested deeper than ${MAX_BODY_DEPTH} levels`);
    }
  });
}
