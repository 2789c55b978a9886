/** @module Determinant rules: det(cA^T B^{-1}) = c^n det(A) / det(B). */
import { choice, defineModel, expectKeyText, m, paragraphs, pick, readNumber } from "./helpers";
import { div, mul, type Q, q, texQ } from "./rational";
import { mml, strang } from "./references";

export const detProperties = defineModel({
  id: "det-properties",
  skill: "linear-algebra",
  subtopic: "determinants",
  tier: "hard",
  format: "single-choice",
  build(rng) {
    const n = pick(rng, [2, 3, 4]);
    const c = pick(rng, [2, 3, -2, -1]);
    const detA = pick(rng, [-5, -4, -3, -2, 2, 3, 4, 5, 6]);
    const detB = pick(rng, [-4, -2, 2, 3, 4, 6]);
    const cn = c ** n;
    const key = q(cn * detA, detB);
    const parts = choice(rng, m(texQ(key)), [
      m(texQ(q(c * detA, detB))),
      m(texQ(q(cn * detA * detB))),
      m(texQ(q(-cn * detA, detB))),
      m(texQ(q(c ** (n - 1) * detA, detB))),
    ]);
    if (!parts) return null;
    return {
      stem: `Let $n = ${n}$. The $n \\times n$ matrices $A$ and $B$ satisfy $\\det(A) = ${detA}$ and $\\det(B) = ${detB}$. With $c = ${c}$, what is $\\det\\left(c\\,A^{\\top} B^{-1}\\right)$?`,
      ...parts,
      explanation: paragraphs(
        `Three rules: $\\det(A^{\\top}) = \\det(A)$; $\\det(B^{-1}) = 1/\\det(B)$; and scaling an $n\\times n$ matrix by $c$ scales each of its $n$ rows, so $\\det(cM) = c^{n}\\det(M)$. The determinant is multiplicative: $\\det(XY) = \\det(X)\\det(Y)$.`,
        `So $\\det(c\\,A^{\\top}B^{-1}) = c^{${n}}\\,\\dfrac{\\det(A)}{\\det(B)} = (${c})^{${n}} \\cdot \\dfrac{${detA}}{${detB}} = ${cn} \\cdot \\dfrac{${detA}}{${detB}} = ${texQ(key)}$.`,
        `Using $c$ instead of $c^{n}$ gives $${texQ(q(c * detA, detB))}$; multiplying by $\\det(B)$ instead of dividing gives $${texQ(q(cn * detA * detB))}$. Transposing never changes the determinant, so no extra sign appears.`,
      ),
      references: [
        strang("Chapter 5: Determinants (properties of the determinant)"),
        mml("Section 4.1: Determinant and Trace"),
      ],
    };
  },
  verify(item) {
    const n = readNumber(item.stem, "n");
    const detA = readNumber(item.stem, "\\det(A)");
    const detB = readNumber(item.stem, "\\det(B)");
    const c = readNumber(item.stem, "c");
    // Concrete witnesses: A = diag(detA, 1, ..., 1), B = diag(detB, 1, ..., 1); c A^T B^{-1} is then
    // diagonal and its determinant is the product of its diagonal entries.
    let det: Q = q(1);
    for (let i = 0; i < n; i++) {
      const aii = i === 0 ? detA : 1;
      const bii = i === 0 ? detB : 1;
      det = mul(det, div(q(c * aii), q(bii)));
    }
    return expectKeyText(item, m(texQ(det)));
  },
});
