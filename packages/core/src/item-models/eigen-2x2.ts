/** @module Eigenvalues of a 2x2 matrix built from chosen integer eigenvalues. */
import { intBetween } from "../shared/rng";
import {
  at,
  choice,
  defineModel,
  keyOption,
  m,
  paragraphs,
  parseList,
  pmatrix,
  readMatrix,
  signed,
} from "./helpers";
import { toNumber } from "./rational";
import { mml, strang } from "./references";

const pairText = (a: number, b: number): string =>
  m(`\\lambda_1 = ${Math.min(a, b)},\\ \\lambda_2 = ${Math.max(a, b)}`);

export const eigen2x2 = defineModel({
  id: "eigen-2x2",
  skill: "linear-algebra",
  subtopic: "eigen",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const l1 = intBetween(rng, -4, 6);
    const l2 = intBetween(rng, -4, 6);
    if (l1 === l2) return null;
    // A = P diag(l1, l2) P^{-1} with P = [[1 + k m, k], [m, 1]] (det 1), so A has integer entries.
    const k = intBetween(rng, -2, 2);
    const mm = intBetween(rng, -2, 2);
    const P = [
      [1 + k * mm, k],
      [mm, 1],
    ];
    const Pinv = [
      [1, -k],
      [-mm, 1 + k * mm],
    ];
    const A = [0, 1].map((i) =>
      [0, 1].map((j) => at(P, i, 0) * l1 * at(Pinv, 0, j) + at(P, i, 1) * l2 * at(Pinv, 1, j)),
    );
    const [a, b, c, d] = [at(A, 0, 0), at(A, 0, 1), at(A, 1, 0), at(A, 1, 1)];
    if (b === 0 || c === 0 || A.flat().some((x) => Math.abs(x) > 15)) return null;
    const tr = a + d;
    const det = a * d - b * c;
    const parts = choice(
      rng,
      pairText(l1, l2),
      [...(a !== d ? [pairText(a, d)] : []), pairText(-l1, -l2), ...(tr !== det ? [pairText(tr, det)] : [])],
      false,
    );
    if (!parts) return null;
    return {
      stem: `Find the eigenvalues of\n\n$$A = ${pmatrix(A)}$$`,
      ...parts,
      explanation: paragraphs(
        `Eigenvalues solve $\\det(A - \\lambda I) = 0$. For a $2\\times 2$ matrix this is $\\lambda^2 - \\operatorname{tr}(A)\\,\\lambda + \\det(A) = 0$.`,
        `$\\operatorname{tr}(A) = ${a} ${signed(d)} = ${tr}$ and $\\det(A) = (${a})(${d}) - (${b})(${c}) = ${det}$, so $\\lambda^2 ${signed(-tr)}\\lambda ${signed(det)} = (\\lambda ${signed(-l1)})(\\lambda ${signed(-l2)}) = 0$, giving $\\lambda = ${Math.min(l1, l2)}$ and $\\lambda = ${Math.max(l1, l2)}$.`,
        `Check: the eigenvalues sum to the trace ($${l1} ${signed(l2)} = ${tr}$) and multiply to the determinant ($${l1 * l2}$). The diagonal entries are the eigenvalues only for a triangular matrix; the opposite signs come from a sign error in the characteristic polynomial; the trace and determinant are its coefficients, not its roots.`,
      ),
      references: [
        strang("Chapter 6: Eigenvalues and Eigenvectors"),
        mml("Section 4.2: Eigenvalues and Eigenvectors"),
      ],
    };
  },
  verify(item) {
    const A = readMatrix(item.stem, "A");
    const [a, b, c, d] = [at(A, 0, 0), at(A, 0, 1), at(A, 1, 0), at(A, 1, 1)];
    const isSpectrum = (text: string): boolean => {
      const values = parseList(text.replace(/\\lambda_\d = /g, "").replace(/\\ /g, "")).map(toNumber);
      if (values.length !== 2) return false;
      const [x, y] = values as [number, number];
      const charAt = (l: number): number => (a - l) * (d - l) - b * c;
      // Both roots of det(A - lambda I), with multiplicities matching the trace.
      return charAt(x) === 0 && charAt(y) === 0 && x + y === a + d;
    };
    if (!isSpectrum(keyOption(item).text)) return `key ${keyOption(item).text} are not the eigenvalues`;
    if ((item.options ?? []).some((o) => o.id !== item.key?.[0] && isSpectrum(o.text)))
      return "a distractor is the spectrum";
    return null;
  },
});
