/**
 * @module Skill evidence for recommendation: what we believe about each skill, from a profile. A
 * diagnostic result wins over a self-rating for the same skill (it is measured, the rating is
 * reported); a skill with neither has no evidence, and readiness says so instead of guessing.
 */
import type { Profile, ProfilePlatform } from "../profile/profile";
import { estimateFromSelfRating, type SkillEstimate, UNKNOWN_ESTIMATE } from "../skills/skill-estimate";
import { isSkillId, SKILL_IDS, type SkillId } from "../skills/skill-ids";

/** Per-skill beliefs; a missing key means no evidence at all. */
export type SkillEvidence = ReadonlyMap<SkillId, SkillEstimate>;

/**
 * Correlation between the errors of two self-ratings by the same person. Self-assessment error has
 * a person-level part (general over- or under-confidence; Kruger & Dunning, 1999; Zell & Krizan,
 * 2014 find self-ratings track ability only moderately and in a consistent direction per person),
 * so averaging several self-ratings does not cancel their errors the way independent evidence
 * would. 0.5 splits the error evenly between that shared part and a per-skill part. Diagnostic
 * errors come from separate items per skill and are treated as independent.
 */
export const SELF_RATING_CORRELATION = 0.5;

/** The evidence in a profile: diagnostic ability where present, else the self-rating. */
export function evidenceFromProfile(profile: Profile): SkillEvidence {
  const evidence = new Map<SkillId, SkillEstimate>();
  for (const skill of SKILL_IDS) {
    const rating = profile.skills?.[skill];
    if (rating !== undefined) evidence.set(skill, estimateFromSelfRating(rating));
  }
  const abilities = profile.assessment?.abilities ?? {};
  for (const [skill, ability] of Object.entries(abilities)) {
    if (!ability || !isSkillId(skill)) continue;
    if (!Number.isFinite(ability.theta) || !(ability.se > 0)) continue;
    evidence.set(skill, { theta: ability.theta, se: ability.se, source: "diagnostic" });
  }
  return evidence;
}

/** What to assume for a skill with no evidence; a missing key means the population prior N(0, 1). */
export type SkillPriors = ReadonlyMap<SkillId, SkillEstimate>;

const PLATFORM_SKILL: Record<ProfilePlatform, SkillId> = {
  aws: "cloud-aws",
  azure: "cloud-azure",
  gcp: "cloud-gcp",
  databricks: "databricks",
};

/** A work-history prior is looser than a self-rating: years say little about depth. */
export const WORK_HISTORY_SE = 0.8;

/**
 * Prior ability on a platform from years of work on it:
 *   not used: -1 (level 1, aware);  y years: -0.5 + min(y, 1) + 0.25 * (min(y, 3) - 1)+
 * so a year of daily use reaches the associate standard (0.5; vendors ask for one year before an
 * associate exam) and three years the professional one (1.0). Non-decreasing in years.
 */
export function thetaFromPlatformYears(years: number | undefined): number {
  if (years === undefined) return -1;
  return -0.5 + Math.min(years, 1) + 0.25 * Math.max(0, Math.min(years, 3) - 1);
}

/**
 * Priors for skills without evidence. The platform skills (cloud-aws, cloud-azure, cloud-gcp,
 * databricks) follow the profile's work history when it lists its clouds; everything else keeps
 * the population prior. Priors fill gaps in estimates and study hours; they never count as
 * evidence, so a domain resting on them still says "not enough evidence".
 */
export function priorsFromProfile(profile: Profile): SkillPriors {
  const priors = new Map<SkillId, SkillEstimate>();
  if (profile.clouds === undefined) return priors;
  const years = new Map<ProfilePlatform, number>();
  for (const { platform, years: y } of profile.clouds)
    years.set(platform, Math.max(years.get(platform) ?? 0, y));
  for (const [platform, skill] of Object.entries(PLATFORM_SKILL) as Array<[ProfilePlatform, SkillId]>) {
    priors.set(skill, {
      theta: thetaFromPlatformYears(years.get(platform)),
      se: WORK_HISTORY_SE,
      source: "prior",
    });
  }
  return priors;
}

/** The belief used for a skill: evidence, else its prior, else the population prior. */
export function beliefFor(
  skill: SkillId,
  evidence: SkillEvidence,
  priors: SkillPriors | undefined,
): SkillEstimate {
  return evidence.get(skill) ?? priors?.get(skill) ?? UNKNOWN_ESTIMATE;
}
