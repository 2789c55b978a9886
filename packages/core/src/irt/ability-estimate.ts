/**
 * @module Unidimensional ability estimation from a list of scored responses: EAP (posterior mean and
 * posterior SD, by quadrature) or MAP (posterior mode by Fisher scoring, SE from the test
 * information plus the prior precision). Sessions use the multidimensional posterior of
 * ./posterior.ts; this is the one-skill building block and a reference for tests and reports.
 * @see docs/algorithms/irt.md#estimation
 */
import { CertpathError } from "../shared/errors";
import { posteriorMoments } from "./grid-posterior";
import { informationAt, type ScoredResponse } from "./item-response";

export type Estimator = "eap" | "map";

export interface AbilityPrior {
  /** Prior mean on the theta scale (0 = the population mean). */
  mean: number;
  /** Prior SD, > 0 (1 = the population spread). */
  sd: number;
}

export interface AbilityEstimate {
  theta: number;
  /** Posterior SD (EAP) or 1/√(test information + prior precision) at the mode (MAP). */
  se: number;
  estimator: Estimator;
}

export const POPULATION_PRIOR: AbilityPrior = { mean: 0, sd: 1 };

/**
 * Estimates ability from scored responses under a normal prior.
 *
 * - EAP: θ̂ = E[θ | x], SE = SD[θ | x], by quadrature (121-point grid, refined when sharp). Always
 *   finite, also for all-correct or all-wrong patterns, and the SE is the honest posterior spread.
 * - MAP: θ̂ = argmax log p(θ | x) by Fisher scoring from the EAP, using the score
 *   Σ a (x − P)(P − c) / (P (1 − c)) − (θ − μ)/σ²; SE = (Σ I_i(θ̂) + 1/σ²)^(−1/2).
 *
 * @throws CertpathError INVALID_ARGUMENT for a prior SD that is not a positive finite number.
 */
export function estimateAbility(
  responses: readonly ScoredResponse[],
  estimator: Estimator = "eap",
  prior: AbilityPrior = POPULATION_PRIOR,
): AbilityEstimate {
  if (!(Number.isFinite(prior.sd) && prior.sd > 0 && Number.isFinite(prior.mean))) {
    throw new CertpathError(
      "INVALID_ARGUMENT",
      `prior needs a finite mean and an SD > 0 (received mean ${prior.mean}, sd ${prior.sd})`,
    );
  }
  const eap = posteriorMoments(prior.mean, prior.sd * prior.sd, responses);
  if (estimator === "eap") return { theta: eap.mean, se: Math.sqrt(eap.variance), estimator };
  return mapEstimate(responses, prior, eap.mean);
}

function mapEstimate(
  responses: readonly ScoredResponse[],
  prior: AbilityPrior,
  start: number,
): AbilityEstimate {
  const priorPrecision = 1 / (prior.sd * prior.sd);
  let theta = start;
  let information = priorPrecision;
  for (let iteration = 0; iteration < 100; iteration++) {
    let score = -(theta - prior.mean) * priorPrecision;
    information = priorPrecision;
    for (const r of responses) {
      const star = 1 / (1 + Math.exp(-r.a * (theta - r.b)));
      const p = r.c + (1 - r.c) * star;
      // (P − c) / (P (1 − c)) = P* / P
      score += r.a * ((r.correct ? 1 : 0) - p) * (star / p);
      information += informationAt(theta, r.a, r.b, r.c);
    }
    // Fisher scoring; a step cap keeps the first iterations sane for 3PL likelihoods with plateaus.
    const step = Math.max(-1, Math.min(1, score / information));
    theta += step;
    if (Math.abs(step) < 1e-10) break;
  }
  return { theta, se: 1 / Math.sqrt(information), estimator: "map" };
}
