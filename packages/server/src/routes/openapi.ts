/**
 * @module OpenAPI: the generated 3.1 document, at a stable path under /api.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

export function openApiRoute(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  };
}
