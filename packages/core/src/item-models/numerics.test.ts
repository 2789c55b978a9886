import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../shared/rng";
import {
  CONFIDENCE_LEVELS,
  normalCdf,
  normalCdfAS,
  studentTCdf,
  T_CRITICAL,
  Z_CRITICAL,
} from "./distributions";
import { choice } from "./helpers";
import { detCofactor, detLeibniz, rankByElimination, rankByMinors } from "./matrix";
import { diffPoly, evalPoly, parsePoly, polyTex } from "./polynomial";
import {
  add,
  decimalQ,
  div,
  exactDecimal,
  fromDecimal,
  mul,
  q,
  roundQ,
  sub,
  texQ,
  toNumber,
} from "./rational";

describe("normal CDF", () => {
  it("matches reference values (scipy.stats.norm.cdf) to 1e-12", () => {
    const reference: [number, number][] = [
      [0, 0.5],
      [1, 0.8413447460685429],
      [1.96, 0.9750021048517795],
      [-0.5, 0.3085375387259869],
      [2.33, 0.9900969244408357],
      [-3.1, 0.0009676032132183563],
    ];
    for (const [z, p] of reference) expect(Math.abs(normalCdf(z) - p)).toBeLessThan(1e-12);
  });

  it("agrees with Abramowitz-Stegun 7.1.26 to 1.5e-7 and is symmetric", () => {
    fc.assert(
      fc.property(fc.double({ min: -7, max: 7, noNaN: true }), (z) => {
        expect(Math.abs(normalCdf(z) - normalCdfAS(z))).toBeLessThan(1.5e-7);
        expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 12);
      }),
    );
  });

  it("has the printed two-sided critical values", () => {
    for (const level of CONFIDENCE_LEVELS) {
      expect(normalCdf(Number(Z_CRITICAL[level]))).toBeCloseTo((1 + level / 100) / 2, 3);
    }
  });
});

describe("t critical values", () => {
  it("cover df 1..30 and agree with a numerical integration of the t density", () => {
    for (const level of CONFIDENCE_LEVELS) {
      expect(T_CRITICAL[level]).toHaveLength(30);
      T_CRITICAL[level].forEach((t, i) => {
        // Rounding to 3 decimals moves the CDF by at most density * 0.0005 < 2e-4.
        expect(Math.abs(studentTCdf(Number(t), i + 1) - (1 + level / 100) / 2)).toBeLessThan(2e-4);
      });
    }
  });

  it("decrease with df toward the normal value", () => {
    for (const level of CONFIDENCE_LEVELS) {
      const ts = T_CRITICAL[level].map(Number);
      for (let i = 1; i < ts.length; i++) expect(ts[i]).toBeLessThan(ts[i - 1] as number);
      expect(ts.at(-1)).toBeGreaterThan(Number(Z_CRITICAL[level]));
    }
  });

  it("studentTCdf with df = 1 is the Cauchy CDF", () => {
    for (const t of [-5, -1, 0.3, 2, 12.706])
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 8);
  });
});

describe("rational arithmetic", () => {
  const small = fc.integer({ min: -10_000, max: 10_000 });
  const positive = fc.integer({ min: 1, max: 10_000 });

  it("reduces, adds and divides exactly", () => {
    fc.assert(
      fc.property(small, positive, small, positive, (a, b, c, d) => {
        const x = q(a, b);
        const y = q(c, d);
        expect(toNumber(add(x, y))).toBeCloseTo(a / b + c / d, 9);
        expect(sub(add(x, y), y)).toEqual(x);
        if (c !== 0) expect(mul(div(x, y), y)).toEqual(x);
      }),
    );
  });

  it("rounds half away from zero and writes exact decimals", () => {
    expect(roundQ(q(1, 8), 2)).toBe("0.13");
    expect(roundQ(q(-1, 8), 2)).toBe("-0.13");
    expect(roundQ(q(-1, 1000), 2)).toBe("0.00");
    expect(roundQ(q(2, 3), 4)).toBe("0.6667");
    expect(exactDecimal(q(3, 8))).toBe("0.375");
    expect(exactDecimal(q(1, 3))).toBeNull();
    expect(decimalQ(q(5, 2), 3)).toBe("2.5");
    expect(fromDecimal("-0.25")).toEqual(q(-1, 4));
    expect(texQ(q(-6, 8))).toBe("-\\frac{3}{4}");
  });
});

describe("polynomials", () => {
  const coef = fc.integer({ min: -9, max: 9 });
  it("round-trips through KaTeX and differentiates term by term", () => {
    fc.assert(
      fc.property(coef, coef, coef, coef, fc.integer({ min: -4, max: 4 }), (a, b, c, d, x) => {
        const terms = [
          { coef: a, pow: [3] },
          { coef: b, pow: [2] },
          { coef: c, pow: [1] },
          { coef: d, pow: [0] },
        ];
        const back = parsePoly(polyTex(terms));
        expect(evalPoly(back, [x])).toBe(evalPoly(terms, [x]));
        expect(evalPoly(diffPoly(back, 0), [x])).toBe(3 * a * x * x + 2 * b * x + c);
      }),
    );
  });
});

describe("matrices", () => {
  const entry = fc.integer({ min: -6, max: 6 });
  it("Leibniz and cofactor determinants agree; rank by elimination equals rank by minors", () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 12, maxLength: 12 }), (v) => {
        const sq = [v.slice(0, 3), v.slice(3, 6), v.slice(6, 9)];
        expect(detLeibniz(sq)).toBe(detCofactor(sq));
        const wide = [v.slice(0, 4), v.slice(4, 8), v.slice(8, 12)];
        expect(rankByElimination(wide).rank).toBe(rankByMinors(wide));
      }),
    );
  });
});

describe("choice", () => {
  it("never lets a distractor equal the key or another distractor", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 8 }),
        (seed, ds) => {
          const parts = choice(createRng(seed), "0", ds.map(String), false);
          if (!parts) return;
          const texts = parts.options.map((o) => o.text);
          expect(new Set(texts).size).toBe(4);
          expect(parts.options.find((o) => o.id === parts.key[0])?.text).toBe("0");
        },
      ),
    );
  });

  it("in strict mode rejects a list whose first candidates collide", () => {
    expect(choice(createRng(1), "1", ["2", "1", "3", "4"])).toBeNull();
    expect(choice(createRng(1), "1", ["2", "2", "3", "4"])).toBeNull();
    expect(choice(createRng(1), "1", ["2", "3", "4"])).not.toBeNull();
  });
});
