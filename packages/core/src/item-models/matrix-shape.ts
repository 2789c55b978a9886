/** @module Shape of a matrix product involving a transpose. */
import { choice, defineModel, expectKeyText, paragraphs, pick } from "./helpers";
import { mml, strang } from "./references";

const UNDEFINED = "The product is not defined";
const shape = (r: number, c: number): string => `$${r} \\times ${c}$`;

export const matrixShape = defineModel({
  id: "matrix-shape",
  skill: "linear-algebra",
  subtopic: "matrix-operations",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const dims = [2, 3, 4, 5, 6, 7, 8];
    const mm = pick(rng, dims);
    const n = pick(rng, dims);
    const p = pick(rng, dims);
    if (mm === n || n === p || mm === p) return null;
    const variant = pick(rng, ["ABt", "AtB"] as const);
    // ABt: A is m x n, B is p x n, AB^T is m x p.   AtB: A is n x m, B is n x p, A^T B is m x p.
    const [aShape, bShape, expr] =
      variant === "ABt"
        ? [`${mm} \\times ${n}`, `${p} \\times ${n}`, "A B^{\\top}"]
        : [`${n} \\times ${mm}`, `${n} \\times ${p}`, "A^{\\top} B"];
    const parts = choice(rng, shape(mm, p), [UNDEFINED, shape(p, mm), shape(n, n), shape(mm, n)]);
    if (!parts) return null;
    return {
      stem: `Let $A \\in \\mathbb{R}^{${aShape}}$ and $B \\in \\mathbb{R}^{${bShape}}$. What is the shape of $${expr}$?`,
      ...parts,
      explanation: paragraphs(
        `A product $XY$ is defined when the number of columns of $X$ equals the number of rows of $Y$; the result has the rows of $X$ and the columns of $Y$: $(r \\times k)(k \\times c) = r \\times c$.`,
        variant === "ABt"
          ? `Transposing swaps the dimensions: $B^{\\top}$ is $${n} \\times ${p}$. Then $A B^{\\top}$ is $(${mm} \\times ${n})(${n} \\times ${p}) = ${mm} \\times ${p}$.`
          : `Transposing swaps the dimensions: $A^{\\top}$ is $${mm} \\times ${n}$. Then $A^{\\top} B$ is $(${mm} \\times ${n})(${n} \\times ${p}) = ${mm} \\times ${p}$.`,
        `"Not defined" would be right for the product without the transpose (the inner dimensions would not match); $${p} \\times ${mm}$ is the shape of the product taken in the other order, and $${n} \\times ${n}$ mistakes the shared inner dimension for the result.`,
      ),
      references: [
        strang("Chapter 2: Solving Linear Equations (rules for matrix operations)"),
        mml("Section 2.2: Matrices"),
      ],
    };
  },
  verify(item) {
    const dims = [...item.stem.matchAll(/\\mathbb\{R\}\^\{(\d+) \\times (\d+)\}/g)].map((x) => [
      Number(x[1]),
      Number(x[2]),
    ]);
    const [a, b] = dims as [[number, number], [number, number]];
    if (!a || !b) return "cannot read the shapes";
    const expr = /shape of \$([^$]+)\$/.exec(item.stem)?.[1];
    // Apply the rules: transpose swaps, product needs matching inner dimensions.
    const left = expr === "A^{\\top} B" ? [a[1], a[0]] : a;
    const right = expr === "A B^{\\top}" ? [b[1], b[0]] : b;
    if (expr !== "A^{\\top} B" && expr !== "A B^{\\top}") return `unknown expression ${expr}`;
    const expected = left[1] === right[0] ? shape(left[0] as number, right[1] as number) : UNDEFINED;
    return expectKeyText(item, expected);
  },
});
