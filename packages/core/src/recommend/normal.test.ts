import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "./normal";

describe("normal distribution", () => {
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
