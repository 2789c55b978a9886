/**
 * @module better-auth behind Fastify: every request under /api/auth/* becomes a Fetch Request for
 * `auth.handler`, and the Response comes back with each Set-Cookie kept separate (getSetCookie).
 * The client address better-auth rate-limits on is the socket's (Fastify's request.ip, which
 * honours trustProxy) in a header the bridge owns, never one a client could send.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { type Auth, CLIENT_IP_HEADER } from "../auth/auth";

/** Fastify's Node headers as Fetch Headers (repeated headers joined the way Fetch does). */
export function toFetchHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

export function mountAuthRoutes(
  app: FastifyInstance,
  auth: Auth,
  baseUrl: string,
  /** Runs first and may throw an HttpError (the organization fence). */
  guard: (request: FastifyRequest) => Promise<{ signedIn: boolean }>,
): void {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    schema: { hide: true },
    async handler(request, reply) {
      const { signedIn } = await guard(request);
      const headers = toFetchHeaders(request);
      headers.set(CLIENT_IP_HEADER, request.ip);
      // The body was parsed by Fastify; it is sent on re-serialised, so the old length is wrong.
      headers.delete("content-length");
      headers.delete("transfer-encoding");
      const hasBody = request.method !== "GET" && request.body !== undefined && request.body !== null;
      if (hasBody) headers.set("content-type", "application/json");
      const response = await auth.handler(
        new Request(new URL(request.url, baseUrl), {
          method: request.method,
          headers,
          body: hasBody ? JSON.stringify(request.body) : null,
        }),
      );
      // better-auth's organization endpoints answer some "not allowed" cases with 401; for a
      // signed-in caller that means forbidden, and clients must not treat it as "sign in again".
      reply.status(signedIn && response.status === 401 ? 403 : response.status);
      response.headers.forEach((value, name) => {
        if (name !== "set-cookie" && name !== "content-length") reply.header(name, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header("set-cookie", cookies);
      const body = Buffer.from(await response.arrayBuffer());
      return reply.send(body.length > 0 ? body : null);
    },
  });
}
