/** @module Euclidean norm of an integer vector. */
import { intBetween, shuffled } from "../shared/rng";
import { choice, defineModel, keyOption, m, paragraphs, paren, parseQ, pick, readTuple } from "./helpers";
import { eqQ, mul, type Q, q, signQ, texQ, toNumber } from "./rational";
import { mml, strang } from "./references";

/** Integer vectors with integer Euclidean length: [components, length]. */
export const INTEGER_NORM_VECTORS: readonly (readonly [readonly number[], number])[] = [
  [[1, 2, 2], 3],
  [[2, 3, 6], 7],
  [[1, 4, 8], 9],
  [[4, 4, 7], 9],
  [[2, 6, 9], 11],
  [[6, 6, 7], 11],
  [[2, 5, 14], 15],
  [[2, 4, 5, 6], 9],
  [[1, 2, 2, 4], 5],
  [[2, 2, 3, 4, 4], 7],
];

/** A random signed permutation of a scaled integer-norm vector. */
export function integerNormVector(
  rng: () => number,
  maxScale: number,
  maxDim = 5,
): { v: number[]; norm: number } {
  const choices = INTEGER_NORM_VECTORS.filter(([v]) => v.length <= maxDim);
  const [base, length] = pick(rng, choices);
  const k = intBetween(rng, 1, maxScale);
  const v = shuffled(rng, base).map((x) => (rng() < 0.5 ? -1 : 1) * k * x);
  return { v, norm: k * length };
}

export const vectorNorm = defineModel({
  id: "vector-norm",
  skill: "linear-algebra",
  subtopic: "vectors",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const { v, norm } = integerNormVector(rng, 2);
    const sq = v.reduce((s, x) => s + x * x, 0);
    const l1 = v.reduce((s, x) => s + Math.abs(x), 0);
    const sum = v.reduce((s, x) => s + x, 0);
    const parts = choice(rng, m(norm), [m(sq), m(l1), m(sum), m(Math.max(...v.map(Math.abs)))]);
    if (!parts) return null;
    return {
      stem: `What is the Euclidean ($\\ell_2$) norm $\\lVert \\mathbf{v} \\rVert_2$ of $\\mathbf{v} = (${v.join(", ")})$?`,
      ...parts,
      explanation: paragraphs(
        `$\\lVert \\mathbf{v} \\rVert_2 = \\sqrt{\\sum_i v_i^2}$.`,
        `Here $\\sum_i v_i^2 = ${v.map((x) => `${paren(x)}^2`).join(" + ")} = ${sq}$, so $\\lVert \\mathbf{v} \\rVert_2 = \\sqrt{${sq}} = ${norm}$.`,
        `$${sq}$ is the squared norm (the square root was forgotten); $${l1}$ is the $\\ell_1$ norm $\\sum_i |v_i|$; $${sum}$ adds the signed components, which is not a norm at all.`,
      ),
      references: [
        strang("Chapter 1: Introduction to Vectors (lengths and dot products)"),
        mml("Section 3.1: Norms"),
      ],
    };
  },
  verify(item) {
    const v = readTuple(item.stem, "\\mathbf{v}").map(toNumber);
    const key = parseQ(keyOption(item).text);
    const sq = v.reduce((s, x) => s + x * x, 0);
    // The norm is the non-negative number whose square is the sum of squares.
    const isNorm = (x: Q): boolean => signQ(x) >= 0 && eqQ(mul(x, x), q(sq));
    if (!isNorm(key)) return `key ${texQ(key)} does not square to ${sq}`;
    for (const o of item.options ?? []) {
      if (o.id !== item.key?.[0] && isNorm(parseQ(o.text))) {
        return `distractor ${o.text} is also the norm`;
      }
    }
    return null;
  },
});
