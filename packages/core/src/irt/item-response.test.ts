import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemInformation, probabilityCorrect } from "../index";
import { responseLogLikelihood, softplus } from "./item-response";

const params = fc.record({
  a: fc.double({ min: 0.2, max: 3, noNaN: true }),
  b: fc.double({ min: -3, max: 3, noNaN: true }),
  c: fc.double({ min: 0, max: 0.35, noNaN: true }),
});
const theta = fc.double({ min: -6, max: 6, noNaN: true });

describe("item response function", () => {
  it("matches hand-computed 2PL and 3PL values", () => {
    expect(probabilityCorrect(0.7, { a: 1.3, b: 0.7, c: 0 })).toBe(0.5);
    // 1 / (1 + e^-1.5)
    expect(probabilityCorrect(1, { a: 1.5, b: 0, c: 0 })).toBeCloseTo(0.8175744761936437, 14);
    // halfway between c and 1 at θ = b
    expect(probabilityCorrect(-1, { a: 0.8, b: -1, c: 0.25 })).toBeCloseTo(0.625, 14);
    // 0.2 + 0.8 / (1 + e^2)
    expect(probabilityCorrect(-1, { a: 2, b: 0, c: 0.2 })).toBeCloseTo(0.2 + 0.8 * 0.11920292202211755, 14);
  });

  it("is increasing in theta and stays within [c, 1]", () => {
    fc.assert(
      fc.property(params, theta, fc.double({ min: 0.01, max: 2, noNaN: true }), (item, t, dt) => {
        const p = probabilityCorrect(t, item);
        expect(p).toBeGreaterThanOrEqual(item.c);
        expect(p).toBeLessThanOrEqual(1);
        expect(probabilityCorrect(t + dt, item)).toBeGreaterThanOrEqual(p);
      }),
    );
  });

  it("has log-likelihoods that agree with log P and log(1 − P), and stay finite in the tails", () => {
    fc.assert(
      fc.property(params, fc.double({ min: -4, max: 4, noNaN: true }), (item, t) => {
        // The reference log(1 − P) itself loses digits as P → 1, hence 6 digits, not 12.
        const p = probabilityCorrect(t, item);
        expect(responseLogLikelihood(t, item.a, item.b, item.c, true)).toBeCloseTo(Math.log(p), 9);
        expect(responseLogLikelihood(t, item.a, item.b, item.c, false)).toBeCloseTo(Math.log(1 - p), 6);
      }),
    );
    expect(responseLogLikelihood(-60, 3, 0, 0, true)).toBeCloseTo(-180, 9);
    expect(responseLogLikelihood(60, 3, 0, 0, false)).toBeCloseTo(-180, 9);
    expect(softplus(800)).toBe(800);
    expect(softplus(-800)).toBe(0);
  });
});

describe("Fisher information", () => {
  it("is a²PQ for the 2PL, a²/4 at θ = b", () => {
    expect(itemInformation(0.3, { a: 1.7, b: 0.3, c: 0 })).toBeCloseTo(1.7 ** 2 / 4, 14);
    const p = 0.8175744761936437;
    expect(itemInformation(1, { a: 1.5, b: 0, c: 0 })).toBeCloseTo(2.25 * p * (1 - p), 14);
  });

  it("equals P'² / (P Q) for the 3PL (numerical derivative)", () => {
    fc.assert(
      fc.property(params, fc.double({ min: -4, max: 4, noNaN: true }), (item, t) => {
        const h = 1e-5;
        const slope = (probabilityCorrect(t + h, item) - probabilityCorrect(t - h, item)) / (2 * h);
        const p = probabilityCorrect(t, item);
        expect(itemInformation(t, item)).toBeCloseTo((slope * slope) / (p * (1 - p)), 6);
      }),
    );
  });

  it("reaches the published 3PL maximum a²/(8(1−c)²)·[1 − 20c − 8c² + (1 + 8c)^{3/2}] (Lord, 1980)", () => {
    for (const [a, c] of [
      [1, 0.2],
      [1.4, 0.25],
      [0.9, 0.1],
    ] as const) {
      const at = 0.5 + Math.log((1 + Math.sqrt(1 + 8 * c)) / 2) / a; // θ of maximum information, b = 0.5
      const max = ((a * a) / (8 * (1 - c) ** 2)) * (1 - 20 * c - 8 * c * c + (1 + 8 * c) ** 1.5);
      expect(itemInformation(at, { a, b: 0.5, c })).toBeCloseTo(max, 12);
      expect(itemInformation(at + 0.05, { a, b: 0.5, c })).toBeLessThan(max);
      expect(itemInformation(at - 0.05, { a, b: 0.5, c })).toBeLessThan(max);
    }
    // The anchors' rounded figures: 0.170·a² at c = 0.2, 0.155·a² at c = 0.25.
    expect(itemInformation(Math.log((1 + Math.sqrt(2.6)) / 2), { a: 1, b: 0, c: 0.2 })).toBeCloseTo(0.17, 2);
  });

  it("is never negative and never above the 2PL information of the same a and b", () => {
    fc.assert(
      fc.property(params, theta, (item, t) => {
        const info = itemInformation(t, item);
        expect(info).toBeGreaterThanOrEqual(0);
        expect(info).toBeLessThanOrEqual(itemInformation(t, { ...item, c: 0 }) * (1 + 1e-12));
      }),
    );
  });
});
