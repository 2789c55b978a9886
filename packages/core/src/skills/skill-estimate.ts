/**
 * @module Skill estimates on one shared scale. Every source of evidence — a self-rating, a
 * diagnostic result — becomes a normal belief about the person's ability `theta` on a skill, so
 * readiness, recommendation and planning never care where the number came from.
 *
 * The scale: theta is standardised over people preparing for ML certifications (mean 0, sd 1).
 * The taxonomy's levels 0–4 are bands of it, one unit wide, centred on level 2:
 *   level 0 < −1.5 ≤ level 1 < −0.5 ≤ level 2 < 0.5 ≤ level 3 < 1.5 ≤ level 4.
 * @see docs/algorithms/skill-scale.md
 */
import type { SkillLevel } from "./skill-ids";

export type EstimateSource = "self-rating" | "diagnostic" | "prior";

export interface SkillEstimate {
  /** Ability on the shared scale (see module doc). */
  theta: number;
  /** Standard error of theta: the spread of our belief, not of the person. */
  se: number;
  source: EstimateSource;
}

/** Lower edges of levels 1..4 on the theta scale. */
export const LEVEL_CUTS = [-1.5, -0.5, 0.5, 1.5] as const;

/**
 * Self-ratings are informative but noisy, and people at the low end overrate themselves more
 * (Kruger & Dunning, 1999). A rating sets the mean at the band's centre and an SE of 0.7 — wide
 * enough that the 90% interval spans the neighbouring bands — pulled 0.2 down at levels 3–4,
 * where overrating costs a failed exam.
 */
export const SELF_RATING_SE = 0.7;

export function estimateFromSelfRating(level: SkillLevel): SkillEstimate {
  const centre = level - 2;
  const shrink = level >= 3 ? 0.2 : 0;
  return { theta: centre - shrink, se: SELF_RATING_SE, source: "self-rating" };
}

/** Nothing known: the population prior, N(0, 1). */
export const UNKNOWN_ESTIMATE: SkillEstimate = { theta: 0, se: 1, source: "prior" };

/** The level band a theta falls in. */
export function levelOfTheta(theta: number): SkillLevel {
  let level = 0;
  for (const cut of LEVEL_CUTS) if (theta >= cut) level++;
  return level as SkillLevel;
}

/** The theta at the lower edge of a level (level 0 has no lower edge: −∞). */
export function thetaForLevel(level: SkillLevel): number {
  return level === 0 ? Number.NEGATIVE_INFINITY : (LEVEL_CUTS[level - 1] as number);
}
