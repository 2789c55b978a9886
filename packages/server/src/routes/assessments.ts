/**
 * @module Assessment routes: the adaptive skills diagnostic, one question at a time.
 *
 *   POST /api/assessments               body { targets?, selfRatings?, seed?, maxItems? } → 201 the assessment
 *   GET  /api/assessments/:id/next      the current question (without its key) and progress
 *   POST /api/assessments/:id/answers   body { itemId, response } → correct, explanation, next step
 *   POST /api/assessments/:id/finish    stop now; stores the abilities in the profile → the result
 *   GET  /api/assessments/:id/result    abilities, readiness per target domain, what to study first
 *
 * The state lives only in the database (servers stay stateless); the item bank is prepared once
 * when the routes are built. Every request that changes an assessment runs in one transaction with
 * the row locked (FOR UPDATE), so concurrent answers to one assessment serialise on PostgreSQL
 * (PGlite has a single connection). Finishing writes the profile's `assessment.abilities` in the
 * same transaction. The owner is "local" until accounts exist (see plans.ts).
 *
 * Answering is rate-limited per (owner, client address) in the database, shared by every server
 * (http/answer-rate-limit.ts): over the limit it is a 429 with Retry-After.
 */
import { randomInt, randomUUID } from "node:crypto";
import type { Content } from "@certpath/content";
import { and, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { latestItemParameters } from "../calibration/calibrate-bank";
import { type Clock, systemClock } from "../clock";
import { ProfileSchema } from "../contracts/profile";
import type { Database, DatabaseHandle } from "../db/database";
import { assessments, profiles } from "../db/schema";
import { type AnswerRateLimitOptions, createAnswerRateLimiter } from "../http/answer-rate-limit";
import { HttpError } from "../http/errors";
import { type AssessmentBank, buildAssessmentBank, feedbackFor, publicQuestion } from "./assessments-bank";
import {
  AnswerBodySchema,
  AnswerResultSchema,
  AssessmentSchema,
  ErrorSchema,
  IdParams,
  NextSchema,
  ResultSchema,
  StartAssessmentBodySchema,
} from "./assessments-contract";
import { progressOf } from "./assessments-progress";
import { assessmentResult, profileAbilities } from "./assessments-result";
import {
  type AssessmentState,
  answerItem,
  finishAssessment,
  nextStep,
  startAssessment,
} from "./assessments-session";

export interface AssessmentRouteOptions {
  database: DatabaseHandle;
  content: Content;
  clock?: Clock | undefined;
  /** Answers per (owner, client address) and window; see http/answer-rate-limit.ts. */
  answerRateLimit: AnswerRateLimitOptions;
}

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
type AssessmentRow = typeof assessments.$inferSelect;

export function assessmentRoutes(options: AssessmentRouteOptions): FastifyPluginAsyncZod {
  const { content } = options;
  const db = options.database.db;
  const clock = options.clock ?? systemClock;
  // Built once when the routes register (below, before any route can run): the latest
  // calibration's parameters where it has them, provisional ones elsewhere, and the rankings.
  let bank!: AssessmentBank;
  const skillName = (id: string) => content.skills.find((s) => s.id === id)?.name ?? id;
  const certName = (id: string) => content.certifications.find((c) => c.id === id)?.name ?? id;

  const notFound = (id: string) => new HttpError(404, "not_found", `No assessment "${id}".`);
  const progress = (state: AssessmentState) =>
    progressOf(state.session, bank.skills, state.finished !== null);
  const status = (state: AssessmentState): "finished" | "in-progress" =>
    state.finished ? "finished" : "in-progress";

  /** Reads and locks the row for the rest of the transaction. */
  const lockRow = async (tx: Transaction, id: string, ownerId: string): Promise<AssessmentRow> => {
    // Someone else's assessment id answers 404, like one that does not exist.
    const [row] = await tx
      .select()
      .from(assessments)
      .where(and(eq(assessments.id, id), eq(assessments.ownerId, ownerId)))
      .for("update");
    if (!row) throw notFound(id);
    return row;
  };

  /** Adds the measured abilities to the profile; other skills' earlier results are kept. */
  const storeAbilities = async (tx: Transaction, ownerId: string, state: AssessmentState, now: Date) => {
    const [row] = await tx.select().from(profiles).where(eq(profiles.ownerId, ownerId)).for("update");
    const profile = row ? ProfileSchema.parse(row.data) : {};
    const data = {
      ...profile,
      assessment: { abilities: { ...profile.assessment?.abilities, ...profileAbilities(state) } },
    };
    await tx
      .insert(profiles)
      .values({ ownerId, data, updatedAt: now })
      .onConflictDoUpdate({ target: profiles.ownerId, set: { data, updatedAt: now } });
  };

  /** Writes the new state; the step that finishes the assessment also stores it in the profile. */
  const save = async (tx: Transaction, row: AssessmentRow, state: AssessmentState): Promise<Date | null> => {
    const now = clock();
    const finishing = state.finished !== null && row.finishedAt === null;
    const finishedAt = finishing ? now : row.finishedAt;
    await tx.update(assessments).set({ state, updatedAt: now, finishedAt }).where(eq(assessments.id, row.id));
    if (finishing) await storeAbilities(tx, row.ownerId, state, now);
    return finishedAt;
  };

  const resultBody = (id: string, state: AssessmentState, finishedAt: Date | null) => ({
    id,
    finishedAt: finishedAt?.toISOString() ?? null,
    ...assessmentResult(state, content.skills, content.certifications),
  });

  return async (app) => {
    bank = buildAssessmentBank(content.items, await latestItemParameters(db));
    const answerLimiter = createAnswerRateLimiter(db, options.answerRateLimit, (error) =>
      app.log.warn({ err: error }, "pruning answer rate limits failed"),
    );
    app.addHook("onClose", async () => answerLimiter.settle());
    app.addHook("preHandler", app.resolveOwner);
    app.post(
      "/api/assessments",
      {
        schema: {
          tags: ["assessments"],
          summary: "Start an adaptive diagnostic, optionally aimed at target certifications",
          body: StartAssessmentBodySchema,
          response: { 201: AssessmentSchema, 400: ErrorSchema },
        },
      },
      async (request, reply) => {
        const state = startAssessment(request.body, bank, content.certifications, () => randomInt(2 ** 32));
        const now = clock();
        const id = randomUUID();
        await db.insert(assessments).values({
          id,
          ownerId: request.ownerId,
          state,
          createdAt: now,
          updatedAt: now,
          finishedAt: null,
        });
        reply.status(201);
        return {
          id,
          status: status(state),
          createdAt: now.toISOString(),
          seed: state.seed,
          targets: state.targetIds.map((t) => ({ id: t, name: certName(t) })),
          skills: state.session.skills.map((s) => ({ id: s, name: skillName(s) })),
          progress: progress(state),
        };
      },
    );

    app.get(
      "/api/assessments/:id/next",
      {
        schema: {
          tags: ["assessments"],
          summary: "The current question, without its key, and the progress (asking again returns it again)",
          params: IdParams,
          response: { 200: NextSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const { id } = request.params;
        return db.transaction(async (tx) => {
          const row = await lockRow(tx, id, request.ownerId);
          const step = nextStep(row.state as AssessmentState, bank);
          if (step.changed) await save(tx, row, step.state);
          return {
            id,
            status: status(step.state),
            finishedReason: step.state.finished?.reason ?? null,
            question: step.kind === "question" ? publicQuestion(step.item, skillName(step.item.skill)) : null,
            progress: progress(step.state),
          };
        });
      },
    );

    app.post(
      "/api/assessments/:id/answers",
      {
        schema: {
          tags: ["assessments"],
          summary:
            "Answer the current question: scored on the server, with the explanation and the next step",
          params: IdParams,
          body: AnswerBodySchema,
          response: {
            200: AnswerResultSchema,
            400: ErrorSchema,
            404: ErrorSchema,
            409: ErrorSchema,
            429: ErrorSchema,
          },
        },
      },
      async (request) => {
        const { id } = request.params;
        const { itemId, response } = request.body;
        // Counted before the assessment is looked up: guessing ids costs budget too.
        await answerLimiter.check(request);
        return db.transaction(async (tx) => {
          const row = await lockRow(tx, id, request.ownerId);
          const answered = answerItem(row.state as AssessmentState, bank, itemId, response);
          await save(tx, row, answered.state);
          return {
            ...feedbackFor(answered.item, answered.correct),
            next: {
              status: status(answered.state),
              finishedReason: answered.state.finished?.reason ?? null,
              progress: progress(answered.state),
            },
          };
        });
      },
    );

    app.post(
      "/api/assessments/:id/finish",
      {
        schema: {
          tags: ["assessments"],
          summary: "Stop now and store the abilities in the profile (finishing twice is harmless)",
          params: IdParams,
          response: { 200: ResultSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const { id } = request.params;
        return db.transaction(async (tx) => {
          const row = await lockRow(tx, id, request.ownerId);
          const current = row.state as AssessmentState;
          if (current.finished) return resultBody(id, current, row.finishedAt);
          const state = finishAssessment(current);
          return resultBody(id, state, await save(tx, row, state));
        });
      },
    );

    app.get(
      "/api/assessments/:id/result",
      {
        schema: {
          tags: ["assessments"],
          summary: "Abilities per skill with intervals, readiness per target domain, and what to study first",
          params: IdParams,
          response: { 200: ResultSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const { id } = request.params;
        const [row] = await db
          .select()
          .from(assessments)
          .where(and(eq(assessments.id, id), eq(assessments.ownerId, request.ownerId)));
        if (!row) throw notFound(id);
        return resultBody(id, row.state as AssessmentState, row.finishedAt);
      },
    );
  };
}
