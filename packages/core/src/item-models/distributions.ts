/**
 * @module Numerical distribution functions for the statistics item models: the standard normal CDF
 * (two independent approximations, so `check` does not reuse the generator's) and tables of
 * critical values.
 */

const LOG_SQRT_2PI = 0.9189385332046728;

/**
 * Standard normal CDF by Marsaglia's Taylor series, Phi(z) = 1/2 + phi(z) * sum z^(2k+1)/(1*3*...*(2k+1))
 * (G. Marsaglia, "Evaluating the Normal Distribution", J. Stat. Software 11(4), 2004). All terms
 * share z's sign, so there is no cancellation: absolute error about 1e-15 for |z| <= 8.
 */
export function normalCdf(z: number): number {
  if (z <= -8) return 0;
  if (z >= 8) return 1;
  let sum = z;
  let term = z;
  for (let i = 3; sum + term !== sum; i += 2) {
    term = (term * z * z) / i;
    sum += term;
  }
  return 0.5 + sum * Math.exp(-0.5 * z * z - LOG_SQRT_2PI);
}

/**
 * Standard normal CDF through Abramowitz & Stegun 7.1.26 for erf (absolute error <= 1.5e-7):
 * a second, independent method used by the checks.
 */
export function normalCdfAS(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

export const CONFIDENCE_LEVELS = [90, 95, 99] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** Two-sided critical values z_{1-alpha/2}, as printed in every z table (3 decimals). */
export const Z_CRITICAL: { readonly [L in ConfidenceLevel]: string } = {
  90: "1.645",
  95: "1.960",
  99: "2.576",
};

/**
 * Two-sided critical values t_{1-alpha/2, df} for df = 1..30, rounded to 3 decimals: the standard
 * table (NIST/SEMATECH e-Handbook 1.3.6.7.2), cross-checked against scipy.stats.t.ppf and, in the
 * tests, against a numerical integration of the t density.
 */
// biome-ignore format: a printed table, ten values per line
export const T_CRITICAL: { readonly [L in ConfidenceLevel]: readonly string[] } = {
  90: [
    "6.314", "2.920", "2.353", "2.132", "2.015", "1.943", "1.895", "1.860", "1.833", "1.812",
    "1.796", "1.782", "1.771", "1.761", "1.753", "1.746", "1.740", "1.734", "1.729", "1.725",
    "1.721", "1.717", "1.714", "1.711", "1.708", "1.706", "1.703", "1.701", "1.699", "1.697",
  ],
  95: [
    "12.706", "4.303", "3.182", "2.776", "2.571", "2.447", "2.365", "2.306", "2.262", "2.228",
    "2.201", "2.179", "2.160", "2.145", "2.131", "2.120", "2.110", "2.101", "2.093", "2.086",
    "2.080", "2.074", "2.069", "2.064", "2.060", "2.056", "2.052", "2.048", "2.045", "2.042",
  ],
  99: [
    "63.657", "9.925", "5.841", "4.604", "4.032", "3.707", "3.499", "3.355", "3.250", "3.169",
    "3.106", "3.055", "3.012", "2.977", "2.947", "2.921", "2.898", "2.878", "2.861", "2.845",
    "2.831", "2.819", "2.807", "2.797", "2.787", "2.779", "2.771", "2.763", "2.756", "2.750",
  ],
};

/** The t critical value (as printed, 3 decimals) for a level and df in 1..30. */
export function tCritical(level: ConfidenceLevel, df: number): string {
  const v = T_CRITICAL[level][df - 1];
  if (v === undefined) throw new RangeError(`no t critical value for df=${df}`);
  return v;
}

/** Gamma(k / 2) for a positive integer k, by the recursion Gamma(x + 1) = x Gamma(x). */
function gammaHalf(k: number): number {
  let g = k % 2 === 1 ? Math.sqrt(Math.PI) : 1;
  for (let j = k % 2 === 1 ? 1 : 2; j < k; j += 2) g *= j / 2;
  return g;
}

/**
 * Student t CDF for a whole number of degrees of freedom, by Simpson's rule on the density
 * (2,000 panels; absolute error far below 1e-6 for |t| <= 100). Used to confirm table values.
 */
export function studentTCdf(t: number, df: number): number {
  const c = gammaHalf(df + 1) / (Math.sqrt(df * Math.PI) * gammaHalf(df));
  const pdf = (x: number): number => c * (1 + (x * x) / df) ** (-(df + 1) / 2);
  const n = 2000;
  const h = Math.abs(t) / n;
  let s = pdf(0) + pdf(Math.abs(t));
  for (let i = 1; i < n; i++) s += (i % 2 === 1 ? 4 : 2) * pdf(i * h);
  const half = (s * h) / 3;
  return t >= 0 ? 0.5 + half : 0.5 - half;
}
