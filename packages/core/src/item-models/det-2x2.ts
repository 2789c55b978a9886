/** @module Determinant of a 2x2 integer matrix. */
import { intBetween } from "../shared/rng";
import { at, choice, defineModel, expectKeyText, m, paragraphs, paren, pmatrix, readMatrix } from "./helpers";
import { mml, strang } from "./references";

/** det by elimination (independent of ad - bc): subtract c/a of row 1 from row 2, or swap rows when a = 0. */
function detByElimination(A: number[][]): number {
  const [a, b, c, d] = [at(A, 0, 0), at(A, 0, 1), at(A, 1, 0), at(A, 1, 1)];
  if (a === 0) return -(c * b);
  return Math.round(a * (d - (c / a) * b));
}

export const det2x2 = defineModel({
  id: "det-2x2",
  skill: "linear-algebra",
  subtopic: "determinants",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const [a, b, c, d] = [0, 0, 0, 0].map(() => intBetween(rng, -6, 9)) as [number, number, number, number];
    if (b === 0 || c === 0 || a * d === b * c) return null;
    const det = a * d - b * c;
    const parts = choice(rng, m(det), [
      m(a * d + b * c),
      m(b * c - a * d),
      m(a * b - c * d),
      m(a * c - b * d),
    ]);
    if (!parts) return null;
    return {
      stem: `Compute the determinant of\n\n$$A = ${pmatrix([
        [a, b],
        [c, d],
      ])}$$`,
      ...parts,
      explanation: paragraphs(
        `For $A = \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}$, $\\det(A) = ad - bc$: the product of the main diagonal minus the product of the anti-diagonal.`,
        `Here $\\det(A) = ${paren(a)} \\cdot ${paren(d)} - ${paren(b)} \\cdot ${paren(c)} = ${a * d} - ${paren(b * c)} = ${det}$.`,
        `Adding the two products gives $${a * d + b * c}$ (a sign error); computing $bc - ad$ gives $${b * c - a * d}$, the negative of the determinant (swapping the two rows flips the sign). Multiplying along rows or columns ($ab - cd$, $ac - bd$) is not the determinant formula.`,
        `Geometrically, $|\\det(A)|$ is the factor by which $A$ scales areas, and the sign tells whether $A$ flips orientation; $\\det(A) = 0$ exactly when $A$ is singular.`,
      ),
      references: [strang("Chapter 5: Determinants"), mml("Section 4.1: Determinant and Trace")],
    };
  },
  verify(item) {
    const A = readMatrix(item.stem, "A");
    return expectKeyText(item, m(detByElimination(A)));
  },
});
