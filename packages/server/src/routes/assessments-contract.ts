/**
 * @module Assessment contract: the zod shapes of the adaptive diagnostic's requests and responses,
 * for validation and the OpenAPI document. Response schemas are the last guard against leaking the
 * key: the serializer drops any field a schema does not list, so QuestionSchema names exactly what
 * a person may see before answering.
 */
import { ITEM_FORMATS, SKILL_IDS } from "@certpath/core";
import { z } from "zod";

export const MAX_TARGETS = 5;
/** The engine's default is 40; a caller may ask for a shorter assessment, never a longer one. */
export const MAX_ASSESSMENT_ITEMS = 40;

const selfRatings = z.record(z.string(), z.number().int().min(0).max(4)).superRefine((ratings, ctx) => {
  for (const key of Object.keys(ratings)) {
    if (!(SKILL_IDS as readonly string[]).includes(key)) {
      ctx.addIssue({ code: "custom", path: [key], message: `unknown skill id "${key}"` });
    }
  }
});

export const StartAssessmentBodySchema = z.strictObject({
  targets: z.array(z.string().min(1).max(100)).max(MAX_TARGETS).optional(),
  selfRatings: selfRatings.optional(),
  seed: z.number().int().min(0).max(0xffffffff).optional(),
  maxItems: z.number().int().min(1).max(MAX_ASSESSMENT_ITEMS).optional(),
});

export const AnswerBodySchema = z.strictObject({
  itemId: z.string().min(1).max(100),
  response: z.union([z.array(z.string().min(1).max(20)).max(10), z.number().finite()], {
    message: "must be a list of option ids or a number",
  }),
});

export const IdParams = z.object({ id: z.string().min(1).max(100) });
export const ErrorSchema = z.object({ error: z.string(), message: z.string() });

const FinishReasonSchema = z.enum(["max-items", "precision", "decision", "exhausted", "stopped"]);
const StatusSchema = z.enum(["in-progress", "finished"]);

export const ProgressSchema = z.object({
  answered: z.number().int(),
  remaining: z.number().int(),
  maxRemaining: z.number().int(),
  maxItems: z.number().int(),
});

export const QuestionSchema = z.object({
  itemId: z.string(),
  format: z.enum(ITEM_FORMATS),
  stem: z.string(),
  code: z.string().optional(),
  language: z.string().optional(),
  options: z.array(z.object({ id: z.string(), text: z.string() })).optional(),
  multiple: z.boolean(),
  skill: z.object({ id: z.string(), name: z.string() }),
});

export const AssessmentSchema = z.object({
  id: z.string(),
  status: StatusSchema,
  createdAt: z.string(),
  seed: z.number().int(),
  targets: z.array(z.object({ id: z.string(), name: z.string() })),
  skills: z.array(z.object({ id: z.string(), name: z.string() })),
  progress: ProgressSchema,
});

export const NextSchema = z.object({
  id: z.string(),
  status: StatusSchema,
  finishedReason: FinishReasonSchema.nullable(),
  question: QuestionSchema.nullable(),
  progress: ProgressSchema,
});

export const AnswerResultSchema = z.object({
  itemId: z.string(),
  correct: z.boolean(),
  explanation: z.string(),
  correctOptions: z.array(z.string()).optional(),
  correctValue: z.object({ value: z.number(), tolerance: z.number() }).optional(),
  references: z.array(z.object({ title: z.string(), url: z.string().optional() })).optional(),
  next: z.object({
    status: StatusSchema,
    finishedReason: FinishReasonSchema.nullable(),
    progress: ProgressSchema,
  }),
});

const Interval = z.object({ low: z.number(), high: z.number() });
const Verdict = z.enum(["ready", "not-ready", "undecided"]);

export const ResultSchema = z.object({
  id: z.string(),
  status: StatusSchema,
  finishedReason: FinishReasonSchema.nullable(),
  finishedAt: z.string().nullable(),
  answered: z.number().int(),
  correct: z.number().int(),
  intervalLevel: z.number(),
  skills: z.array(
    z.object({
      skill: z.string(),
      name: z.string(),
      theta: z.number(),
      se: z.number(),
      interval: Interval,
      level: z.number().int(),
      answered: z.number().int(),
      correct: z.number().int(),
    }),
  ),
  targets: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      level: z.string(),
      cut: z.number(),
      skills: z.array(z.string()),
      probabilityReady: z.number(),
      decision: Verdict,
      domains: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          weight: z.number(),
          theta: z.number(),
          se: z.number(),
          cut: z.number(),
          probabilityReady: z.number(),
          decision: Verdict,
        }),
      ),
    }),
  ),
  studyFirst: z.array(
    z.object({
      skill: z.string(),
      name: z.string(),
      theta: z.number(),
      needed: z.number(),
      reason: z.string(),
    }),
  ),
});
