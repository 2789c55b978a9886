/**
 * @module Hours to ready: how long closing the gaps to a comfortable pass takes, from the same
 * domain abilities readiness uses.
 *
 *   hours = EXAM_REVIEW_HOURS[level] + sum_d W_d * max(0, (c + TARGET_MARGIN) - mu_d) * HOURS_PER_THETA[level]
 *
 * mu_d uses the prior where there is no evidence (an average preparer, or the work-history prior
 * for platform skills), and the answer says so. Target = the cut plus half a level: there, a domain's expected share right is about 82% and a
 * whole exam at that level passes with ~95% probability. More skill never adds hours.
 */
import type { Certification, CertificationLevel } from "../catalog/certification";
import type { SkillEvidence, SkillPriors } from "./evidence";
import { CUT_BY_LEVEL, domainAbility, domainShares } from "./readiness";

/** Half a level above the standard: a comfortable, not a borderline, pass. */
export const TARGET_MARGIN = 0.5;

/**
 * Hours to move one theta unit (one level band) across a whole blueprint. Anchors: vendors' own
 * prep plans — AWS Skill Builder plans of ~15–30 h for AIF-C01, Microsoft Learn paths of 20–40 h
 * for an associate exam's content, Google's PMLE learning path of several courses with labs — sized
 * for someone one band below. Bigger blueprints at higher levels take longer.
 */
export const HOURS_PER_THETA: Readonly<Record<CertificationLevel, number>> = {
  foundational: 30,
  associate: 60,
  professional: 80,
  specialty: 80,
};

/** Exam-format practice and review that even a ready person needs. */
export const EXAM_REVIEW_HOURS: Readonly<Record<CertificationLevel, number>> = {
  foundational: 8,
  associate: 15,
  professional: 25,
  specialty: 25,
};

export interface StudyEstimate {
  hours: number;
  /** Share of the exam's weight that rests on evidence (the rest assumes an average preparer). */
  evidence: number;
}

export function hoursToReady(
  certification: Certification,
  evidence: SkillEvidence,
  priors?: SkillPriors,
): StudyEstimate {
  const level = certification.level;
  const target = CUT_BY_LEVEL[level] + TARGET_MARGIN;
  const shares = domainShares(certification);
  let gap = 0;
  let covered = 0;
  certification.blueprint.domains.forEach((domain, index) => {
    const ability = domainAbility(domain.skills, evidence, priors);
    const w = shares[index] as number;
    gap += w * Math.max(0, target - ability.mu);
    covered += w * ability.evidence;
  });
  return { hours: Math.round(EXAM_REVIEW_HOURS[level] + gap * HOURS_PER_THETA[level]), evidence: covered };
}
