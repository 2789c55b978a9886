/**
 * @module The multidimensional posterior: a Gaussian approximation N(μ, C) of
 *   p(θ | answers) ∝ N(θ; μ₀, Σ₀) · Π_k L_k(θ_k)
 * where L_k is the likelihood of the answers to skill k's items (each item measures one skill).
 *
 * Expectation propagation with one Gaussian "site" per skill, s_k(θ_k) ∝ exp(−τ_k θ_k²/2 + ν_k θ_k):
 *   C = (Σ₀⁻¹ + diag τ)⁻¹,  μ = C (Σ₀⁻¹ μ₀ + ν).
 * A site is refined by removing it from skill k's marginal (the cavity N(m₋, v₋), which carries
 * everything the prior and the other skills say about θ_k), multiplying in the exact L_k on a grid
 * (./grid-posterior.ts) and matching the first two moments. With one skill this is exactly EAP
 * with the posterior SD; with several, the correlations carry evidence across skills while each
 * skill's own likelihood is treated exactly in one dimension. Cost per response: O(n_answered ·
 * grid) for the likelihoods plus O(K²) per site update and one O(K³) rebuild (K ≤ a few dozen).
 * @see docs/algorithms/irt.md#the-multidimensional-posterior
 */
import { posteriorMoments } from "./grid-posterior";
import type { ScoredResponse } from "./item-response";
import { invertSpd, multiplyVector } from "./linear-algebra";

export interface EpPosterior {
  mean: Float64Array;
  /** Row-major K×K. */
  covariance: Float64Array;
  /** Site precisions τ_k (1/theta²): the information skill k's answers carry, in Gaussian form. */
  sitePrecision: Float64Array;
  /** Site shifts ν_k (precision × location). */
  siteShift: Float64Array;
}

/**
 * Rebuilds μ and C from the prior and the sites: C = (Σ₀⁻¹ + diag τ)⁻¹, μ = C (Σ₀⁻¹ μ₀ + ν).
 * Returns null if the precision matrix is not positive definite (cannot happen for sites produced
 * by {@link refineSites}, which keeps every marginal proper).
 */
export function assemblePosterior(
  priorMean: ArrayLike<number>,
  priorPrecision: Float64Array,
  sitePrecision: Float64Array,
  siteShift: Float64Array,
): { mean: Float64Array; covariance: Float64Array } | null {
  const k = sitePrecision.length;
  const precision = Float64Array.from(priorPrecision);
  for (let i = 0; i < k; i++)
    precision[i * k + i] = (precision[i * k + i] as number) + (sitePrecision[i] as number);
  const covariance = invertSpd(precision, k);
  if (covariance === null) return null;
  const shift = multiplyVector(priorPrecision, priorMean, k);
  for (let i = 0; i < k; i++) shift[i] = (shift[i] as number) + (siteShift[i] as number);
  return { mean: multiplyVector(covariance, shift, k), covariance };
}

/**
 * One expectation-propagation sweep over the skills that have answers, starting with `first` (the
 * skill just answered), then rebuilds the posterior from scratch. Each site update is a rank-one
 * change, C ← C − Δτ/(1 + Δτ C_kk) · c_k c_kᵀ and μ ← μ + c_k (Δν − Δτ μ_k)/(1 + Δτ C_kk), which
 * keeps C positive definite because the new marginal precision 1/v̂ is positive.
 *
 * One sweep per response is enough in practice: sites are warm-started from the previous response,
 * and a skill's site only moves when its own answers or its cavity change.
 *
 * @param responsesBySkill answered items per skill index (empty arrays for unanswered skills)
 * @returns the refined posterior (inputs are not modified)
 */
export function refineSites(
  priorMean: ArrayLike<number>,
  priorPrecision: Float64Array,
  current: EpPosterior,
  responsesBySkill: readonly (readonly ScoredResponse[])[],
  first: number,
): EpPosterior {
  const k = current.mean.length;
  const mean = Float64Array.from(current.mean);
  const covariance = Float64Array.from(current.covariance);
  const sitePrecision = Float64Array.from(current.sitePrecision);
  const siteShift = Float64Array.from(current.siteShift);
  const column = new Float64Array(k);

  const order = [first];
  for (let s = 0; s < k; s++) if (s !== first && (responsesBySkill[s]?.length ?? 0) > 0) order.push(s);

  for (const s of order) {
    const responses = responsesBySkill[s] ?? [];
    if (responses.length === 0) continue;
    const v = covariance[s * k + s] as number;
    const m = mean[s] as number;
    const tau = sitePrecision[s] as number;
    const nu = siteShift[s] as number;
    const cavityPrecision = 1 / v - tau;
    if (!(cavityPrecision > 1e-9)) continue; // numerically degenerate cavity: keep the old site
    const cavityVariance = 1 / cavityPrecision;
    const cavityMean = cavityVariance * (m / v - nu);
    const tilted = posteriorMoments(cavityMean, cavityVariance, responses);
    const newTau = 1 / tilted.variance - cavityPrecision;
    const newNu = tilted.mean / tilted.variance - cavityMean * cavityPrecision;
    const dTau = newTau - tau;
    const dNu = newNu - nu;
    const denominator = 1 + dTau * v;
    for (let i = 0; i < k; i++) column[i] = covariance[i * k + s] as number;
    const meanStep = (dNu - dTau * m) / denominator;
    const covStep = dTau / denominator;
    for (let i = 0; i < k; i++) {
      const ci = column[i] as number;
      mean[i] = (mean[i] as number) + ci * meanStep;
      for (let j = 0; j < k; j++) {
        covariance[i * k + j] = (covariance[i * k + j] as number) - covStep * ci * (column[j] as number);
      }
    }
    sitePrecision[s] = newTau;
    siteShift[s] = newNu;
  }
  // Rank-one updates drift over a long session; rebuilding costs one small inverse.
  const rebuilt = assemblePosterior(priorMean, priorPrecision, sitePrecision, siteShift);
  if (rebuilt === null) return { mean, covariance, sitePrecision, siteShift };
  return { mean: rebuilt.mean, covariance: rebuilt.covariance, sitePrecision, siteShift };
}
