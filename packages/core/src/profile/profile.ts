/**
 * @module Profile: what a person tells us about themselves. Every field is optional; algorithms say
 * "not enough evidence" rather than guess. The HTTP and CLI surfaces validate this shape with zod.
 */
import type { IsoDate, Role } from "../catalog/certification";
import type { SkillId, SkillLevel } from "../skills/skill-ids";

export const PROFILE_PLATFORMS = ["aws", "azure", "gcp", "databricks"] as const;
export type ProfilePlatform = (typeof PROFILE_PLATFORMS)[number];

export const FOCUSES = ["classical", "deep-learning", "both", "mlops", "generative-ai"] as const;
export type Focus = (typeof FOCUSES)[number];

export interface Profile {
  /** Years in any technical role. */
  experienceYears?: number | undefined;
  /** Years doing ML work. */
  mlExperienceYears?: number | undefined;
  currentRole?: Role | undefined;
  targetRole?: Role | undefined;
  /** Clouds used at work and for how long; [] = none yet. */
  clouds?: Array<{ platform: ProfilePlatform; years: number }> | undefined;
  focus?: Focus | undefined;
  /** Self-ratings 0–4 by skill id; a missing skill is unknown. */
  skills?: Partial<Record<SkillId, SkillLevel>> | undefined;
  /** A diagnostic result: ability and standard error per skill, on the shared theta scale. */
  assessment?: { abilities: Partial<Record<SkillId, { theta: number; se: number }>> } | null | undefined;
  hoursPerWeek?: number | undefined;
  budgetUsd?: number | undefined;
  targetDate?: IsoDate | undefined;
  industry?: string | undefined;
  region?: string | undefined;
}
