/**
 * @module Profile routes: read and replace the person's profile — the signed-in person's, or the
 * anonymous local person's where anonymous use is allowed (http/owner.ts decides).
 */
import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ProfileSchema } from "../contracts/profile";
import type { Database } from "../db/database";
import { profiles } from "../db/schema";

/** Re-exported for routes that still use the single local owner directly. */
export { LOCAL_OWNER } from "../http/owner";

const StoredProfileSchema = z.object({ profile: ProfileSchema, updatedAt: z.string() });
const ErrorSchema = z.object({ error: z.string(), message: z.string() });

export function profileRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook("preHandler", app.resolveOwner);

    app.get(
      "/api/profile",
      {
        schema: {
          tags: ["profile"],
          summary: "The stored profile",
          response: { 200: StoredProfileSchema, 401: ErrorSchema, 404: ErrorSchema },
        },
      },
      async (request, reply) => {
        const [row] = await db.select().from(profiles).where(eq(profiles.ownerId, request.ownerId));
        if (!row) return reply.status(404).send({ error: "not_found", message: "No profile saved yet." });
        return { profile: ProfileSchema.parse(row.data), updatedAt: row.updatedAt.toISOString() };
      },
    );

    app.put(
      "/api/profile",
      {
        schema: {
          tags: ["profile"],
          summary: "Replace the profile",
          body: ProfileSchema,
          response: { 200: StoredProfileSchema, 401: ErrorSchema },
        },
      },
      async (request) => {
        const now = new Date();
        const [row] = await db
          .insert(profiles)
          .values({ ownerId: request.ownerId, data: request.body, updatedAt: now })
          .onConflictDoUpdate({ target: profiles.ownerId, set: { data: request.body, updatedAt: now } })
          .returning();
        if (!row) throw new Error("upsert returned no row");
        return { profile: ProfileSchema.parse(row.data), updatedAt: row.updatedAt.toISOString() };
      },
    );
  };
}
