/** @module Eigenvalues of a triangular 3x3 matrix are its diagonal entries. */
import {
  choice,
  defineModel,
  ints,
  keyOption,
  m,
  paragraphs,
  parseList,
  pick,
  pmatrix,
  readMatrix,
} from "./helpers";
import { detLeibniz } from "./matrix";
import { toNumber } from "./rational";
import { mml, strang } from "./references";

const set = (xs: readonly number[]): string => m(`\\{${[...xs].sort((a, b) => a - b).join(", ")}\\}`);

export const eigenTriangular = defineModel({
  id: "eigen-triangular",
  skill: "linear-algebra",
  subtopic: "eigen",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const diag = ints(rng, 3, -4, 7);
    if (new Set(diag).size !== 3) return null;
    const off = ints(rng, 3, -5, 6);
    if (off.some((x) => x === 0)) return null;
    const upper = pick(rng, [true, false]);
    const [d1, d2, d3] = diag as [number, number, number];
    const [o1, o2, o3] = off as [number, number, number];
    const A = upper
      ? [
          [d1, o1, o2],
          [0, d2, o3],
          [0, 0, d3],
        ]
      : [
          [d1, 0, 0],
          [o1, d2, 0],
          [o2, o3, d3],
        ];
    const firstRow = A[0] as number[];
    const lastRow = A[2] as number[];
    const parts = choice(
      rng,
      set(diag),
      [set(upper ? firstRow : lastRow), set(diag.map((x) => -x)), set(off), set([d1 + o1, d2 + o3, d3])],
      false,
    );
    if (!parts) return null;
    return {
      stem: `What are the eigenvalues of the ${upper ? "upper" : "lower"}-triangular matrix\n\n$$A = ${pmatrix(A)}$$`,
      ...parts,
      explanation: paragraphs(
        `For a triangular matrix, $A - \\lambda I$ is triangular too, and the determinant of a triangular matrix is the product of its diagonal: $\\det(A - \\lambda I) = (${d1} - \\lambda)(${d2} - \\lambda)(${d3} - \\lambda)$.`,
        `The roots of this characteristic polynomial are the diagonal entries: $\\lambda \\in \\{${[...diag].sort((a, b) => a - b).join(", ")}\\}$. The off-diagonal entries do not affect the eigenvalues (they do affect the eigenvectors).`,
        `Negating the diagonal comes from solving $\\det(A + \\lambda I) = 0$; picking a row or the off-diagonal entries confuses entries with eigenvalues. Check: the eigenvalues sum to the trace ($${d1 + d2 + d3}$) and multiply to the determinant ($${d1 * d2 * d3}$).`,
      ),
      references: [
        strang("Chapter 6: Eigenvalues and Eigenvectors"),
        mml("Section 4.2: Eigenvalues and Eigenvectors"),
      ],
    };
  },
  verify(item) {
    const A = readMatrix(item.stem, "A");
    const isSpectrum = (text: string): boolean => {
      const ls = parseList(text).map(toNumber);
      if (ls.length !== 3) return false;
      // Each value is a root of det(A - lambda I), and together they have the trace and determinant of A.
      const roots = ls.every(
        (l) => detLeibniz(A.map((row, i) => row.map((x, j) => (i === j ? x - l : x)))) === 0,
      );
      const trace = A.reduce((s, row, i) => s + (row[i] as number), 0);
      return (
        roots && ls.reduce((s, x) => s + x, 0) === trace && ls.reduce((p, x) => p * x, 1) === detLeibniz(A)
      );
    };
    if (!isSpectrum(keyOption(item).text)) return `key ${keyOption(item).text} is not the spectrum of A`;
    if ((item.options ?? []).some((o) => o.id !== item.key?.[0] && isSpectrum(o.text)))
      return "a distractor is the spectrum";
    return null;
  },
});
