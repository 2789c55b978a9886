/**
 * @module Plan contract: the zod shapes of a plan and of the plan requests, for validation and the
 * OpenAPI document. Strict request bodies: an unknown field is a 400 naming it.
 */
import { BLOCK_KINDS, SPECIALIZATIONS, STAGE_KINDS, WEEKDAYS } from "@certpath/core";
import { z } from "zod";
import { ProfileSchema } from "../contracts/profile";

const IsoDate = z.iso.date({ message: "must be a date as YYYY-MM-DD" });

const Resource = z.object({ title: z.string(), url: z.string().nullable() });
const BlockSchema = z.object({
  date: z.string(),
  stageId: z.string(),
  kind: z.enum(BLOCK_KINDS),
  title: z.string(),
  hours: z.number(),
});
const StageSchema = z.object({
  id: z.string(),
  kind: z.enum(STAGE_KINDS),
  title: z.string(),
  skills: z.array(z.string()),
  after: z.array(z.string()),
  weightPct: z.number().nullable(),
  gap: z.number(),
  estimatedHours: z.number(),
  hours: z.number(),
  overridden: z.boolean(),
  rationale: z.string(),
  resources: z.array(Resource),
  suggestion: z
    .object({
      certificationId: z.string(),
      name: z.string(),
      specialization: z.enum(SPECIALIZATIONS).nullable(),
      reason: z.string(),
    })
    .optional(),
});
const FeasibilityOptionSchema = z.object({
  kind: z.enum(["more-hours", "later-date", "other-certification"]),
  message: z.string(),
  hoursPerWeek: z.number().optional(),
  date: z.string().optional(),
  certificationId: z.string().optional(),
  name: z.string().optional(),
  examDate: z.string().optional(),
});
export const PlanSchema = z.object({
  schemaVersion: z.literal(1),
  certificationId: z.string(),
  certificationName: z.string(),
  createdOn: z.string(),
  constraints: z.object({
    hoursPerWeek: z.number(),
    weekdays: z.array(z.enum(WEEKDAYS)),
    startDate: z.string(),
    targetDate: z.string().nullable(),
    blackoutWeeks: z.array(z.string()),
    overrides: z.record(z.string(), z.number()),
  }),
  stages: z.array(StageSchema),
  weeks: z.array(
    z.object({ start: z.string(), hours: z.number(), blackout: z.boolean(), blocks: z.array(BlockSchema) }),
  ),
  examDate: z.string(),
  projectedExamDate: z.string(),
  feasibility: z.object({
    reachable: z.boolean().nullable(),
    message: z.string(),
    options: z.array(FeasibilityOptionSchema),
  }),
  totals: z.object({
    studyHours: z.number(),
    reviewHours: z.number(),
    practiceHours: z.number(),
    weeks: z.number(),
  }),
  projects: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      difficulty: z.string(),
      hours: z.number(),
      reason: z.string(),
    }),
  ),
  progress: z
    .object({
      asOf: z.string(),
      hoursPlannedToDate: z.number(),
      hoursDone: z.number(),
      behindByHours: z.number(),
      stagesFinished: z.array(z.string()),
      remainingHours: z.record(z.string(), z.number()),
    })
    .nullable(),
  replannings: z.array(
    z.object({
      on: z.string(),
      previousExamDate: z.string(),
      newExamDate: z.string(),
      extraHoursPerWeekToKeepDate: z.number().nullable(),
      message: z.string(),
    }),
  ),
});

export const CreatePlanBodySchema = z.strictObject({
  /** The person; the stored profile (PUT /api/profile) when absent. */
  profile: ProfileSchema.optional(),
  certificationId: z.string().min(1).max(100),
  hoursPerWeek: z.number().min(0.5).max(80).optional(),
  weekdays: z.array(z.enum(WEEKDAYS)).min(1, "name at least one day to study on").max(7).optional(),
  startDate: IsoDate.optional(),
  targetDate: IsoDate.nullable().optional(),
  blackoutWeeks: z.array(IsoDate).max(104).optional(),
  overrides: z.record(z.string().max(120), z.number().min(0).max(1000)).optional(),
});

export const CheckInBodySchema = z.strictObject({
  /** Defaults to today. */
  date: IsoDate.optional(),
  hoursDone: z.number().min(0).max(1000),
  stagesFinished: z.array(z.string().min(1).max(120)).max(100).default([]),
  practiceScores: z
    .array(
      z.strictObject({
        stageId: z.string().min(1).max(120).optional(),
        scorePct: z.number().min(0).max(100),
        domainScores: z.record(z.string().max(120), z.number().min(0).max(100)).optional(),
      }),
    )
    .max(10)
    .default([]),
  note: z.string().max(1000).optional(),
});
