/**
 * @module CSRF defence for Certpath's own state-changing routes (better-auth checks its own). A
 * browser sends Origin on every cross-origin POST/PUT/PATCH/DELETE; one that is not a trusted
 * origin is refused. Requests without Origin (the CLI, curl, server-to-server) carry no ambient
 * cookie risk and pass. Session cookies are also SameSite=Lax, and JSON-only bodies rule out
 * plain HTML form posts.
 */
import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function installOriginGuard(app: FastifyInstance, trustedOrigins: readonly string[]): void {
  const trusted = new Set(trustedOrigins);
  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (!request.url.startsWith("/api/") || request.url.startsWith("/api/auth/")) return;
    const origin = request.headers.origin;
    if (origin === undefined || trusted.has(origin)) return;
    throw new HttpError(403, "forbidden", `Requests from ${origin} are not accepted.`);
  });
}
