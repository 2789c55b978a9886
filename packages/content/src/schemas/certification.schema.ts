/**
 * @module Certification file schema (data/certifications/<id>.yaml). Shape only; references between
 * records (successors, skill ids, source ids) are checked by the catalog loader.
 */
import {
  CERTIFICATION_LEVELS,
  CERTIFICATION_STATUSES,
  type Certification,
  CONFIDENCE_LEVELS,
  EMPHASIS_LEVELS,
  PLATFORMS,
  PROVIDERS,
  RENEWAL_METHODS,
  ROLES,
  SKILL_IDS,
} from "@certpath/core";
import { z } from "zod";
import { IsoDateSchema, KebabIdSchema, NonEmptyText } from "./common";

const SourceIds = z.array(z.string().min(1)).min(1, "every fact group needs at least one source");
const Level = z.enum(EMPHASIS_LEVELS);

const WeightRangeSchema = z
  .strictObject({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) })
  .refine((w) => w.min <= w.max, { message: "min must not exceed max" });

const SkillMapSchema = z
  .partialRecord(z.enum(SKILL_IDS), z.number().int().min(1).max(100))
  .refine((map) => Object.keys(map).length > 0, { message: "a domain maps to at least one skill" })
  .refine((map) => Object.values(map).reduce((sum: number, w) => sum + (w ?? 0), 0) === 100, {
    message: "skill weights of a domain must sum to 100",
  });

export const BlueprintDomainSchema = z.strictObject({
  id: KebabIdSchema,
  name: NonEmptyText,
  weight: WeightRangeSchema,
  skills: SkillMapSchema,
});

export const SourceSchema = z.strictObject({
  id: z.string().min(1),
  url: z.url({ message: "must be an absolute URL" }),
  date: IsoDateSchema,
  kind: NonEmptyText,
  note: z.string().nullish(),
});

export const CertificationSchema = z.strictObject({
  id: KebabIdSchema,
  name: NonEmptyText,
  abbreviation: z.string().nullable(),
  provider: z.enum(PROVIDERS),
  providerName: NonEmptyText,
  examCodes: z.array(NonEmptyText),
  level: z.enum(CERTIFICATION_LEVELS),
  status: z.strictObject({
    value: z.enum(CERTIFICATION_STATUSES),
    asOf: IsoDateSchema,
    detail: NonEmptyText,
    retiringOn: IsoDateSchema.nullable(),
    retiredOn: IsoDateSchema.nullable(),
    successors: z.array(KebabIdSchema),
    sources: SourceIds,
  }),
  format: z.strictObject({
    questions: z
      .strictObject({ min: z.number().int().positive(), max: z.number().int().positive() })
      .refine((q) => q.min <= q.max, { message: "min must not exceed max" })
      .nullable(),
    minutes: z.number().int().positive().nullable(),
    questionTypes: z.array(KebabIdSchema),
    handsOn: z.boolean(),
    delivery: z.array(NonEmptyText),
    languages: z.array(NonEmptyText),
    notes: z.string().nullable(),
    sources: SourceIds,
  }),
  price: z.strictObject({
    amountUsd: z.number().nonnegative().nullable(),
    notes: z.string().nullable(),
    sources: SourceIds,
  }),
  passingScore: z.strictObject({
    published: z.boolean(),
    value: z.number().nullable(),
    scale: z.number().nullable(),
    text: NonEmptyText,
    sources: SourceIds,
  }),
  validity: z.strictObject({
    years: z.number().positive().nullable(),
    renewal: z.strictObject({
      method: z.enum(RENEWAL_METHODS),
      windowDaysBeforeExpiry: z.number().int().nonnegative().nullable(),
      graceDaysAfterExpiry: z.number().int().nonnegative().nullable(),
      costUsd: z.number().nonnegative().nullable(),
      text: NonEmptyText,
    }),
    sources: SourceIds,
  }),
  experience: z.strictObject({
    industryYears: z.number().nonnegative().nullable(),
    platformYears: z.number().nonnegative().nullable(),
    platform: z.enum(PLATFORMS).nullable(),
    prerequisites: z.array(KebabIdSchema),
    text: NonEmptyText,
    sources: SourceIds,
  }),
  emphasis: z.strictObject({
    classical: Level,
    deepLearning: Level,
    mlops: Level,
    generativeAi: Level,
    responsibleAi: Level,
    platform: z.enum([...PLATFORMS, "none"]),
    audience: z.array(z.enum(ROLES)),
    basis: NonEmptyText,
  }),
  blueprint: z.strictObject({
    version: NonEmptyText,
    effectiveFrom: IsoDateSchema.nullable(),
    confidence: z.enum(CONFIDENCE_LEVELS),
    weightsApproximate: z.boolean(),
    note: z.string().nullable(),
    domains: z.array(BlueprintDomainSchema).min(1, "a blueprint has at least one domain"),
    sources: SourceIds,
  }),
  previousBlueprints: z.array(
    z.strictObject({
      version: NonEmptyText,
      domains: z.array(z.strictObject({ id: KebabIdSchema, name: NonEmptyText, weight: WeightRangeSchema })),
    }),
  ),
  prep: z.array(z.strictObject({ title: NonEmptyText, url: z.url().nullable() })),
  confidence: z.enum(CONFIDENCE_LEVELS),
  verifiedAt: IsoDateSchema,
  sources: z.array(SourceSchema).min(1),
  conflicts: z.array(z.string()),
  unconfirmed: z.array(z.string()),
});

// The file format and core's domain type must not drift apart.
type Parsed = z.infer<typeof CertificationSchema>;
const _parsedIsCertification: (value: Parsed) => Certification = (value) => value;
void _parsedIsCertification;
