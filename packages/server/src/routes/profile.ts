/**
 * @module Profile routes: read and replace the person's profile. Until accounts exist the embedded
 * default has one anonymous local owner.
 */
import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ProfileSchema } from "../contracts/profile";
import type { Database } from "../db/database";
import { profiles } from "../db/schema";

export const LOCAL_OWNER = "local";

const StoredProfileSchema = z.object({ profile: ProfileSchema, updatedAt: z.string() });
const ErrorSchema = z.object({ error: z.string(), message: z.string() });

export function profileRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/profile",
      {
        schema: {
          tags: ["profile"],
          summary: "The stored profile",
          response: { 200: StoredProfileSchema, 404: ErrorSchema },
        },
      },
      async (_request, reply) => {
        const [row] = await db.select().from(profiles).where(eq(profiles.ownerId, LOCAL_OWNER));
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
          response: { 200: StoredProfileSchema },
        },
      },
      async (request) => {
        const now = new Date();
        const [row] = await db
          .insert(profiles)
          .values({ ownerId: LOCAL_OWNER, data: request.body, updatedAt: now })
          .onConflictDoUpdate({ target: profiles.ownerId, set: { data: request.body, updatedAt: now } })
          .returning();
        if (!row) throw new Error("upsert returned no row");
        return { profile: ProfileSchema.parse(row.data), updatedAt: row.updatedAt.toISOString() };
      },
    );
  };
}
