/** @module Determinant of a 3x3 integer matrix by cofactor expansion. */
import {
  choice,
  defineModel,
  expectKeyText,
  ints,
  m,
  paragraphs,
  paren,
  pmatrix,
  readMatrix,
} from "./helpers";
import { detLeibniz } from "./matrix";
import { mml, strang } from "./references";

export const det3x3 = defineModel({
  id: "det-3x3",
  skill: "linear-algebra",
  subtopic: "determinants",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const v = ints(rng, 9, -4, 5);
    const A = [v.slice(0, 3), v.slice(3, 6), v.slice(6, 9)];
    if (v.filter((x) => x === 0).length > 2) return null;
    const [a, b, c, d, e, f, g, h, i] = v as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const m1 = e * i - f * h;
    const m2 = d * i - f * g;
    const m3 = d * h - e * g;
    const det = a * m1 - b * m2 + c * m3;
    const parts = choice(rng, m(det), [
      m(a * m1 + b * m2 + c * m3),
      m(a * e * i + b * f * g + c * d * h),
      m(a * e * i),
      m(-det),
    ]);
    if (!parts) return null;
    return {
      stem: `Compute $\\det(A)$ for\n\n$$A = ${pmatrix(A)}$$`,
      ...parts,
      explanation: paragraphs(
        `Expand along the first row with alternating signs $+, -, +$: $\\det(A) = a_{11}M_{11} - a_{12}M_{12} + a_{13}M_{13}$, where $M_{1j}$ is the $2\\times 2$ minor left after deleting row 1 and column $j$.`,
        `$M_{11} = ${paren(e)}\\cdot${paren(i)} - ${paren(f)}\\cdot${paren(h)} = ${m1}$, $M_{12} = ${paren(d)}\\cdot${paren(i)} - ${paren(f)}\\cdot${paren(g)} = ${m2}$, $M_{13} = ${paren(d)}\\cdot${paren(h)} - ${paren(e)}\\cdot${paren(g)} = ${m3}$.`,
        `$\\det(A) = ${paren(a)}\\cdot${paren(m1)} - ${paren(b)}\\cdot${paren(m2)} + ${paren(c)}\\cdot${paren(m3)} = ${det}$.`,
        `Forgetting the minus sign on the middle cofactor gives $${a * m1 + b * m2 + c * m3}$. Sarrus' rule needs the three "down" diagonals minus the three "up" diagonals; keeping only the down diagonals gives $${a * e * i + b * f * g + c * d * h}$. The product of the diagonal alone ($${a * e * i}$) is the determinant only for a triangular matrix.`,
      ),
      references: [strang("Chapter 5: Determinants (cofactors)"), mml("Section 4.1: Determinant and Trace")],
    };
  },
  verify(item) {
    const A = readMatrix(item.stem, "A");
    if (A.length !== 3 || A.some((r) => r.length !== 3)) return "A is not 3x3";
    return expectKeyText(item, m(detLeibniz(A)));
  },
});
