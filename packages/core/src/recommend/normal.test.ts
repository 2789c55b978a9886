import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "./normal";

/** Marsaglia's Taylor series (J. Stat. Software 11(4), 2004): slow, but exact to ~1e-15 on [-8, 8]. */
function seriesCdf(z: number): number {
  let sum = z;
  let term = z;
  for (let i = 3; sum + term !== sum; i += 2) {
    term = (term * z * z) / i;
    sum += term;
  }
  return 0.5 + sum * Math.exp(-0.5 * z * z - 0.9189385332046728);
}

describe("normal distribution", () => {
  it("agrees with the Taylor series to 3e-15 on [-8, 8], and keeps relative accuracy in the lower tail", () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (z) => {
        expect(Math.abs(normalCdf(z) - seriesCdf(z))).toBeLessThan(3e-15);
      }),
      { numRuns: 2000 },
    );
    // Known tail values (0.5 * erfc(-z / sqrt 2) in Python): relative error below 1e-8.
    expect(normalCdf(-5) / 2.866515718791946e-7).toBeCloseTo(1, 9);
    expect(normalCdf(-10) / 7.619853024160593e-24).toBeCloseTo(1, 8);
    expect(normalCdf(-20) / 2.7536241186063314e-89).toBeCloseTo(1, 8);
  });

  it("never decreases", () => {
    let previous = 0;
    for (let z = -38; z <= 38; z += 0.001) {
      const p = normalCdf(z);
      expect(p).toBeGreaterThanOrEqual(previous);
      previous = p;
    }
  });

  it("matches printed table values", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 12);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 13);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 10);
    expect(normalQuantile(0.1)).toBeCloseTo(-1.2815515655446004, 10);
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424308822899, 8);
  });

  it("is symmetric and the quantile inverts the CDF", () => {
    fc.assert(
      fc.property(fc.double({ min: -7, max: 7, noNaN: true }), (z) => {
        expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 12);
        const p = normalCdf(z);
        // Near 1, doubles keep few digits of 1 - p: compare only where p carries them.
        if (p > 1e-9 && p < 1 - 1e-9) expect(normalQuantile(p)).toBeCloseTo(z, 5);
      }),
    );
  });

  it("handles the edges", () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });
});
