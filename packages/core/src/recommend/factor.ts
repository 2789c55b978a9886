/**
 * @module Factors: the named parts of a recommendation's score, each a number in [0, 1] with a
 * plain-words sentence. A factor that cannot apply to this person (no budget given, no cloud named)
 * reports weight 0 and says why, so every score is fully explained by its factors.
 */

export const FACTOR_NAMES = [
  "readiness",
  "environment",
  "market",
  "goal",
  "experience",
  "time",
  "cost",
  "format",
] as const;
export type FactorName = (typeof FACTOR_NAMES)[number];

export interface Factor {
  name: FactorName;
  /** 0 (worst fit) to 1 (best fit). */
  value: number;
  /** Effective weight in this score (weights of applicable factors, normalised to sum to 1). */
  weight: number;
  explanation: string;
}

/** What a factor function returns before weighting: applicable = false drops it from the score. */
export interface FactorValue {
  value: number;
  applicable: boolean;
  explanation: string;
  /** Extra warnings worth showing next to the recommendation. */
  cautions?: string[];
}

export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
