/**
 * @module Effort model: study hours per stage from the gap between where a person is and where the
 * exam needs them (on the shared theta scale) and the domain's blueprint weight.
 *
 * It is the recommendation's hours-to-ready model (recommend/study-hours.ts) split by stage, so the
 * plan and the recommendation never disagree on how long an exam takes:
 *   domain d:   W_d · max(0, target − mu_d) · HOURS_PER_THETA[level] + W_d · familiarisation
 *   target:     CUT_BY_LEVEL[level] + TARGET_MARGIN (a comfortable pass, not a borderline one)
 *   practice:   full-length practice exams, taken from the same EXAM_REVIEW_HOURS[level] allowance; the
 *               rest of that allowance is familiarisation, spread over the domains by weight
 * plus foundation stages (this module's own constants) for the foundations the exam needs.
 * Every constant is argued in docs/algorithms/planning.md; the person can override any estimate,
 * and check-ins re-plan from what they actually do.
 */
import type { Certification, CertificationLevel } from "../catalog/certification";
import type { Profile } from "../profile/profile";
import { evidenceFromProfile, type SkillEvidence } from "../recommend/evidence";
import { CUT_BY_LEVEL } from "../recommend/readiness";
import { EXAM_REVIEW_HOURS, HOURS_PER_THETA, TARGET_MARGIN } from "../recommend/study-hours";
import { type SkillEstimate, thetaForLevel, UNKNOWN_ESTIMATE } from "../skills/skill-estimate";
import type { SkillId, SkillLevel } from "../skills/skill-ids";

/**
 * Hours to move one theta unit (one level band) in a foundation, by skill. A first university
 * module in one of these is on the order of 100–150 hours and takes a student from "aware" to
 * "independent" (two bands), so 15–30 h per band for the parts an ML exam draws on is a deliberately
 * partial share; Python gets the most because every technical exam reads or runs it.
 */
export const FOUNDATION_HOURS_PER_THETA: Readonly<Record<string, number>> = {
  python: 30,
  "linear-algebra": 20,
  calculus: 15,
  probability: 15,
  statistics: 20,
};

/** Foundation gaps smaller than a quarter band are absorbed by the domain stages. */
export const FOUNDATION_MIN_GAP = 0.25;

/** Full-length practice exams before the exam: a baseline and a final check. */
export const PRACTICE_EXAMS = 2;

/** Taking a practice exam and then reviewing every answer takes about twice its length. */
export const PRACTICE_REVIEW_FACTOR = 2;

/** Exam length assumed when the catalog does not publish one. */
export const DEFAULT_EXAM_MINUTES = 120;

/** Stage estimates are rounded to half hours and never below one hour. */
export const HOURS_STEP = 0.5;
export const MIN_STAGE_HOURS = 1;

/** The evidence in a profile (a diagnostic wins over a self-rating), shared with recommendation. */
export function profileEvidence(profile: Profile): SkillEvidence {
  return evidenceFromProfile(profile);
}

/** One skill's belief; a skill with no evidence plans from the population prior N(0, 1). */
export function skillEstimateFor(evidence: SkillEvidence, skill: SkillId): SkillEstimate {
  return evidence.get(skill) ?? UNKNOWN_ESTIMATE;
}

/** Where the exam needs its blueprint skills: the cut plus a margin (recommend/readiness.ts). */
export function examTargetTheta(level: CertificationLevel): number {
  return CUT_BY_LEVEL[level] + TARGET_MARGIN;
}

/** A foundation is needed at the lower edge of the level the exam expects (recommend/foundations.ts). */
export function foundationTargetTheta(level: SkillLevel): number {
  return level === 0 ? Number.NEGATIVE_INFINITY : thetaForLevel(level);
}

/** Gap in theta units; never negative (being above the target needs no study). */
export function gapTo(target: number, theta: number): number {
  return Math.max(0, target - theta);
}

export function roundHours(hours: number): number {
  return Math.max(MIN_STAGE_HOURS, Math.round(hours / HOURS_STEP) * HOURS_STEP);
}

/** One practice exam: its length times PRACTICE_REVIEW_FACTOR. */
export function practiceExamHours(certification: Certification): number {
  const minutes = certification.format.minutes ?? DEFAULT_EXAM_MINUTES;
  return roundHours((minutes / 60) * PRACTICE_REVIEW_FACTOR);
}

/** The part of EXAM_REVIEW_HOURS[level] the practice exams do not use: exam scope and question style. */
export function familiarisationHours(certification: Certification): number {
  return Math.max(
    0,
    EXAM_REVIEW_HOURS[certification.level] - PRACTICE_EXAMS * practiceExamHours(certification),
  );
}

/**
 * Hours for one blueprint domain:
 *   W_d · max(0, target − mu_d) · HOURS_PER_THETA[level] + W_d · familiarisation
 * W_d is the domain's share of the exam (weight midpoints, normalised) and mu_d the weighted mean
 * ability over the domain's skills (the blueprint → skills map). Linear in the gap: each band of
 * the taxonomy is taken to cost the same — a simplification no source measures.
 */
export function domainHours(certification: Certification, weightShare: number, mu: number): number {
  const gap = gapTo(examTargetTheta(certification.level), mu);
  return roundHours(
    weightShare * (gap * HOURS_PER_THETA[certification.level] + familiarisationHours(certification)),
  );
}

/** Hours for one foundation: FOUNDATION_HOURS_PER_THETA[skill] · gap. */
export function foundationHours(skill: SkillId, gap: number): number {
  return roundHours((FOUNDATION_HOURS_PER_THETA[skill] ?? 20) * gap);
}

/** Midpoint of a blueprint weight range, percent. */
export function weightMidpoint(weight: { min: number; max: number }): number {
  return (weight.min + weight.max) / 2;
}
