import {
  estimateFromSelfRating,
  type Profile,
  type Skill,
  type SkillEstimate,
  type SkillId,
  UNKNOWN_ESTIMATE,
} from "@certpath/core";

/** z for a two-sided 90% interval. */
const Z90 = 1.645;

export interface SkillResult {
  id: SkillId;
  name: string;
  known: boolean;
  estimate: SkillEstimate;
  /** On the 0–4 level scale people read: theta + 2, clamped to the scale. */
  level: number;
  low: number;
  high: number;
}

const toLevelScale = (theta: number) => Math.min(4.5, Math.max(-0.5, theta + 2));

/** Each skill's estimate — diagnostic first, then self-rating — with a 90% interval in level units. */
export function skillResults(skills: Skill[], profile: Profile): SkillResult[] {
  return skills.map((skill) => {
    const measured = profile.assessment?.abilities[skill.id];
    const rated = profile.skills?.[skill.id];
    const estimate: SkillEstimate = measured
      ? { theta: measured.theta, se: measured.se, source: "diagnostic" }
      : rated !== undefined
        ? estimateFromSelfRating(rated)
        : UNKNOWN_ESTIMATE;
    return {
      id: skill.id,
      name: skill.name,
      known: estimate.source !== "prior",
      estimate,
      level: toLevelScale(estimate.theta),
      low: toLevelScale(estimate.theta - Z90 * estimate.se),
      high: toLevelScale(estimate.theta + Z90 * estimate.se),
    };
  });
}
