/**
 * @module Foundations first. When Python or the math foundations are far below what every
 * candidate exam needs, no exam is the right next step: the answer says so at the top and lists
 * what to build first.
 *
 * What an exam needs (levels 0–4, catalog facts → rule):
 *   technical exam = not foundational, and at least one of classical / deep learning / MLOps
 *                    emphasis above low (AIGP-style governance exams are not technical)
 *   python           2 (reads code snippets) on technical exams, 3 when the exam is hands-on
 *   statistics,
 *   probability      2 on technical exams with classical or deep-learning emphasis medium or high
 *   linear algebra,
 *   calculus         2 with deep-learning emphasis high, 1 with medium
 *   any foundation the blueprint maps directly: at least 2
 *
 * "Far below" = the estimate sits a full level or more under the middle of the needed level
 * (theta <= (needed - 2) - 1). A skill with no evidence is never flagged: we do not guess.
 */
import type { Certification } from "../catalog/certification";
import { levelOfTheta } from "../skills/skill-estimate";
import type { SkillId, SkillLevel } from "../skills/skill-ids";
import type { SkillEvidence } from "./evidence";
import { shortName } from "./short-name";

export const EXAM_FOUNDATION_SKILLS = [
  "python",
  "statistics",
  "probability",
  "linear-algebra",
  "calculus",
] as const;
export type FoundationSkill = (typeof EXAM_FOUNDATION_SKILLS)[number];

export interface FoundationGap {
  skill: FoundationSkill;
  /** The person's level now (0–4), from the diagnostic or the self-rating. */
  current: SkillLevel;
  /** The level every candidate exam needs. */
  needed: SkillLevel;
  why: string;
}

const LABEL: Record<FoundationSkill, string> = {
  python: "Python",
  statistics: "statistics",
  probability: "probability",
  "linear-algebra": "linear algebra",
  calculus: "calculus",
};

const REASON: Record<FoundationSkill, string> = {
  python: "their questions contain Python to read, and their tools are driven from Python",
  statistics: "model evaluation, metrics and experiment design rest on it",
  probability: "loss functions, classifiers' scores and sampling rest on it",
  "linear-algebra": "embeddings, layers and attention are matrix operations",
  calculus: "training is gradient descent",
};

const LEVEL_WORDS = ["none", "aware", "can do with help", "independent", "can teach"] as const;

/** Whether the exam is technical (see the module doc). */
export function isTechnical(certification: Certification): boolean {
  const e = certification.emphasis;
  return (
    certification.level !== "foundational" && [e.classical, e.deepLearning, e.mlops].some((l) => l !== "low")
  );
}

/** The foundation levels one exam needs (0 = not needed). */
export function foundationNeeds(certification: Certification): Record<FoundationSkill, SkillLevel> {
  const needs: Record<FoundationSkill, SkillLevel> = {
    python: 0,
    statistics: 0,
    probability: 0,
    "linear-algebra": 0,
    calculus: 0,
  };
  const e = certification.emphasis;
  if (isTechnical(certification)) {
    needs.python = certification.format.handsOn ? 3 : 2;
    if (e.classical !== "low" || e.deepLearning !== "low") {
      needs.statistics = 2;
      needs.probability = 2;
    }
    const math: SkillLevel = e.deepLearning === "high" ? 2 : e.deepLearning === "medium" ? 1 : 0;
    needs["linear-algebra"] = math;
    needs.calculus = math;
  }
  const mapped = new Set<SkillId>(
    certification.blueprint.domains.flatMap((d) => Object.keys(d.skills) as SkillId[]),
  );
  for (const skill of EXAM_FOUNDATION_SKILLS) if (mapped.has(skill) && needs[skill] < 2) needs[skill] = 2;
  return needs;
}

/**
 * The foundations to build before any of the candidate exams. Candidates are the bookable
 * technical exams that fit the person's goals (chosen by the caller); none → nothing to say.
 */
export function foundationGaps(
  candidates: readonly Certification[],
  evidence: SkillEvidence,
): FoundationGap[] {
  if (candidates.length === 0) return [];
  const needsByExam = candidates.map((c) => ({ cert: c, needs: foundationNeeds(c) }));
  const gaps: FoundationGap[] = [];
  for (const skill of EXAM_FOUNDATION_SKILLS) {
    const needed = Math.min(...needsByExam.map((n) => n.needs[skill])) as SkillLevel;
    if (needed === 0) continue;
    const estimate = evidence.get(skill);
    if (!estimate) continue;
    if (estimate.theta > needed - 2 - 1 + 1e-9) continue;
    const current = levelOfTheta(estimate.theta);
    const names = candidates.slice(0, 3).map(shortName).join(", ");
    const more = candidates.length > 3 ? ` and ${candidates.length - 3} more` : "";
    gaps.push({
      skill,
      current,
      needed,
      why: `Every exam that fits your goals (${names}${more}) expects ${LABEL[skill]} at level ${needed} (${LEVEL_WORDS[needed]}): ${REASON[skill]}. You are at level ${current} (${LEVEL_WORDS[current]}), so build it before any of them.`,
    });
  }
  return gaps;
}

/** The plain name of a foundation skill ("Python", "linear algebra"). */
export function foundationLabel(skill: FoundationSkill): string {
  return LABEL[skill];
}
