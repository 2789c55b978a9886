/**
 * @module The standard normal distribution: CDF and quantile. Readiness is a chain of normal
 * approximations, so both must be accurate far into the tails (a 1% and a 0.1% pass chance are
 * different advice).
 */

const LOG_SQRT_2PI = 0.9189385332046728;

/**
 * Standard normal CDF: Hart's double-precision algorithm 5666 as published by West ("Better
 * approximations to cumulative normal functions", Wilmott Magazine, 2005): a rational function
 * times exp(-z^2/2) for |z| < 7.07, a continued fraction beyond. It computes the tail directly, so
 * small probabilities keep their relative accuracy (1e-10 at z = -5, 1e-8 at -10), and it costs a fixed ~20 operations — readiness
 * evaluates it thousands of times per recommendation (bench/api/PROFILE.md). Absolute error below
 * 3e-15 against the Taylor series of Marsaglia (2004) on [-8, 8] (normal.test.ts).
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const x = Math.abs(z);
  let tail = 0;
  if (x <= 37) {
    const e = Math.exp(-0.5 * x * x);
    if (x < 7.07106781186547) {
      let n = 3.52624965998911e-2 * x + 0.700383064443688;
      n = n * x + 6.37396220353165;
      n = n * x + 33.912866078383;
      n = n * x + 112.079291497871;
      n = n * x + 221.213596169931;
      n = n * x + 220.206867912376;
      let d = 8.83883476483184e-2 * x + 1.75566716318264;
      d = d * x + 16.064177579207;
      d = d * x + 86.7807322029461;
      d = d * x + 296.564248779674;
      d = d * x + 637.333633378831;
      d = d * x + 793.826512519948;
      d = d * x + 440.413735824752;
      tail = (e * n) / d;
    } else {
      let b = x + 0.65;
      b = x + 4 / b;
      b = x + 3 / b;
      b = x + 2 / b;
      b = x + 1 / b;
      tail = e / b / 2.506628274631;
    }
  }
  return z > 0 ? 1 - tail : tail;
}

// Acklam's rational approximations for the central region and the two tails.
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/**
 * Standard normal quantile Phi^-1(p) for p in (0, 1): Acklam's algorithm (relative error below
 * 1.2e-9) followed by one Halley step against {@link normalCdf}, which brings it to about 1e-15.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return Number.NEGATIVE_INFINITY;
    if (p === 1) return Number.POSITIVE_INFINITY;
    return Number.NaN;
  }
  const [a0, a1, a2, a3, a4, a5] = A as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = B as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = C as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = D as [number, number, number, number];
  let x: number;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  } else if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
      (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  }
  // One Halley refinement: e = Phi(x) - p, u = e * sqrt(2 pi) * exp(x^2 / 2).
  if (Math.abs(x) < 8) {
    const e = normalCdf(x) - p;
    const u = e * Math.exp(0.5 * x * x + LOG_SQRT_2PI);
    x -= u / (1 + (x * u) / 2);
  }
  return x;
}
