/** @module Definite integral of a quadratic polynomial (fundamental theorem of calculus). */
import { intBetween } from "../shared/rng";
import { choice, defineModel, expectKeyText, ints, m, paragraphs, readExpression } from "./helpers";
import { evalPoly, parsePoly, polyTex } from "./polynomial";
import { add, eqQ, mul, neg, powQ, type Q, q, signQ, sub, sumQ, texQ } from "./rational";
import { calculus1, mml } from "./references";

export const definiteIntegral = defineModel({
  id: "definite-integral",
  skill: "calculus",
  subtopic: "integrals",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const [a, b, c] = ints(rng, 3, -4, 5) as [number, number, number];
    const lo = intBetween(rng, -2, 1);
    const hi = lo + intBetween(rng, 1, 3);
    if (a === 0 || b === 0 || c === 0) return null;
    const F = (x: number): Q => sumQ([q(a * x ** 3, 3), q(b * x ** 2, 2), q(c * x)]);
    const key = sub(F(hi), F(lo));
    const f = [
      { coef: a, pow: [2] },
      { coef: b, pow: [1] },
      { coef: c, pow: [0] },
    ];
    const noDivide = (x: number): number => a * x ** 3 + b * x ** 2 + c * x;
    const parts = choice(rng, m(texQ(key)), [
      m(texQ(sub(F(lo), F(hi)))),
      m(texQ(q(noDivide(hi) - noDivide(lo)))),
      m(texQ(q(evalPoly(f, [hi]) - evalPoly(f, [lo])))),
    ]);
    if (!parts) return null;
    const Ftex = [
      [q(a, 3), "x^3"],
      [q(b, 2), "x^2"],
      [q(c), "x"],
    ]
      .map(([k, v], i) => {
        const coef = k as Q;
        const magnitude = signQ(coef) < 0 ? neg(coef) : coef;
        const body = `${eqQ(magnitude, q(1)) ? "" : texQ(magnitude)}${v}`;
        return i === 0 ? `${signQ(coef) < 0 ? "-" : ""}${body}` : `${signQ(coef) < 0 ? "-" : "+"} ${body}`;
      })
      .join(" ");
    return {
      stem: `Evaluate $\\displaystyle\\int_{${lo}}^{${hi}} f(x)\\,dx$ for $f(x) = ${polyTex(f)}$.`,
      ...parts,
      explanation: paragraphs(
        `An antiderivative (power rule in reverse, $\\int x^n dx = \\frac{x^{n+1}}{n+1}$) is $F(x) = ${Ftex}$.`,
        `By the fundamental theorem of calculus, $\\int_{${lo}}^{${hi}} f(x)\\,dx = F(${hi}) - F(${lo}) = ${texQ(F(hi))} - \\left(${texQ(F(lo))}\\right) = ${texQ(key)}$.`,
        `$${texQ(sub(F(lo), F(hi)))}$ subtracts in the wrong order ($F(\\text{lower}) - F(\\text{upper})$); $${texQ(q(noDivide(hi) - noDivide(lo)))}$ raises the powers without dividing by $n+1$; $${texQ(q(evalPoly(f, [hi]) - evalPoly(f, [lo])))}$ evaluates $f$ itself instead of an antiderivative.`,
      ),
      references: [
        calculus1("Section 5.3: The Fundamental Theorem of Calculus"),
        mml("Section 6.2.2: Continuous Probabilities (integrals of densities)"),
      ],
    };
  },
  verify(item) {
    const f = parsePoly(readExpression(item.stem, "f(x)"));
    const limits = /\\int_\{(-?\d+)\}\^\{(-?\d+)\}/.exec(item.stem);
    if (!limits) return "cannot read the limits";
    const lo = Number(limits[1]);
    const hi = Number(limits[2]);
    if (f.some((t) => (t.pow[0] as number) > 3)) return "degree above 3";
    // Simpson's rule is exact for polynomials of degree <= 3: (h/6)(f(lo) + 4 f(mid) + f(hi)).
    const fq = (x: Q): Q => sumQ(f.map((t) => mul(q(t.coef), powQ(x, t.pow[0] as number))));
    const mid = q(lo + hi, 2);
    const simpson = mul(q(hi - lo, 6), add(add(fq(q(lo)), mul(q(4), fq(mid))), fq(q(hi))));
    return expectKeyText(item, m(texQ(simpson)));
  },
});
