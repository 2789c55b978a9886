/** @module Rank of a 3x4 integer matrix built as a product of rank-r factors. */
import {
  choice,
  defineModel,
  expectKeyText,
  ints,
  m,
  paragraphs,
  pick,
  pmatrix,
  readMatrix,
} from "./helpers";
import { matMul, rankByElimination, rankByMinors } from "./matrix";
import { texQ } from "./rational";
import { mml, strang } from "./references";

export const matrixRank = defineModel({
  id: "rank",
  skill: "linear-algebra",
  subtopic: "linear-systems",
  tier: "hard",
  format: "single-choice",
  build(rng) {
    const r = pick(rng, [1, 2, 2, 3]);
    const L = Array.from({ length: 3 }, () => ints(rng, r, -2, 2));
    const R = Array.from({ length: r }, () => ints(rng, 4, -2, 2));
    const M = matMul(L, R);
    // Every row non-zero, entries small, and the rank really is r.
    if (M.some((row) => row.every((x) => x === 0))) return null;
    if (M.some((row) => row.some((x) => Math.abs(x) > 9))) return null;
    const { rank: actual, echelon } = rankByElimination(M);
    if (actual !== r) return null;
    const parts = choice(rng, m(r), [m(3), m(4), m(2), m(1)], false);
    if (!parts) return null;
    const reasons: Record<number, string> = {
      1: "every row is a multiple of one row",
      2: "one row is a combination of the other two",
      3: "no row is a combination of the others",
    };
    return {
      stem: `What is the rank of the matrix\n\n$$M = ${pmatrix(M)}$$`,
      ...parts,
      explanation: paragraphs(
        `The rank is the number of linearly independent rows (equivalently columns), i.e. the number of pivots after row reduction. It can never exceed $\\min(3, 4) = 3$.`,
        `Gaussian elimination gives the echelon form\n\n$$${pmatrix(echelon.map((row) => row.map(texQ)))}$$\n\nwith ${r} non-zero row${r === 1 ? "" : "s"}, so $\\operatorname{rank}(M) = ${r}$: ${reasons[r]}.`,
        `${r < 3 ? "Having no zero row does not make a matrix full rank (a common slip that answers 3); dependencies between rows only show up after elimination." : "All three rows are independent, so the rank is as large as a 3-row matrix allows."} Nor can the rank be 4, the number of columns: a $3\\times 4$ matrix has at most 3 pivots. By rank–nullity, the null space of $M$ has dimension $4 - ${r} = ${4 - r}$.`,
      ),
      references: [
        strang("Chapter 3: Vector Spaces and Subspaces (rank and the row reduced form)"),
        mml("Section 2.6.2: Rank"),
      ],
    };
  },
  verify(item) {
    const M = readMatrix(item.stem, "M");
    return expectKeyText(item, m(rankByMinors(M)));
  },
});
