/**
 * @module Certification: one exam-backed credential as the catalog records it. Every fact group
 * names its sources (ids into `sources`), and the record says when it was last verified.
 */
import type { SkillId } from "../skills/skill-ids";

export const CERTIFICATION_STATUSES = ["active", "retiring", "retired", "program-closed"] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

export const CERTIFICATION_LEVELS = ["foundational", "associate", "professional", "specialty"] as const;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];

export const PROVIDERS = [
  "aws",
  "microsoft",
  "google-cloud",
  "google",
  "databricks",
  "nvidia",
  "certnexus",
  "iapp",
] as const;
export type Provider = (typeof PROVIDERS)[number];

export const PLATFORMS = ["aws", "azure", "gcp", "databricks", "nvidia"] as const;
export type Platform = (typeof PLATFORMS)[number];

export const EMPHASIS_LEVELS = ["low", "medium", "high"] as const;
export type EmphasisLevel = (typeof EMPHASIS_LEVELS)[number];

export const CONFIDENCE_LEVELS = ["low", "medium", "high"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const RENEWAL_METHODS = [
  "retake",
  "free-online-assessment",
  "continuing-education",
  "retake-or-higher-exam",
  "none",
  "unknown",
] as const;
export type RenewalMethod = (typeof RENEWAL_METHODS)[number];

export const ROLES = [
  "student",
  "analyst",
  "software-engineer",
  "data-engineer",
  "data-scientist",
  "ml-engineer",
  "solution-architect",
  "manager",
  "other",
] as const;
export type Role = (typeof ROLES)[number];

/** ISO calendar date, YYYY-MM-DD. Dates are calendar days, not instants: no time zone applies. */
export type IsoDate = string;

export interface Source {
  id: string;
  url: string;
  /** Published date, or the date it was seen when undated (the note says which). */
  date: IsoDate;
  kind: string;
  note?: string | null | undefined;
}

export interface WeightRange {
  min: number;
  max: number;
}

export interface BlueprintDomain {
  id: string;
  name: string;
  /** Share of the exam, in percent. */
  weight: WeightRange;
  /** Blueprint → skills map: skill id → share of the domain in percent (sums to 100). */
  skills: Partial<Record<SkillId, number>>;
}

export interface Blueprint {
  version: string;
  effectiveFrom: IsoDate | null;
  confidence: Confidence;
  /** The official weights carry "~" (they may not sum to exactly 100). */
  weightsApproximate: boolean;
  note: string | null;
  domains: BlueprintDomain[];
  sources: string[];
}

export interface PreviousBlueprint {
  version: string;
  domains: Array<{ id: string; name: string; weight: WeightRange }>;
}

export interface Renewal {
  method: RenewalMethod;
  windowDaysBeforeExpiry: number | null;
  graceDaysAfterExpiry: number | null;
  costUsd: number | null;
  text: string;
}

export interface Certification {
  id: string;
  name: string;
  abbreviation: string | null;
  provider: Provider;
  providerName: string;
  examCodes: string[];
  level: CertificationLevel;
  status: {
    value: CertificationStatus;
    asOf: IsoDate;
    detail: string;
    retiringOn: IsoDate | null;
    retiredOn: IsoDate | null;
    successors: string[];
    sources: string[];
  };
  format: {
    questions: { min: number; max: number } | null;
    minutes: number | null;
    questionTypes: string[];
    handsOn: boolean;
    delivery: string[];
    languages: string[];
    notes: string | null;
    sources: string[];
  };
  price: { amountUsd: number | null; notes: string | null; sources: string[] };
  passingScore: {
    published: boolean;
    value: number | null;
    scale: number | null;
    text: string;
    sources: string[];
  };
  validity: { years: number | null; renewal: Renewal; sources: string[] };
  experience: {
    industryYears: number | null;
    platformYears: number | null;
    platform: Platform | null;
    prerequisites: string[];
    text: string;
    sources: string[];
  };
  emphasis: {
    classical: EmphasisLevel;
    deepLearning: EmphasisLevel;
    mlops: EmphasisLevel;
    generativeAi: EmphasisLevel;
    responsibleAi: EmphasisLevel;
    platform: Platform | "none";
    audience: Role[];
    basis: string;
  };
  blueprint: Blueprint;
  previousBlueprints: PreviousBlueprint[];
  prep: Array<{ title: string; url: string | null }>;
  confidence: Confidence;
  verifiedAt: IsoDate;
  sources: Source[];
  conflicts: string[];
  unconfirmed: string[];
}

/** Whether a person can still sit the exam (book it) as the record stands. */
export function isBookable(certification: Certification): boolean {
  return certification.status.value === "active" || certification.status.value === "retiring";
}
