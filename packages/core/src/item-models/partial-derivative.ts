/** @module A partial derivative of a quadratic in two variables at a point. */
import {
  choice,
  defineModel,
  expectKeyText,
  ints,
  m,
  paragraphs,
  paren,
  readExpression,
  readTuple,
} from "./helpers";
import { diffPoly, evalPoly, parsePoly, polyTex } from "./polynomial";
import { toNumber } from "./rational";
import { calculus3, mml } from "./references";

export const partialDerivative = defineModel({
  id: "partial-derivative",
  skill: "calculus",
  subtopic: "gradients",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const [a, b, c, d, e] = ints(rng, 5, -4, 5) as [number, number, number, number, number];
    const [x0, y0] = ints(rng, 2, -3, 3) as [number, number];
    if (a === 0 || b === 0 || c === 0 || d === 0 || e === 0 || x0 === 0 || y0 === 0) return null;
    const f = [
      { coef: a, pow: [2, 0] },
      { coef: b, pow: [1, 1] },
      { coef: c, pow: [0, 2] },
      { coef: d, pow: [1, 0] },
      { coef: e, pow: [0, 1] },
    ];
    const key = 2 * a * x0 + b * y0 + d;
    const dy = b * x0 + 2 * c * y0 + e;
    const parts = choice(rng, m(key), [
      m(dy),
      m(2 * a * x0 + d),
      m(2 * a * x0 + b + d),
      m(evalPoly(f, [x0, y0])),
    ]);
    if (!parts) return null;
    return {
      stem: `Let $f(x, y) = ${polyTex(f, ["x", "y"])}$. What is $\\dfrac{\\partial f}{\\partial x}$ at $(x, y) = (${x0}, ${y0})$?`,
      ...parts,
      explanation: paragraphs(
        `For $\\partial f / \\partial x$, treat $y$ as a constant and differentiate in $x$: $\\dfrac{\\partial f}{\\partial x} = ${polyTex(
          [
            { coef: 2 * a, pow: [1, 0] },
            { coef: b, pow: [0, 1] },
            { coef: d, pow: [0, 0] },
          ],
          ["x", "y"],
        )}$ (the $y^2$ and $y$ terms are constants in $x$ and vanish).`,
        `At $(${x0}, ${y0})$: $${2 * a}\\cdot${paren(x0)} + ${paren(b)}\\cdot${paren(y0)} + ${paren(d)} = ${key}$.`,
        `$${dy}$ is $\\partial f/\\partial y$ instead; $${2 * a * x0 + d}$ drops the mixed term $${polyTex([{ coef: b, pow: [1, 1] }], ["x", "y"])}$, whose $x$-derivative is $${polyTex([{ coef: b, pow: [0, 1] }], ["x", "y"])}$, not $0$; $${2 * a * x0 + b + d}$ differentiates $xy$ as if it were $x$ (forgetting the factor $y$).`,
      ),
      references: [
        calculus3("Section 4.3: Partial Derivatives"),
        mml("Section 5.2: Partial Differentiation and Gradients"),
      ],
    };
  },
  verify(item) {
    const f = parsePoly(readExpression(item.stem, "f(x, y)"), ["x", "y"]);
    const [x0, y0] = readTuple(item.stem, "(x, y)").map(toNumber) as [number, number];
    return expectKeyText(item, m(evalPoly(diffPoly(f, 0), [x0, y0])));
  },
});
