/** @module One Newton's-method step for minimising a cubic. */
import { intBetween } from "../shared/rng";
import {
  choice,
  defineModel,
  expectKeyText,
  ints,
  m,
  paragraphs,
  readExpression,
  readNumber,
} from "./helpers";
import { diffPoly, evalPoly, parsePoly, polyTex } from "./polynomial";
import { q, sub, texQ } from "./rational";
import { calculus1, mml } from "./references";

export const newtonStep = defineModel({
  id: "newton-step",
  skill: "calculus",
  subtopic: "optimization",
  tier: "hard",
  format: "single-choice",
  build(rng) {
    const [a, b, c] = ints(rng, 3, -3, 4) as [number, number, number];
    const x0 = intBetween(rng, -2, 3);
    if (a === 0 || b === 0 || c === 0) return null;
    // f' = 3a x^2 + 2b x + c needs two real roots, so that f has a local minimum to find.
    if (4 * b * b - 12 * a * c <= 0) return null;
    const f = [
      { coef: a, pow: [3] },
      { coef: b, pow: [2] },
      { coef: c, pow: [1] },
    ];
    const f0 = evalPoly(f, [x0]);
    const d1 = 3 * a * x0 * x0 + 2 * b * x0 + c;
    const d2 = 6 * a * x0 + 2 * b;
    if (d2 <= 0 || d1 === 0 || Math.abs(d1) > 60) return null;
    const key = sub(q(x0), q(d1, d2));
    const parts = choice(rng, m(texQ(key)), [
      m(texQ(q(x0 * d2 + d1, d2))),
      ...(f0 !== 0 ? [m(texQ(sub(q(x0), q(f0, d1))))] : [m("\\text{undefined}")]),
      m(texQ(q(x0 - d1))),
    ]);
    if (!parts || f0 === 0) return null;
    return {
      stem: `To find a local minimum of $f(x) = ${polyTex(f)}$, you take one step of Newton's method for optimisation from $x_0 = ${x0}$. What is $x_1$?`,
      ...parts,
      explanation: paragraphs(
        `Newton's method for optimisation applies root-finding to $f'$: $x_1 = x_0 - \\dfrac{f'(x_0)}{f''(x_0)}$ (it jumps to the minimiser of the local quadratic approximation).`,
        `$f'(x) = ${polyTex(diffPoly(f, 0))}$ and $f''(x) = ${polyTex(diffPoly(diffPoly(f, 0), 0))}$, so $f'(${x0}) = ${d1}$ and $f''(${x0}) = ${d2}$.`,
        `$x_1 = ${x0} - \\dfrac{${d1}}{${d2}} = ${texQ(key)}$. Since $f''(${x0}) > 0$, the local quadratic model is convex and the step heads toward a local minimum.`,
        `$${texQ(q(x0 * d2 + d1, d2))}$ adds the step instead of subtracting; $${texQ(sub(q(x0), q(f0, d1)))}$ is a root-finding step on $f$ itself ($x_0 - f/f'$), which seeks $f = 0$, not a minimum; $${x0 - d1}$ is a plain gradient step with learning rate 1, which ignores curvature.`,
      ),
      references: [
        calculus1("Section 4.9: Newton's Method"),
        mml("Section 7.1: Optimization Using Gradient Descent"),
      ],
    };
  },
  verify(item) {
    const f = parsePoly(readExpression(item.stem, "f(x)"));
    const x0 = readNumber(item.stem, "x_0");
    const d1 = evalPoly(diffPoly(f, 0), [x0]);
    const d2 = evalPoly(diffPoly(diffPoly(f, 0), 0), [x0]);
    return expectKeyText(item, m(texQ(sub(q(x0), q(d1, d2)))));
  },
});
