/** @module One entry of a matrix product (numeric answer). */
import { intBetween } from "../shared/rng";
import {
  at,
  defineModel,
  expectAnswerNear,
  ints,
  paragraphs,
  paren,
  pmatrix,
  readMatrix,
  readNumber,
} from "./helpers";
import { mml, strang } from "./references";

const row3 = (v: number[]): number[][] => [v.slice(0, 3), v.slice(3, 6), v.slice(6, 9)];

export const matrixProductEntry = defineModel({
  id: "matrix-product-entry",
  skill: "linear-algebra",
  subtopic: "matrix-operations",
  tier: "medium",
  format: "numeric",
  build(rng) {
    const A = row3(ints(rng, 9, -3, 5));
    const B = row3(ints(rng, 9, -3, 5));
    const i = intBetween(rng, 1, 3);
    const j = intBetween(rng, 1, 3);
    if (i === j) return null;
    const terms = [0, 1, 2].map((k) => at(A, i - 1, k) * at(B, k, j - 1));
    const value = terms.reduce((s, x) => s + x, 0);
    let ba = 0;
    let ji = 0;
    for (let k = 0; k < 3; k++) {
      ba += at(B, i - 1, k) * at(A, k, j - 1);
      ji += at(A, j - 1, k) * at(B, k, i - 1);
    }
    // The item is only informative when the common slips give different numbers.
    if (ba === value || ji === value) return null;
    const rowA = [0, 1, 2].map((k) => at(A, i - 1, k));
    const colB = [0, 1, 2].map((k) => at(B, k, j - 1));
    return {
      stem: `Let\n\n$$A = ${pmatrix(A)}, \\qquad B = ${pmatrix(B)}.$$\n\nWhat is the entry in row $i = ${i}$, column $j = ${j}$ of the product $AB$, i.e. $(AB)_{${i}${j}}$?`,
      answer: { value, tolerance: 0.01 },
      explanation: paragraphs(
        `$(AB)_{ij} = \\sum_k A_{ik} B_{kj}$: the dot product of row $i$ of $A$ with column $j$ of $B$.`,
        `Row ${i} of $A$ is $(${rowA.join(", ")})$ and column ${j} of $B$ is $(${colB.join(", ")})$, so $(AB)_{${i}${j}} = ${rowA.map((a, k) => `${paren(a)}\\cdot${paren(colB[k] as number)}`).join(" + ")} = ${terms.map(paren).join(" + ")} = ${value}$.`,
        `Multiplying in the other order, $(BA)_{${i}${j}} = ${ba}$, shows that matrix multiplication is not commutative; $(AB)_{${j}${i}} = ${ji}$ is the entry with the indices swapped (row ${j}, column ${i}).`,
      ),
      references: [
        strang("Chapter 2: Solving Linear Equations (rules for matrix operations)"),
        mml("Section 2.2.1: Matrix Addition and Multiplication"),
      ],
    };
  },
  verify(item) {
    const A = readMatrix(item.stem, "A");
    const B = readMatrix(item.stem, "B");
    const i = readNumber(item.stem, "i");
    const j = readNumber(item.stem, "j");
    // Column view: column j of AB is the combination of A's columns weighted by column j of B.
    let entry = 0;
    for (let k = 0; k < B.length; k++) entry += at(B, k, j - 1) * at(A, i - 1, k);
    return expectAnswerNear(item, entry, 1e-9);
  },
});
