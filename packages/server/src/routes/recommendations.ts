/**
 * @module Recommendation routes: the ranked, explained answer for a profile, and "why not X?" for
 * any one certification (retired ones included, with the reason they are excluded).
 *
 *   POST /api/recommendations          body { profile, consider?, weights?, limit? }
 *   POST /api/recommendations/why/:id  body { profile, weights? }
 *   GET  /api/recommendations/why/:id  uses the stored profile (PUT /api/profile)
 *
 * The body always wraps the profile (never a bare profile), so the strict Profile contract and the
 * request options cannot be confused; unknown fields anywhere are a 400 naming the field. The
 * response is core's RecommendationResult: { recommendations, excluded, foundations }.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { CLOUD_MARKET_FILE, type Content, DEFAULT_DATA_DIR, loadCloudMarket } from "@certpath/content";
import {
  CERTIFICATION_STATUSES,
  type CloudMarket,
  explainCertification,
  FACTOR_NAMES,
  PROVIDERS,
  recommend,
} from "@certpath/core";
import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type Clock, systemClock, todayIso } from "../clock";
import { ProfileSchema } from "../contracts/profile";
import type { DatabaseHandle } from "../db/database";
import { profiles } from "../db/schema";
import { AnswerCache } from "../http/answer-cache";
import { HttpError } from "../http/errors";

const ErrorSchema = z.object({ error: z.string(), message: z.string() });
const Id = z.string().min(1).max(100);

const WeightsSchema = z.strictObject({
  readiness: z.number().min(0).max(1).optional(),
  environment: z.number().min(0).max(100).optional(),
  market: z.number().min(0).max(100).optional(),
  goal: z.number().min(0).max(100).optional(),
  experience: z.number().min(0).max(100).optional(),
  time: z.number().min(0).max(100).optional(),
  cost: z.number().min(0).max(100).optional(),
  format: z.number().min(0).max(100).optional(),
});

export const RecommendationRequestSchema = z.strictObject({
  profile: ProfileSchema,
  consider: z.array(Id).max(20).optional(),
  weights: WeightsSchema.optional(),
  limit: z.number().int().min(1).max(100).optional(),
});

const ExplainRequestSchema = z.strictObject({ profile: ProfileSchema, weights: WeightsSchema.optional() });

const Probability = z.number().min(0).max(1);

const DomainSchema = z.object({
  id: z.string(),
  name: z.string(),
  weight: z.number(),
  evidence: z.number(),
  status: z.enum(["estimated", "not-enough-evidence"]),
  ability: z.object({ theta: z.number(), se: z.number() }).nullable(),
  cut: z.number(),
  mastery: Probability.nullable(),
  holdsBack: z.boolean(),
  missingEvidence: z.array(z.string()),
  explanation: z.string(),
});

const FactorSchema = z.object({
  name: z.enum(FACTOR_NAMES),
  value: Probability,
  weight: z.number().min(0),
  explanation: z.string().min(1),
});

const RecommendationSchema = z.object({
  id: z.string(),
  name: z.string(),
  provider: z.enum(PROVIDERS),
  score: z.number(),
  readiness: z.object({
    passProbability: Probability.nullable(),
    low: Probability.nullable(),
    high: Probability.nullable(),
    evidence: z.number(),
    summary: z.string(),
    hoursToReady: z.number(),
    holdingBack: z.array(z.string()),
    domains: z.array(DomainSchema),
  }),
  factors: z.array(FactorSchema),
  cautions: z.array(z.string()),
});

const ExclusionSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(CERTIFICATION_STATUSES),
  reason: z.string(),
  successors: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const RecommendationResultSchema = z.object({
  recommendations: z.array(RecommendationSchema),
  excluded: z.array(ExclusionSchema),
  foundations: z.array(
    z.object({ skill: z.string(), current: z.number(), needed: z.number(), why: z.string() }),
  ),
});

const ExplanationSchema = RecommendationSchema.extend({
  bookable: z.boolean(),
  rank: z.number().nullable(),
  of: z.number(),
  excluded: ExclusionSchema.nullable(),
  versusTop: z
    .object({
      id: z.string(),
      name: z.string(),
      score: z.number(),
      gaps: z.array(
        z.object({ name: z.enum(FACTOR_NAMES), difference: z.number(), explanation: z.string() }),
      ),
    })
    .nullable(),
  summary: z.string(),
});

export interface RecommendationRouteOptions {
  content: Content;
  clock?: Clock | undefined;
  /** For GET …/why/:id, which reads the stored profile. */
  database?: DatabaseHandle | undefined;
  /** Market shares; by default data/market/cloud-share.yaml beside the content, else the repository's. */
  market?: CloudMarket | null | undefined;
  /** Keeps serialized answers: a recommendation depends only on the request and the day. */
  answerCache?: AnswerCache | undefined;
}

/** The market file next to the loaded content, else the repository's, else none. */
function defaultMarket(content: Content): CloudMarket | null {
  for (const dir of [content.dataDir, DEFAULT_DATA_DIR]) {
    if (existsSync(path.join(dir, CLOUD_MARKET_FILE))) return loadCloudMarket(dir);
  }
  return null;
}

export function recommendationRoutes(options: RecommendationRouteOptions): FastifyPluginAsyncZod {
  const { content } = options;
  const clock = options.clock ?? systemClock;
  const market = options.market === undefined ? defaultMarket(content) : options.market;
  const base = () => ({ certifications: content.certifications, market, today: todayIso(clock) });
  const answerCache = options.answerCache ?? new AnswerCache(0);

  return async (app) => {
    app.post(
      "/api/recommendations",
      {
        schema: {
          tags: ["recommendations"],
          summary: "Ranked, explained certifications for a profile",
          body: RecommendationRequestSchema,
          response: { 200: RecommendationResultSchema, 404: ErrorSchema },
        },
      },
      async (request, reply) => {
        const input = base();
        return answerCache.send(
          reply,
          ["recommendations", input.today, request.body],
          RecommendationResultSchema,
          () => recommend({ ...input, ...request.body }),
        );
      },
    );

    app.post(
      "/api/recommendations/why/:id",
      {
        schema: {
          tags: ["recommendations"],
          summary: "Why (not) this certification: its full breakdown for a profile",
          params: z.object({ id: Id }),
          body: ExplainRequestSchema,
          response: { 200: ExplanationSchema, 404: ErrorSchema },
        },
      },
      async (request, reply) => {
        const input = base();
        const { id } = request.params;
        return answerCache.send(reply, ["why", input.today, id, request.body], ExplanationSchema, () =>
          explainCertification({ ...input, ...request.body, id }),
        );
      },
    );

    app.get(
      "/api/recommendations/why/:id",
      {
        // Reads the stored profile: whose it is comes from the session (or the local owner).
        preHandler: app.resolveOwner,
        schema: {
          tags: ["recommendations"],
          summary: "Why (not) this certification, for the stored profile",
          params: z.object({ id: Id }),
          response: { 200: ExplanationSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const db = options.database?.db;
        const [row] = db ? await db.select().from(profiles).where(eq(profiles.ownerId, request.ownerId)) : [];
        if (!row) {
          throw new HttpError(
            404,
            "not_found",
            "No profile saved yet: PUT /api/profile first, or POST { profile } to this URL.",
          );
        }
        const profile = ProfileSchema.parse(row.data);
        return explainCertification({ ...base(), profile, id: request.params.id });
      },
    );
  };
}
