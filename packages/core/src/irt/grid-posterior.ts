/**
 * @module One-skill posterior moments by quadrature: the mean and variance of
 *   N(θ; m, v) × Π_i P_i(θ)^x_i · (1 − P_i(θ))^(1 − x_i)
 * i.e. a normal belief about one skill times the likelihood of that skill's answers. This is EAP
 * scoring when the normal is the prior, and the "tilted distribution" of expectation propagation
 * when it is the cavity of a multidimensional posterior (./posterior.ts).
 * @see docs/algorithms/irt.md#estimation
 */
import { responseLogLikelihood, type ScoredResponse } from "./item-response";

/** Grid points per pass. 121 points at ≤ 0.1 prior SD apart make the rectangle rule accurate to
 * ~1e-8 theta for the smooth, near-Gaussian integrands met here. */
const POINTS = 121;
/** The first pass spans at least ±6 on the theta scale and ±6 prior SDs, whichever is wider, so a
 * likelihood far from a narrow prior is still found. */
const MIN_HALF_SPAN = 6;
const PRIOR_SDS = 6;

export interface Moments {
  mean: number;
  variance: number;
}

/**
 * Mean and variance of a normal belief N(mean, variance) updated by a list of scored responses.
 *
 * Two passes: a fixed-resolution grid over the plausible range, then (only when the result is
 * narrower than three grid steps) a second grid ±8 SD around the first answer. The second pass keeps
 * precision when the likelihood is much sharper than the prior, without paying for a fine grid
 * in the usual case.
 *
 * @param mean prior (or cavity) mean, theta units
 * @param variance prior (or cavity) variance, > 0
 * @param responses the skill's answered items; empty → the prior moments
 */
export function posteriorMoments(
  mean: number,
  variance: number,
  responses: readonly ScoredResponse[],
): Moments {
  if (responses.length === 0) return { mean, variance };
  const sd = Math.sqrt(variance);
  const lo = Math.min(mean - PRIOR_SDS * sd, -MIN_HALF_SPAN);
  const hi = Math.max(mean + PRIOR_SDS * sd, MIN_HALF_SPAN);
  const first = gridMoments(mean, variance, responses, lo, hi);
  const step = (hi - lo) / (POINTS - 1);
  if (Math.sqrt(first.variance) >= 3 * step) return first;
  const half = Math.max(8 * Math.sqrt(first.variance), 2 * step);
  return gridMoments(mean, variance, responses, first.mean - half, first.mean + half);
}

/** Rectangle-rule moments on POINTS equally spaced nodes in [lo, hi]; log-space, max-shifted. */
function gridMoments(
  mean: number,
  variance: number,
  responses: readonly ScoredResponse[],
  lo: number,
  hi: number,
): Moments {
  const step = (hi - lo) / (POINTS - 1);
  const logWeights = new Float64Array(POINTS);
  let maxLog = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < POINTS; j++) {
    const theta = lo + j * step;
    const d = theta - mean;
    let log = (-0.5 * d * d) / variance;
    for (const r of responses) log += responseLogLikelihood(theta, r.a, r.b, r.c, r.correct);
    logWeights[j] = log;
    if (log > maxLog) maxLog = log;
  }
  let total = 0;
  let first = 0;
  for (let j = 0; j < POINTS; j++) {
    const w = Math.exp((logWeights[j] as number) - maxLog);
    logWeights[j] = w;
    total += w;
    first += w * (lo + j * step);
  }
  const m = first / total;
  let second = 0;
  for (let j = 0; j < POINTS; j++) {
    const d = lo + j * step - m;
    second += (logWeights[j] as number) * d * d;
  }
  // A point mass (all weight on one node) still has the rectangle rule's own variance, step²/12.
  return { mean: m, variance: Math.max(second / total, (step * step) / 12) };
}
