/**
 * @module Account routes (besides better-auth's own under /api/auth): who is signed in, the
 * upgrade of anonymous local data into the account, export and import of everything stored, and a
 * listing of it. Sign-up, sign-in, sign-out everywhere (revoke-sessions) and deletion
 * (delete-user) are better-auth endpoints.
 *
 *   GET  /api/account/session        { user | null, anonymousAllowed, localData }
 *   POST /api/account/claim-local    move the anonymous person's data into the signed-in account
 *   GET  /api/account/export         one JSON document (attachment)
 *   POST /api/account/import         replace everything with a document; all or nothing
 *   GET  /api/account/data           what is stored (profile, diagnostics, plans, results, wallet), listed
 */
import { asc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { exportOwnedData, importOwnedData } from "../account/account-transfer";
import { ExportDocumentSchema } from "../account/export-document";
import type { AccountRouteOptions } from "../account/install-accounts";
import { claimLocalData, hasLocalData } from "../account/owned-data";
import { savedResults } from "../db/account-schema";
import { assessments, planCheckIns, plans, profiles } from "../db/schema";
import { walletCredentials } from "../db/wallet-schema";
import { HttpError } from "../http/errors";

const ErrorSchema = z.object({ error: z.string(), message: z.string() });
/** Exports carry whole plans; allow more than the app-wide 256 KB. */
const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

const SessionSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  anonymousAllowed: z.boolean(),
  localData: z.boolean(),
});

export function accountRoutes(options: AccountRouteOptions): FastifyPluginAsyncZod {
  const { db, clock } = options;
  const byId = new Map(options.content.certifications.map((c) => [c.id, c]));
  return async (app) => {
    app.get(
      "/api/account/session",
      {
        schema: {
          tags: ["account"],
          summary: "The signed-in person, if any",
          response: { 200: SessionSchema },
        },
      },
      async (request) => {
        const user = await app.readAccountUser(request);
        return {
          user,
          anonymousAllowed: app.allowAnonymous,
          localData: user !== null && app.allowAnonymous ? await hasLocalData(db) : false,
        };
      },
    );

    app.post(
      "/api/account/claim-local",
      {
        preHandler: app.requireAccount,
        schema: {
          tags: ["account"],
          summary: "Move the anonymous local person's data into this account",
          response: {
            200: z.object({ moved: z.record(z.string(), z.number()) }),
            401: ErrorSchema,
            403: ErrorSchema,
          },
        },
      },
      async (request) => {
        // Without anonymous use there is no local person whose data could be claimed.
        if (!app.allowAnonymous)
          throw new HttpError(403, "forbidden", "Anonymous use is off on this server.");
        return claimLocalData(db, request.ownerId);
      },
    );

    app.get(
      "/api/account/export",
      {
        preHandler: app.resolveOwner,
        schema: {
          tags: ["account"],
          summary: "Everything you stored, as one JSON document",
          response: { 200: ExportDocumentSchema },
        },
      },
      async (request, reply) => {
        const now = clock();
        reply.header(
          "content-disposition",
          `attachment; filename="certpath-export-${now.toISOString().slice(0, 10)}.json"`,
        );
        return exportOwnedData(db, request.ownerId, now);
      },
    );

    app.post(
      "/api/account/import",
      {
        preHandler: app.resolveOwner,
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags: ["account"],
          summary: "Replace everything you stored with an export document (all or nothing)",
          body: ExportDocumentSchema,
          response: {
            200: z.object({
              profile: z.boolean(),
              assessments: z.number(),
              plans: z.number(),
              checkIns: z.number(),
              savedResults: z.number(),
              credentials: z.number(),
            }),
            400: ErrorSchema,
          },
        },
      },
      async (request) => {
        const doc = request.body;
        const ids = [
          ...doc.plans.map((p) => `plan:${p.id}`),
          ...doc.plans.flatMap((p) => p.checkIns.map((c) => `check-in:${c.id}`)),
          ...doc.savedResults.map((r) => `result:${r.id}`),
          ...doc.assessments.map((a) => `assessment:${a.id}`),
          ...doc.wallet.credentials.map((c) => `credential:${c.id}`),
        ];
        const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
        if (duplicate)
          throw new HttpError(400, "invalid_request", `The document repeats the id ${duplicate}.`);
        return importOwnedData(db, request.ownerId, doc);
      },
    );

    app.get(
      "/api/account/data",
      {
        preHandler: app.resolveOwner,
        schema: {
          tags: ["account"],
          summary: "What you have stored",
          response: {
            200: z.object({
              profile: z.object({ updatedAt: z.string() }).nullable(),
              assessments: z.array(
                z.object({ id: z.string(), createdAt: z.string(), finishedAt: z.string().nullable() }),
              ),
              plans: z.array(
                z.object({
                  id: z.string(),
                  certificationId: z.string(),
                  certificationName: z.string(),
                  examDate: z.string().nullable(),
                  checkIns: z.number(),
                  createdAt: z.string(),
                }),
              ),
              savedResults: z.array(
                z.object({ id: z.string(), kind: z.string(), title: z.string(), createdAt: z.string() }),
              ),
              credentials: z.number(),
            }),
          },
        },
      },
      async (request) => {
        const owner = request.ownerId;
        const [profile] = await db.select().from(profiles).where(eq(profiles.ownerId, owner));
        const diagnostics = await db
          .select({
            id: assessments.id,
            createdAt: assessments.createdAt,
            finishedAt: assessments.finishedAt,
          })
          .from(assessments)
          .where(eq(assessments.ownerId, owner))
          .orderBy(asc(assessments.createdAt));
        const planRows = await db
          .select()
          .from(plans)
          .where(eq(plans.ownerId, owner))
          .orderBy(asc(plans.createdAt));
        const checkIns = await db
          .select({ planId: planCheckIns.planId })
          .from(planCheckIns)
          .where(eq(planCheckIns.ownerId, owner));
        const results = await db
          .select({
            id: savedResults.id,
            kind: savedResults.kind,
            title: savedResults.title,
            createdAt: savedResults.createdAt,
          })
          .from(savedResults)
          .where(eq(savedResults.ownerId, owner))
          .orderBy(asc(savedResults.createdAt));
        const credentials = await db
          .select({ id: walletCredentials.id })
          .from(walletCredentials)
          .where(eq(walletCredentials.ownerId, owner));
        return {
          profile: profile ? { updatedAt: profile.updatedAt.toISOString() } : null,
          assessments: diagnostics.map((a) => ({
            id: a.id,
            createdAt: a.createdAt.toISOString(),
            finishedAt: a.finishedAt?.toISOString() ?? null,
          })),
          plans: planRows.map((plan) => ({
            id: plan.id,
            certificationId: plan.certificationId,
            certificationName: byId.get(plan.certificationId)?.name ?? plan.certificationId,
            examDate:
              typeof (plan.data as { examDate?: unknown }).examDate === "string"
                ? (plan.data as { examDate: string }).examDate
                : null,
            checkIns: checkIns.filter((c) => c.planId === plan.id).length,
            createdAt: plan.createdAt.toISOString(),
          })),
          savedResults: results.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
          credentials: credentials.length,
        };
      },
    );
  };
}
