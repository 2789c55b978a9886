/**
 * @module Saved results: dated snapshots of a diagnostic result or a recommendation a person wants
 * to keep and compare later. Owned like everything else: a result is found only under its owner,
 * so another person's id answers 404.
 *
 *   GET    /api/saved-results?kind=     list (newest first), without the payloads
 *   POST   /api/saved-results           { kind, title, data }
 *   GET    /api/saved-results/:id       one, with its payload
 *   DELETE /api/saved-results/:id
 */
import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { SAVED_RESULT_KINDS } from "../account/export-document";
import type { AccountRouteOptions } from "../account/install-accounts";
import { savedResults } from "../db/account-schema";
import { HttpError } from "../http/errors";

const ErrorSchema = z.object({ error: z.string(), message: z.string() });
const IdParams = z.object({ id: z.string().min(1).max(100) });
const Summary = z.object({
  id: z.string(),
  kind: z.enum(SAVED_RESULT_KINDS),
  title: z.string(),
  createdAt: z.string(),
});
const Full = Summary.extend({ data: z.record(z.string(), z.unknown()) });

type Row = typeof savedResults.$inferSelect;
const summary = (row: Row) => ({
  id: row.id,
  kind: row.kind as (typeof SAVED_RESULT_KINDS)[number],
  title: row.title,
  createdAt: row.createdAt.toISOString(),
});

export function savedResultRoutes(options: AccountRouteOptions): FastifyPluginAsyncZod {
  const { db, clock } = options;
  return async (app) => {
    app.addHook("preHandler", app.resolveOwner);

    const find = async (ownerId: string, id: string): Promise<Row> => {
      const [row] = await db
        .select()
        .from(savedResults)
        .where(and(eq(savedResults.id, id), eq(savedResults.ownerId, ownerId)));
      if (!row) throw new HttpError(404, "not_found", `No saved result "${id}".`);
      return row;
    };

    app.get(
      "/api/saved-results",
      {
        schema: {
          tags: ["account"],
          summary: "Your saved diagnostic results and recommendations",
          querystring: z.strictObject({ kind: z.enum(SAVED_RESULT_KINDS).optional() }),
          response: { 200: z.object({ results: z.array(Summary) }) },
        },
      },
      async (request) => {
        const { kind } = request.query;
        const rows = await db
          .select()
          .from(savedResults)
          .where(
            kind
              ? and(eq(savedResults.ownerId, request.ownerId), eq(savedResults.kind, kind))
              : eq(savedResults.ownerId, request.ownerId),
          )
          .orderBy(desc(savedResults.createdAt), desc(savedResults.id));
        return { results: rows.map(summary) };
      },
    );

    app.post(
      "/api/saved-results",
      {
        schema: {
          tags: ["account"],
          summary: "Keep a diagnostic result or a recommendation",
          body: z.strictObject({
            kind: z.enum(SAVED_RESULT_KINDS),
            title: z.string().trim().min(1).max(200),
            data: z.record(z.string(), z.unknown()),
          }),
          response: { 201: Full, 400: ErrorSchema },
        },
      },
      async (request, reply) => {
        const [row] = await db
          .insert(savedResults)
          .values({ id: randomUUID(), ownerId: request.ownerId, ...request.body, createdAt: clock() })
          .returning();
        if (!row) throw new Error("insert returned no row");
        reply.status(201);
        return { ...summary(row), data: row.data as Record<string, unknown> };
      },
    );

    app.get(
      "/api/saved-results/:id",
      {
        schema: {
          tags: ["account"],
          summary: "One saved result",
          params: IdParams,
          response: { 200: Full, 404: ErrorSchema },
        },
      },
      async (request) => {
        const row = await find(request.ownerId, request.params.id);
        return { ...summary(row), data: row.data as Record<string, unknown> };
      },
    );

    app.delete(
      "/api/saved-results/:id",
      {
        schema: {
          tags: ["account"],
          summary: "Delete a saved result",
          params: IdParams,
          response: { 204: z.null(), 404: ErrorSchema },
        },
      },
      async (request, reply) => {
        await find(request.ownerId, request.params.id);
        await db
          .delete(savedResults)
          .where(and(eq(savedResults.id, request.params.id), eq(savedResults.ownerId, request.ownerId)));
        return reply.status(204).send(null);
      },
    );
  };
}
