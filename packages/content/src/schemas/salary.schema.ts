/**
 * @module Salary table schema (data/salaries/<region>.yaml) and the certification-effect note
 * (data/salaries/certification-effect.yaml). Every band says whether it is base pay or total
 * compensation, which data period it describes, and where it comes from.
 */
import { z } from "zod";
import { IsoDateSchema, KebabIdSchema, NonEmptyText } from "./common";

export const SALARY_LEVELS = ["entry", "mid", "senior", "all"] as const;
/** national-wages: official wage statistics; tech-total-comp: self-reported tech-company pay;
 * advertised: salaries in job ads (offers, not pay received). */
export const SALARY_BANDS = ["national-wages", "tech-total-comp", "advertised"] as const;
export const PAY_BASES = ["base", "total"] as const;

const SourceSchema = z.strictObject({
  name: NonEmptyText,
  url: z.url({ message: "must be an absolute URL" }),
  /** As the source states it: a date, a month or a year; null when undated. */
  published: z.string().nullable(),
});

export const SalaryBandSchema = z
  .strictObject({
    id: KebabIdSchema,
    level: z.enum(SALARY_LEVELS),
    band: z.enum(SALARY_BANDS),
    pay: z.enum(PAY_BASES),
    occupation: NonEmptyText,
    unit: z.enum(["year", "month", "hour", "day"]),
    low: z.number().positive().nullable(),
    median: z.number().positive().nullable(),
    high: z.number().positive().nullable(),
    /** How a level maps onto the source's figures (e.g. "10th–25th percentile"). */
    basis: NonEmptyText,
    dataPeriod: NonEmptyText,
    year: z.number().int().min(2015).max(2100),
    confidence: z.enum(["low", "medium", "high"]),
    source: SourceSchema,
    note: z.string().nullable(),
  })
  .refine((b) => b.low !== null || b.median !== null || b.high !== null, {
    message: "a band needs at least one of low, median, high",
  })
  .refine((b) => b.low === null || b.high === null || b.low <= b.high, {
    message: "low must not exceed high",
  });

export const SalaryRegionSchema = z.strictObject({
  region: KebabIdSchema,
  name: NonEmptyText,
  currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code"),
  asOf: IsoDateSchema,
  caveats: z.array(NonEmptyText),
  bands: z.array(SalaryBandSchema).min(1),
});

export const CertificationEffectSchema = z.strictObject({
  asOf: IsoDateSchema,
  statement: NonEmptyText,
  evidence: z
    .array(
      z.strictObject({
        finding: NonEmptyText,
        dataPeriod: NonEmptyText,
        confidence: z.enum(["low", "medium", "high"]),
        source: SourceSchema,
      }),
    )
    .min(1),
});

export type SalaryBand = z.infer<typeof SalaryBandSchema>;
export type SalaryRegion = z.infer<typeof SalaryRegionSchema>;
export type CertificationEffect = z.infer<typeof CertificationEffectSchema>;
