/** @module Gradient of a two-variable polynomial with mixed terms at a point. */
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
import { diffPoly, evalPoly, parsePoly, polyTex, type Term } from "./polynomial";
import { toNumber } from "./rational";
import { calculus3, mml } from "./references";

const vec = (x: number, y: number): string => m(`\\nabla f = (${x}, ${y})`);

export const gradient2Var = defineModel({
  id: "gradient-2var",
  skill: "calculus",
  subtopic: "gradients",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const [a, b, c, d] = ints(rng, 4, -3, 4) as [number, number, number, number];
    const [x0, y0] = ints(rng, 2, -3, 3) as [number, number];
    if (a === 0 || b === 0 || c === 0 || d === 0 || x0 === 0 || y0 === 0 || x0 === 1 || y0 === 1) return null;
    const f: Term[] = [
      { coef: a, pow: [2, 1] },
      { coef: b, pow: [1, 2] },
      { coef: c, pow: [1, 0] },
      { coef: d, pow: [0, 1] },
    ];
    const gx = 2 * a * x0 * y0 + b * y0 * y0 + c;
    const gy = a * x0 * x0 + 2 * b * x0 * y0 + d;
    const parts = choice(rng, vec(gx, gy), [
      vec(gy, gx),
      vec(2 * a * x0 + b + c, a + 2 * b * y0 + d),
      vec(-gx, -gy),
    ]);
    if (!parts) return null;
    return {
      stem: `Let $f(x, y) = ${polyTex(f, ["x", "y"])}$. What is the gradient $\\nabla f$ at $(x, y) = (${x0}, ${y0})$?`,
      ...parts,
      explanation: paragraphs(
        `The gradient collects the partial derivatives, $\\nabla f = \\left(\\dfrac{\\partial f}{\\partial x}, \\dfrac{\\partial f}{\\partial y}\\right)$; for each one, treat the other variable as a constant.`,
        `$\\dfrac{\\partial f}{\\partial x} = ${polyTex(diffPoly(f, 0), ["x", "y"])}$, which at $(${x0}, ${y0})$ is $${2 * a}\\cdot${paren(x0)}\\cdot${paren(y0)} + ${paren(b)}\\cdot${paren(y0)}^2 + ${paren(c)} = ${gx}$.`,
        `$\\dfrac{\\partial f}{\\partial y} = ${polyTex(diffPoly(f, 1), ["x", "y"])}$, which at $(${x0}, ${y0})$ is $${paren(a)}\\cdot${paren(x0)}^2 + ${paren(2 * b)}\\cdot${paren(x0)}\\cdot${paren(y0)} + ${paren(d)} = ${gy}$.`,
        `So $\\nabla f(${x0}, ${y0}) = (${gx}, ${gy})$. $(${gy}, ${gx})$ lists the partials in the wrong order; $(${2 * a * x0 + b + c}, ${a + 2 * b * y0 + d})$ sets the "constant" variable to 1 instead of keeping its value; $(${-gx}, ${-gy})$ is the negative gradient, the direction gradient descent moves in, not the gradient.`,
      ),
      references: [
        calculus3("Section 4.6: Directional Derivatives and the Gradient"),
        mml("Section 5.2: Partial Differentiation and Gradients"),
      ],
    };
  },
  verify(item) {
    const f = parsePoly(readExpression(item.stem, "f(x, y)"), ["x", "y"]);
    const [x0, y0] = readTuple(item.stem, "(x, y)").map(toNumber) as [number, number];
    // Central differences are exact here up to the cubic terms' h^2 error: use a tiny h and round.
    const h = 1e-3;
    const fx = Math.round((evalPoly(f, [x0 + h, y0]) - evalPoly(f, [x0 - h, y0])) / (2 * h));
    const fy = Math.round((evalPoly(f, [x0, y0 + h]) - evalPoly(f, [x0, y0 - h])) / (2 * h));
    return expectKeyText(item, vec(fx, fy));
  },
});
