/** @module Minimiser of a convex quadratic: set the derivative to zero. */
import { intBetween } from "../shared/rng";
import { choice, defineModel, keyOption, m, paragraphs, parseQ, readExpression } from "./helpers";
import { parsePoly, polyTex } from "./polynomial";
import { add, eqQ, mul, neg, q, texQ } from "./rational";
import { calculus1, mml } from "./references";

export const quadraticMinimum = defineModel({
  id: "quadratic-minimum",
  skill: "calculus",
  subtopic: "optimization",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const a = intBetween(rng, 1, 4);
    const b = intBetween(rng, -12, 12);
    const c = intBetween(rng, -9, 9);
    if (b === 0) return null;
    const xStar = q(-b, 2 * a);
    const fStar = add(add(mul(q(a), mul(xStar, xStar)), mul(q(b), xStar)), q(c));
    const f = [
      { coef: a, pow: [2] },
      { coef: b, pow: [1] },
      { coef: c, pow: [0] },
    ];
    const parts = choice(rng, m(texQ(xStar)), [m(texQ(neg(xStar))), m(texQ(q(-b, a))), m(texQ(fStar))]);
    if (!parts) return null;
    return {
      stem: `Let $f(x) = ${polyTex(f)}$. At which $x$ does $f$ attain its minimum?`,
      ...parts,
      explanation: paragraphs(
        `$f''(x) = ${2 * a} > 0$, so $f$ is convex and its minimum is where the derivative vanishes: $f'(x) = ${polyTex(
          [
            { coef: 2 * a, pow: [1] },
            { coef: b, pow: [0] },
          ],
        )} = 0$.`,
        `Solving, $x^\\star = -\\dfrac{b}{2a} = -\\dfrac{${b}}{2\\cdot ${a}} = ${texQ(xStar)}$.`,
        `$${texQ(neg(xStar))}$ drops the minus sign (it is where the mirrored parabola has its minimum); $${texQ(q(-b, a))}$ forgets the factor 2 from differentiating $x^2$; $${texQ(fStar)}$ is the minimum value $f(x^\\star)$, not the minimiser.`,
      ),
      references: [
        calculus1("Section 4.3: Maxima and Minima"),
        mml("Section 7.1: Optimization Using Gradient Descent"),
      ],
    };
  },
  verify(item) {
    const terms = parsePoly(readExpression(item.stem, "f(x)"));
    const coef = (p: number): number => terms.filter((t) => t.pow[0] === p).reduce((s, t) => s + t.coef, 0);
    if (coef(2) <= 0) return "not a convex quadratic";
    // f'(x*) = 2a x* + b must be zero, for the key only.
    const stationary = (text: string): boolean =>
      eqQ(add(mul(q(2 * coef(2)), parseQ(text)), q(coef(1))), q(0));
    if (!stationary(keyOption(item).text)) return `f'(${keyOption(item).text}) is not 0`;
    if ((item.options ?? []).some((o) => o.id !== item.key?.[0] && stationary(o.text)))
      return "a distractor is stationary";
    return null;
  },
});
