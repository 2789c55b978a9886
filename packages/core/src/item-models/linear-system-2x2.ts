/** @module Solving a 2x2 linear system with a unique integer solution. */
import {
  at,
  choice,
  defineModel,
  ints,
  keyOption,
  m,
  paragraphs,
  parseTuple,
  pmatrix,
  readMatrix,
  readTuple,
  signed,
} from "./helpers";
import { add, eqQ, mul, type Q, q, texQ } from "./rational";
import { mml, strang } from "./references";

const pair = (x: Q, y: Q): string => m(`(x, y) = (${texQ(x)}, ${texQ(y)})`);

function equation(a: number, b: number, rhs: number): string {
  const t1 = a === 1 ? "x" : a === -1 ? "-x" : `${a}x`;
  const t2 = `${b < 0 ? "-" : "+"} ${Math.abs(b) === 1 ? "" : Math.abs(b)}y`;
  return `${t1} ${t2} &= ${rhs}`;
}

/** Solves [[a, b], [c, d]] (x, y) = (e, f) by Cramer's rule. */
function cramer(a: number, b: number, c: number, d: number, e: number, f: number): [Q, Q] {
  const det = a * d - b * c;
  return [q(e * d - b * f, det), q(a * f - e * c, det)];
}

export const linearSystem2x2 = defineModel({
  id: "linear-system-2x2",
  skill: "linear-algebra",
  subtopic: "linear-systems",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const [a, b, c, d] = ints(rng, 4, -5, 6) as [number, number, number, number];
    const [x, y] = ints(rng, 2, -5, 5) as [number, number];
    const det = a * d - b * c;
    if (det === 0 || a === 0 || b === 0 || c === 0 || d === 0 || x === y) return null;
    const e = a * x + b * y;
    const f = c * x + d * y;
    const [tx, ty] = cramer(a, c, b, d, e, f); // solved A^T z = b
    const parts = choice(rng, pair(q(x), q(y)), [
      pair(tx, ty),
      pair(q(y), q(x)),
      pair(q(e, a), q(f, d)),
      pair(q(-x), q(-y)),
    ]);
    if (!parts) return null;
    return {
      stem: `Solve the system\n\n$$\\begin{aligned} ${equation(a, b, e)} \\\\ ${equation(c, d, f)} \\end{aligned}$$\n\nwritten as $A\\mathbf{x} = \\mathbf{b}$ with $A = ${pmatrix(
        [
          [a, b],
          [c, d],
        ],
      )}$ and $\\mathbf{b} = (${e}, ${f})$.`,
      ...parts,
      explanation: paragraphs(
        `$\\det(A) = (${a})(${d}) - (${b})(${c}) = ${det} \\neq 0$, so there is exactly one solution. By Cramer's rule (or elimination):`,
        `$x = \\dfrac{\\det\\begin{pmatrix} ${e} & ${b} \\\\ ${f} & ${d} \\end{pmatrix}}{${det}} = \\dfrac{${e * d - b * f}}{${det}} = ${x}$, $\\quad y = \\dfrac{\\det\\begin{pmatrix} ${a} & ${e} \\\\ ${c} & ${f} \\end{pmatrix}}{${det}} = \\dfrac{${a * f - e * c}}{${det}} = ${y}$.`,
        `Check: $${a}(${x}) ${signed(b)}(${y}) = ${e}$ and $${c}(${x}) ${signed(d)}(${y}) = ${f}$. Always substitute back.`,
        `$(${texQ(tx)}, ${texQ(ty)})$ solves $A^{\\top}\\mathbf{x} = \\mathbf{b}$ (the coefficient matrix read by columns instead of rows); $(${y}, ${x})$ swaps the unknowns; $(${texQ(q(e, a))}, ${texQ(q(f, d))})$ divides each right-hand side by a diagonal coefficient, ignoring the coupling terms.`,
      ),
      references: [
        strang("Chapter 2: Solving Linear Equations"),
        mml("Section 2.3: Solving Systems of Linear Equations"),
      ],
    };
  },
  verify(item) {
    const A = readMatrix(item.stem, "A");
    const bv = readTuple(item.stem, "\\mathbf{b}");
    if (bv.length !== 2) return "b is not a 2-vector";
    // Substitute each option into both equations: only the key may satisfy A x = b.
    const solves = (text: string): boolean => {
      const inner = /\(x, y\) = (\(.*\))/.exec(text.replace(/\$/g, ""))?.[1];
      if (!inner) return false;
      const [x, y] = parseTuple(inner) as [Q, Q];
      return [0, 1].every((i) => eqQ(add(mul(q(at(A, i, 0)), x), mul(q(at(A, i, 1)), y)), bv[i] as Q));
    };
    if (!solves(keyOption(item).text)) return `key ${keyOption(item).text} does not satisfy Ax = b`;
    if ((item.options ?? []).some((o) => o.id !== item.key?.[0] && solves(o.text)))
      return "a distractor also solves Ax = b";
    return null;
  },
});
