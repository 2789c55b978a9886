/**
 * @module Plan routes: create a dated study plan, read it, check in (which re-plans the future and
 * keeps the past), and export it as an iCalendar file.
 *
 *   POST /api/plans                  body { profile?, certificationId, hoursPerWeek?, weekdays?,
 *                                          startDate?, targetDate?, blackoutWeeks?, overrides? }
 *   GET  /api/plans/:id              the plan and its check-ins
 *   POST /api/plans/:id/check-ins    body { date?, hoursDone, stagesFinished?, practiceScores?, note? }
 *   GET  /api/plans/:id.ics          RFC 5545, one event per study block
 *
 * The owner is "local" until accounts exist. A check-in and the re-planned plan are written in one
 * transaction, with the plan row locked so two check-ins never overwrite each other.
 */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { type Content, DEFAULT_DATA_DIR, loadPlanningContent } from "@certpath/content";
import {
  type Certification,
  type CheckIn,
  createPlan,
  type Plan,
  type ProjectBrief,
  recordCheckIn,
  suggestClosest,
} from "@certpath/core";
import { and, asc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type Clock, systemClock, todayIso } from "../clock";
import { type Profile, ProfileSchema } from "../contracts/profile";
import type { DatabaseHandle } from "../db/database";
import { planCheckIns, plans, profiles } from "../db/schema";
import { HttpError } from "../http/errors";
import { CheckInBodySchema, CreatePlanBodySchema, PlanSchema } from "./plan-contract";
import { planToIcs } from "./plan-ics";

/** Used when neither the request nor the profile gives a weekly budget. */
export const DEFAULT_HOURS_PER_WEEK = 6;
/** Used when the request names no study days. */
export const DEFAULT_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"] as const;

const ErrorSchema = z.object({ error: z.string(), message: z.string() });
const IdParams = z.object({ id: z.string().min(1).max(100) });

const StoredCheckInSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  checkIn: z.record(z.string(), z.unknown()),
});
const PlanResponseSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  plan: PlanSchema,
  checkIns: z.array(StoredCheckInSchema),
});

export interface PlanRouteOptions {
  database: DatabaseHandle;
  content: Content;
  clock?: Clock | undefined;
  /** Project briefs to match; by default data/projects beside the content, else the repository's. */
  projects?: readonly ProjectBrief[] | undefined;
}

/** Briefs next to the loaded content (checked against its catalog), else the repository's, else none. */
export function defaultProjects(content: Content): ProjectBrief[] {
  if (existsSync(path.join(content.dataDir, "projects"))) {
    return loadPlanningContent(content.dataDir, content.certifications).projects;
  }
  if (existsSync(path.join(DEFAULT_DATA_DIR, "projects")))
    return loadPlanningContent(DEFAULT_DATA_DIR).projects;
  return [];
}

export function planRoutes(options: PlanRouteOptions): FastifyPluginAsyncZod {
  const { content } = options;
  const db = options.database.db;
  const clock = options.clock ?? systemClock;
  const projects = options.projects ?? defaultProjects(content);
  const byId = new Map(content.certifications.map((c) => [c.id, c]));

  const findCertification = (id: string): Certification => {
    const cert = byId.get(id);
    if (cert) return cert;
    const suggestion = suggestClosest(id, [...byId.keys()]);
    throw new HttpError(
      404,
      "not_found",
      `certificationId: no certification "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
    );
  };

  const storedProfile = async (ownerId: string): Promise<Profile> => {
    const [row] = await db.select().from(profiles).where(eq(profiles.ownerId, ownerId));
    return row ? ProfileSchema.parse(row.data) : {};
  };

  // Someone else's plan id answers 404, exactly like a plan that does not exist.
  const readPlan = async (id: string, ownerId: string) => {
    const [row] = await db
      .select()
      .from(plans)
      .where(and(eq(plans.id, id), eq(plans.ownerId, ownerId)));
    if (!row) throw new HttpError(404, "not_found", `No plan "${id}".`);
    const checkIns = await db
      .select()
      .from(planCheckIns)
      .where(eq(planCheckIns.planId, id))
      .orderBy(asc(planCheckIns.createdAt), asc(planCheckIns.id));
    return {
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      plan: row.data as Plan,
      checkIns: checkIns.map((c) => ({
        id: c.id,
        createdAt: c.createdAt.toISOString(),
        checkIn: c.data as Record<string, unknown>,
      })),
    };
  };

  const toCheckIn = (body: z.infer<typeof CheckInBodySchema>): CheckIn => ({
    date: body.date ?? todayIso(clock),
    hoursDone: body.hoursDone,
    stagesFinished: body.stagesFinished,
    practiceScores: body.practiceScores,
    ...(body.note === undefined ? {} : { note: body.note }),
  });
  /** The plan as a check-in leaves it; the same for the preview and the saved check-in. */
  const replan = (row: { data: unknown; profile: unknown }, checkIn: CheckIn): Plan => {
    const plan = row.data as Plan;
    const certification = byId.get(plan.certificationId);
    if (!certification) {
      throw new HttpError(
        409,
        "conflict",
        `The catalog no longer has "${plan.certificationId}"; create a new plan.`,
      );
    }
    return recordCheckIn(plan, checkIn, {
      profile: ProfileSchema.parse(row.profile),
      certification,
      catalog: content.certifications,
    });
  };

  return async (app) => {
    app.addHook("preHandler", app.resolveOwner);
    app.post(
      "/api/plans",
      {
        schema: {
          tags: ["plans"],
          summary: "Create and store a dated study plan for one certification",
          body: CreatePlanBodySchema,
          response: { 201: PlanResponseSchema, 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
        },
      },
      async (request, reply) => {
        const body = request.body;
        const certification = findCertification(body.certificationId);
        const profile = body.profile ?? (await storedProfile(request.ownerId));
        const today = todayIso(clock);
        const plan = createPlan({
          profile,
          certification,
          catalog: content.certifications,
          projects,
          today,
          constraints: {
            hoursPerWeek:
              body.hoursPerWeek ??
              (profile.hoursPerWeek && profile.hoursPerWeek >= 0.5
                ? profile.hoursPerWeek
                : DEFAULT_HOURS_PER_WEEK),
            weekdays: body.weekdays ?? [...DEFAULT_WEEKDAYS],
            startDate: body.startDate ?? today,
            targetDate: body.targetDate === undefined ? (profile.targetDate ?? null) : body.targetDate,
            blackoutWeeks: body.blackoutWeeks ?? [],
            overrides: body.overrides ?? {},
          },
        });
        const now = clock();
        const id = randomUUID();
        await db.insert(plans).values({
          id,
          ownerId: request.ownerId,
          certificationId: certification.id,
          profile,
          data: plan,
          createdAt: now,
          updatedAt: now,
        });
        reply.status(201);
        return { id, createdAt: now.toISOString(), updatedAt: now.toISOString(), plan, checkIns: [] };
      },
    );

    // Registered before "/api/plans/:id" so the router prefers the static suffix.
    app.get(
      "/api/plans/:id.ics",
      {
        schema: {
          tags: ["plans"],
          summary: "The plan as an iCalendar file (RFC 5545), one event per study block",
          params: IdParams,
          querystring: z.strictObject({
            startTime: z
              .string()
              .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time as HH:MM")
              .optional(),
          }),
          response: { 404: ErrorSchema },
        },
      },
      async (request, reply) => {
        const { plan, id } = await readPlan(request.params.id, request.ownerId);
        reply
          .type("text/calendar; charset=utf-8")
          .header("content-disposition", `attachment; filename="certpath-${plan.certificationId}.ics"`);
        // A text body, not JSON: sent as is, outside the JSON serializer.
        const ics: unknown = planToIcs(plan, { planId: id, startTime: request.query.startTime });
        return reply.send(ics as never);
      },
    );

    app.get(
      "/api/plans/:id",
      {
        schema: {
          tags: ["plans"],
          summary: "One stored plan with its check-ins",
          params: IdParams,
          response: { 200: PlanResponseSchema, 404: ErrorSchema },
        },
      },
      async (request) => readPlan(request.params.id, request.ownerId),
    );

    app.post(
      "/api/plans/:id/check-ins/preview",
      {
        schema: {
          tags: ["plans"],
          summary: "What a check-in would do to the plan, without saving it (the re-plan preview)",
          params: IdParams,
          body: CheckInBodySchema,
          response: {
            200: z.object({ plan: PlanSchema, replanning: PlanSchema.shape.replannings.element }),
            400: ErrorSchema,
            404: ErrorSchema,
            409: ErrorSchema,
          },
        },
      },
      async (request) => {
        const checkIn = toCheckIn(request.body);
        const [row] = await db
          .select()
          .from(plans)
          .where(and(eq(plans.id, request.params.id), eq(plans.ownerId, request.ownerId)));
        if (!row) throw new HttpError(404, "not_found", `No plan "${request.params.id}".`);
        const replanned = replan(row, checkIn);
        return { plan: replanned, replanning: replanned.replannings.at(-1) as Plan["replannings"][number] };
      },
    );

    app.post(
      "/api/plans/:id/check-ins",
      {
        schema: {
          tags: ["plans"],
          summary: "Record progress and re-plan the remaining work (the past is kept as it was)",
          params: IdParams,
          body: CheckInBodySchema,
          response: {
            201: z.object({
              id: z.string(),
              plan: PlanSchema,
              replanning: PlanSchema.shape.replannings.element,
            }),
            400: ErrorSchema,
            404: ErrorSchema,
            409: ErrorSchema,
          },
        },
      },
      async (request, reply) => {
        const planId = request.params.id;
        const checkIn = toCheckIn(request.body);
        const checkInId = randomUUID();
        const next = await db.transaction(async (tx) => {
          // The row lock serialises concurrent check-ins on PostgreSQL (PGlite has one connection).
          const [row] = await tx
            .select()
            .from(plans)
            .where(and(eq(plans.id, planId), eq(plans.ownerId, request.ownerId)))
            .for("update");
          if (!row) throw new HttpError(404, "not_found", `No plan "${planId}".`);
          const replanned = replan(row, checkIn);
          const now = clock();
          await tx
            .insert(planCheckIns)
            .values({ id: checkInId, planId, ownerId: request.ownerId, data: checkIn, createdAt: now });
          await tx.update(plans).set({ data: replanned, updatedAt: now }).where(eq(plans.id, planId));
          return replanned;
        });
        reply.status(201);
        return {
          id: checkInId,
          plan: next,
          replanning: next.replannings.at(-1) as Plan["replannings"][number],
        };
      },
    );
  };
}
