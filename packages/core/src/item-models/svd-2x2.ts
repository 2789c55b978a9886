/** @module Singular values of a 2x2 integer matrix (chosen so they are integers). */
import {
  at,
  choice,
  defineModel,
  ints,
  keyOption,
  m,
  paragraphs,
  parseList,
  pmatrix,
  readMatrix,
} from "./helpers";
import { toNumber } from "./rational";
import { mml, strang } from "./references";

const pairText = (a: number, b: number): string =>
  m(`\\sigma_1 = ${Math.max(a, b)},\\ \\sigma_2 = ${Math.min(a, b)}`);

/** Integer square root when x is a perfect square, else null. */
function isqrt(x: number): number | null {
  if (x < 0) return null;
  const r = Math.round(Math.sqrt(x));
  return r * r === x ? r : null;
}

export const svd2x2 = defineModel({
  id: "svd-2x2",
  skill: "linear-algebra",
  subtopic: "decompositions",
  tier: "hard",
  format: "single-choice",
  build(rng) {
    const [a, b, c, d] = ints(rng, 4, -6, 6) as [number, number, number, number];
    const det = a * d - b * c;
    const frob = a * a + b * b + c * c + d * d;
    if (det === 0 || b === 0 || c === 0) return null;
    // Orthogonal rows or columns make the answer just the row/column lengths: keep the general case.
    if (a * b + c * d === 0 || a * c + b * d === 0) return null;
    // s1^2 + s2^2 = ||A||_F^2 and s1 s2 = |det A|, so s1 +- s2 = sqrt(||A||_F^2 +- 2|det A|).
    const plus = isqrt(frob + 2 * Math.abs(det));
    const minus = isqrt(frob - 2 * Math.abs(det));
    if (plus === null || minus === null || (plus + minus) % 2 !== 0) return null;
    const s1 = (plus + minus) / 2;
    const s2 = (plus - minus) / 2;
    const tr = a + d;
    const disc = tr * tr - 4 * det;
    const root = isqrt(disc);
    const eig = root === null || (tr + root) % 2 !== 0 ? null : [(tr + root) / 2, (tr - root) / 2];
    const parts = choice(
      rng,
      pairText(s1, s2),
      [
        pairText(s1 * s1, s2 * s2),
        ...(eig ? [pairText(eig[0] as number, eig[1] as number)] : []),
        pairText(Math.abs(a), Math.abs(d)),
        pairText(frob, Math.abs(det)),
      ],
      false,
    );
    if (!parts) return null;
    return {
      stem: `What are the singular values of\n\n$$A = ${pmatrix([
        [a, b],
        [c, d],
      ])}$$`,
      ...parts,
      explanation: paragraphs(
        `The singular values are the square roots of the eigenvalues of $A^{\\top}A$. For a $2\\times 2$ matrix two invariants pin them down: $\\sigma_1^2 + \\sigma_2^2 = \\operatorname{tr}(A^{\\top}A) = \\lVert A \\rVert_F^2$ and $\\sigma_1\\sigma_2 = |\\det A|$.`,
        `Here $\\lVert A \\rVert_F^2 = ${a * a} + ${b * b} + ${c * c} + ${d * d} = ${frob}$ and $|\\det A| = |(${a})(${d}) - (${b})(${c})| = ${Math.abs(det)}$. The eigenvalues of $A^{\\top}A$ solve $\\mu^2 - ${frob}\\mu + ${det * det} = 0$, so $\\mu \\in \\{${s1 * s1}, ${s2 * s2}\\}$ and $\\sigma_1 = \\sqrt{${s1 * s1}} = ${s1}$, $\\sigma_2 = \\sqrt{${s2 * s2}} = ${s2}$.`,
        `Check: $${s1}^2 + ${s2}^2 = ${frob}$ and $${s1}\\cdot${s2} = ${Math.abs(det)}$. Reporting $${s1 * s1}$ and $${s2 * s2}$ forgets the square root; ${eig ? `the eigenvalues of $A$ itself ($${eig[0]}$ and $${eig[1]}$) differ from its singular values unless $A$ is symmetric positive semi-definite; ` : ""}the diagonal entries are singular values only for a diagonal matrix.`,
      ),
      references: [
        strang("Chapter 7: The Singular Value Decomposition (SVD)"),
        mml("Section 4.5: Singular Value Decomposition"),
      ],
    };
  },
  verify(item) {
    const A = readMatrix(item.stem, "A");
    const [a, b, c, d] = [at(A, 0, 0), at(A, 0, 1), at(A, 1, 0), at(A, 1, 1)];
    // A^T A = [[p, r], [r, s]]; each sigma^2 must be a root of its characteristic polynomial.
    const p = a * a + c * c;
    const s = b * b + d * d;
    const r = a * b + c * d;
    const isSvd = (text: string): boolean => {
      const values = parseList(text.replace(/\\sigma_\d = /g, "").replace(/\\ /g, "")).map(toNumber);
      if (values.length !== 2 || values.some((v) => v < 0)) return false;
      const [x, y] = values as [number, number];
      const charAt = (mu: number): number => (p - mu) * (s - mu) - r * r;
      return charAt(x * x) === 0 && charAt(y * y) === 0 && x * x + y * y === p + s && x >= y;
    };
    if (!isSvd(keyOption(item).text)) return `key ${keyOption(item).text} are not the singular values`;
    if ((item.options ?? []).some((o) => o.id !== item.key?.[0] && isSvd(o.text)))
      return "a distractor is also correct";
    return null;
  },
});
