/**
 * @module Ranking weights. Fit = sum_i w_i v_i / sum_i w_i over the fit factors that apply to this
 * person; score = fit * (1 - w_r + w_r * readiness), w_r = the readiness weight (evaluate.ts).
 * Defaults are argued in docs/algorithms/recommendation.md; callers may override any of them.
 */
import { CertpathError } from "../shared/errors";
import { FACTOR_NAMES, type FactorName } from "./factor";

export type RecommendationWeights = Record<FactorName, number>;

/**
 * Readiness 0.4: an exam you have no chance of passing yet keeps 60% of its fit — it may still be
 * the right target, and the time factor says whether the gap closes by your date. Among fit factors, environment and goal
 * lead: certify in the cloud you work in (the guide's first rule) and toward the work you want.
 * Market replaces environment for someone with no cloud yet, so the two never count together.
 * Experience, time, cost and format refine.
 */
export const DEFAULT_WEIGHTS: Readonly<RecommendationWeights> = {
  readiness: 0.4,
  environment: 0.25,
  market: 0.25,
  goal: 0.25,
  experience: 0.1,
  time: 0.08,
  cost: 0.07,
  format: 0.05,
};

/** Defaults with overrides applied; throws INVALID_ARGUMENT naming a bad weight. */
export function resolveWeights(overrides?: Partial<Record<string, number>>): RecommendationWeights {
  const weights: RecommendationWeights = { ...DEFAULT_WEIGHTS };
  for (const [name, value] of Object.entries(overrides ?? {})) {
    if (value === undefined) continue;
    if (!(FACTOR_NAMES as readonly string[]).includes(name)) {
      throw new CertpathError(
        "INVALID_ARGUMENT",
        `weights.${name}: unknown factor (expected one of ${FACTOR_NAMES.join(", ")})`,
      );
    }
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      throw new CertpathError("INVALID_ARGUMENT", `weights.${name}: must be a number from 0 to 100`);
    }
    if (name === "readiness" && value > 1) {
      throw new CertpathError(
        "INVALID_ARGUMENT",
        "weights.readiness: must be from 0 to 1 (it scales the score)",
      );
    }
    weights[name as FactorName] = value;
  }
  if (FACTOR_NAMES.every((name) => name === "readiness" || weights[name] === 0)) {
    throw new CertpathError("INVALID_ARGUMENT", "weights: at least one fit weight must be above 0");
  }
  return weights;
}
