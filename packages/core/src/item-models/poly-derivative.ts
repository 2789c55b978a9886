/** @module Derivative of a cubic polynomial at a point (power rule). */
import { intBetween } from "../shared/rng";
import {
  choice,
  defineModel,
  expectKeyText,
  ints,
  m,
  paragraphs,
  paren,
  readExpression,
  readNumber,
} from "./helpers";
import { evalPoly, parsePoly, polyTex } from "./polynomial";
import { calculus1, mml } from "./references";

export const polyDerivative = defineModel({
  id: "poly-derivative",
  skill: "calculus",
  subtopic: "derivatives",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const [a, b, c, d] = ints(rng, 4, -5, 5) as [number, number, number, number];
    const x0 = intBetween(rng, -3, 3);
    if (a === 0 || b === 0 || c === 0 || x0 === 0 || x0 === 1) return null;
    const f = [
      { coef: a, pow: [3] },
      { coef: b, pow: [2] },
      { coef: c, pow: [1] },
      { coef: d, pow: [0] },
    ];
    const key = 3 * a * x0 * x0 + 2 * b * x0 + c;
    const fx = evalPoly(f, [x0]);
    const parts = choice(rng, m(key), [
      m(fx),
      m(a * x0 * x0 + b * x0 + c),
      m(3 * a * x0 ** 3 + 2 * b * x0 ** 2 + c * x0),
      m(key + d),
    ]);
    if (!parts) return null;
    return {
      stem: `Let $f(x) = ${polyTex(f)}$. What is $f'(x)$ at $x_0 = ${x0}$?`,
      ...parts,
      explanation: paragraphs(
        `Power rule, term by term: $\\frac{d}{dx} x^n = n x^{n-1}$, constants differentiate to $0$. So $f'(x) = ${polyTex(
          [
            { coef: 3 * a, pow: [2] },
            { coef: 2 * b, pow: [1] },
            { coef: c, pow: [0] },
          ],
        )}$.`,
        `At $x_0 = ${x0}$: $f'(${x0}) = ${3 * a}\\cdot${paren(x0)}^2 + ${paren(2 * b)}\\cdot${paren(x0)} + ${paren(c)} = ${key}$.`,
        `$${fx}$ is $f(${x0})$, the function value rather than the slope; $${a * x0 * x0 + b * x0 + c}$ lowers each exponent but forgets to multiply by it; $${3 * a * x0 ** 3 + 2 * b * x0 ** 2 + c * x0}$ multiplies by the exponent but forgets to lower it.`,
      ),
      references: [
        calculus1("Section 3.3: Differentiation Rules"),
        mml("Section 5.1: Differentiation of Univariate Functions"),
      ],
    };
  },
  verify(item) {
    const f = parsePoly(readExpression(item.stem, "f(x)"));
    const x0 = readNumber(item.stem, "x_0");
    // For a cubic, the central difference with h = 1 is exact up to the known term a3 * h^2.
    const a3 = f.filter((t) => t.pow[0] === 3).reduce((s, t) => s + t.coef, 0);
    if (f.some((t) => (t.pow[0] as number) > 3)) return "not a cubic";
    const slope = (evalPoly(f, [x0 + 1]) - evalPoly(f, [x0 - 1])) / 2 - a3;
    return expectKeyText(item, m(slope));
  },
});
