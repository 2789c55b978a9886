/**
 * @module The starting belief of a session: a multivariate normal over the session's skills, from
 * the population correlations and, when given, the person's self-ratings.
 * @see docs/algorithms/irt.md#prior-and-self-ratings
 */
import { CertpathError } from "../shared/errors";
import { estimateFromSelfRating } from "../skills/skill-estimate";
import { SKILL_LEVELS, type SkillLevel } from "../skills/skill-ids";
import { invertSpd } from "./linear-algebra";

/** Self-ratings 0–4 by skill id (0 none · 1 aware · 2 with help · 3 independent · 4 can teach). */
export type SelfRatings = Readonly<Record<string, SkillLevel>>;

export interface GaussianBelief {
  mean: Float64Array;
  /** Row-major n×n covariance. */
  covariance: Float64Array;
}

/**
 * Builds the prior N(μ₀, Σ₀) over `skills`.
 *
 * Without ratings it is the population N(0, R), R the correlation matrix (the scale is standardised
 * over the population, so every variance is 1).
 *
 * A rated skill gets exactly the documented single-skill mapping (`estimateFromSelfRating`: mean at
 * the level's band centre, 0.2 lower at levels 3–4, SD 0.7), with rated skills keeping their
 * population correlations: S_r = D R_rr D, D = 0.7·I. Unrated skills follow the population
 * regression on the rated ones ("Jeffrey's rule": the rated marginal is replaced, the conditional
 * of the rest given it is kept), so a high calculus rating also lifts linear algebra:
 *   B = R_ur R_rr⁻¹,  μ_u = B m_r,  Σ_ur = B S_r,  Σ_uu = R_uu − B R_ru + B S_r Bᵀ.
 *
 * @param correlation row-major n×n population correlation matrix (positive definite)
 * @throws CertpathError INVALID_ARGUMENT for a rating outside 0–4.
 */
export function buildPrior(
  skills: readonly string[],
  correlation: Float64Array,
  selfRatings: SelfRatings = {},
): GaussianBelief {
  const n = skills.length;
  const rated: number[] = [];
  const ratedMean: number[] = [];
  const ratedSd: number[] = [];
  skills.forEach((skill, index) => {
    const level = selfRatings[skill];
    if (level === undefined) return;
    if (!(SKILL_LEVELS as readonly number[]).includes(level)) {
      throw new CertpathError("INVALID_ARGUMENT", `self-rating of ${skill} must be 0–4 (received ${level})`);
    }
    const estimate = estimateFromSelfRating(level);
    rated.push(index);
    ratedMean.push(estimate.theta);
    ratedSd.push(estimate.se);
  });
  const mean = new Float64Array(n);
  const covariance = Float64Array.from(correlation);
  if (rated.length === 0) return { mean, covariance };

  const unrated = skills.map((_, index) => index).filter((index) => !rated.includes(index));
  const r = rated.length;
  const rr = new Float64Array(r * r);
  const targetCov = new Float64Array(r * r); // S_r
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < r; j++) {
      const value = correlation[(rated[i] as number) * n + (rated[j] as number)] as number;
      rr[i * r + j] = value;
      targetCov[i * r + j] = value * (ratedSd[i] as number) * (ratedSd[j] as number);
    }
  }
  const rrInverse = invertSpd(rr, r);
  if (rrInverse === null)
    throw new CertpathError("INVALID_ARGUMENT", "skill correlations are not positive definite");

  // B (u×r) = R_ur R_rr⁻¹
  const u = unrated.length;
  const regression = new Float64Array(u * r);
  for (let i = 0; i < u; i++) {
    for (let j = 0; j < r; j++) {
      let sum = 0;
      for (let k = 0; k < r; k++) {
        sum +=
          (correlation[(unrated[i] as number) * n + (rated[k] as number)] as number) *
          (rrInverse[k * r + j] as number);
      }
      regression[i * r + j] = sum;
    }
  }
  const at = (row: number, col: number, value: number) => {
    covariance[row * n + col] = value;
  };
  for (let i = 0; i < r; i++) {
    mean[rated[i] as number] = ratedMean[i] as number;
    for (let j = 0; j < r; j++) at(rated[i] as number, rated[j] as number, targetCov[i * r + j] as number);
  }
  for (let i = 0; i < u; i++) {
    const ui = unrated[i] as number;
    let m = 0;
    for (let k = 0; k < r; k++) m += (regression[i * r + k] as number) * (ratedMean[k] as number);
    mean[ui] = m;
    // Σ_ur = B S_r
    for (let j = 0; j < r; j++) {
      let sum = 0;
      for (let k = 0; k < r; k++) sum += (regression[i * r + k] as number) * (targetCov[k * r + j] as number);
      at(ui, rated[j] as number, sum);
      at(rated[j] as number, ui, sum);
    }
    // Σ_uu = R_uu − B R_ru + B S_r Bᵀ
    for (let j = 0; j < u; j++) {
      const uj = unrated[j] as number;
      let explained = 0;
      let carried = 0;
      for (let k = 0; k < r; k++) {
        const bik = regression[i * r + k] as number;
        explained += bik * (correlation[(rated[k] as number) * n + uj] as number);
        let sk = 0;
        for (let l = 0; l < r; l++)
          sk += (targetCov[k * r + l] as number) * (regression[j * r + l] as number);
        carried += bik * sk;
      }
      at(ui, uj, (correlation[ui * n + uj] as number) - explained + carried);
    }
  }
  return { mean, covariance };
}
