/**
 * @module Re-estimating the skill correlation matrix from response data. Each person's answers to
 * skill k are summarised as a Gaussian site (τ_pk, ν_pk), the same form the session posterior uses:
 * the person's one-skill posterior under N(0, 1) divided by that prior. The latent model is then
 * θ_p ~ N(0, R), and EM estimates R:
 *   E-step: V_p = (R⁻¹ + diag τ_p)⁻¹, m_p = V_p ν_p;
 *   M-step: S = mean_p (m_p m_pᵀ + V_p), R = S rescaled to unit diagonal.
 * People who answered only some skills contribute exactly what they know (τ = 0 elsewhere), and the
 * measurement error of short tests is accounted for rather than attenuating the correlations.
 * @see docs/algorithms/irt.md#calibration
 */
import { invertSpd } from "./linear-algebra";

export interface SkillSites {
  /** τ per skill (0 for a skill without answers). */
  precision: Float64Array;
  /** ν per skill. */
  shift: Float64Array;
}

/**
 * Site of a one-skill posterior N(mean, variance) obtained under a N(0, 1) prior:
 * τ = 1/variance − 1, ν = mean/variance (τ clamped at 0: a posterior wider than the prior carries no
 * usable Gaussian information).
 */
export function siteFromPosterior(mean: number, variance: number): { precision: number; shift: number } {
  const precision = 1 / variance - 1;
  return precision > 0 ? { precision, shift: mean / variance } : { precision: 0, shift: 0 };
}

/**
 * EM estimate of the K×K correlation matrix (row-major) from per-person sites.
 * @param start starting matrix (default identity)
 */
export function estimateCorrelationMatrix(
  people: readonly SkillSites[],
  k: number,
  maxIterations = 200,
  tolerance = 1e-5,
  start?: Float64Array,
): { matrix: Float64Array; iterations: number; converged: boolean } {
  let matrix = start ? Float64Array.from(start) : identity(k);
  if (people.length === 0 || k < 2) return { matrix, iterations: 0, converged: true };
  const precision = new Float64Array(k * k);
  const m = new Float64Array(k);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const inverse = invertSpd(matrix, k);
    if (inverse === null) return { matrix, iterations: iteration, converged: false };
    const moment = new Float64Array(k * k);
    for (const person of people) {
      precision.set(inverse);
      for (let i = 0; i < k; i++) {
        precision[i * k + i] = (precision[i * k + i] as number) + (person.precision[i] as number);
      }
      const v = invertSpd(precision, k);
      if (v === null) continue;
      for (let i = 0; i < k; i++) {
        let mi = 0;
        for (let j = 0; j < k; j++) mi += (v[i * k + j] as number) * (person.shift[j] as number);
        m[i] = mi;
      }
      for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++) {
          moment[i * k + j] =
            (moment[i * k + j] as number) + (m[i] as number) * (m[j] as number) + (v[i * k + j] as number);
        }
      }
    }
    const next = new Float64Array(k * k);
    let change = 0;
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        const r =
          (moment[i * k + j] as number) /
          Math.sqrt((moment[i * k + i] as number) * (moment[j * k + j] as number));
        next[i * k + j] = i === j ? 1 : r;
        change = Math.max(change, Math.abs(r - (matrix[i * k + j] as number)));
      }
    }
    matrix = next;
    if (change < tolerance) return { matrix, iterations: iteration, converged: true };
  }
  return { matrix, iterations: maxIterations, converged: false };
}

function identity(k: number): Float64Array {
  const m = new Float64Array(k * k);
  for (let i = 0; i < k; i++) m[i * k + i] = 1;
  return m;
}
