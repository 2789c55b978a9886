/** @module Two-sample z-test with known standard deviations (numeric p-value). */
import { intBetween } from "../shared/rng";
import { normalCdf, normalCdfAS } from "./distributions";
import { defineModel, expectAnswerNear, fixed, paragraphs, pick, readNumber } from "./helpers";
import { add, decimalQ, mul, q } from "./rational";
import { openintro, wasserman } from "./references";

/** Pythagorean standard errors (se1, se2, se) with se^2 = se1^2 + se2^2. */
const TRIPLES: readonly (readonly [number, number, number])[] = [
  [3, 4, 5],
  [4, 3, 5],
  [6, 8, 10],
  [8, 6, 10],
  [5, 12, 13],
  [12, 5, 13],
];
const ROOTS = [3, 4, 5, 6, 7, 8];

export const twoSampleZ = defineModel({
  id: "two-sample-z",
  skill: "statistics",
  subtopic: "hypothesis-testing",
  tier: "hard",
  format: "numeric",
  build(rng) {
    const [a, b, c] = pick(rng, TRIPLES);
    const r1 = pick(rng, ROOTS);
    const r2 = pick(rng, ROOTS);
    const n1 = r1 * r1;
    const n2 = r2 * r2;
    const s1 = a * r1; // so s1 / sqrt(n1) = a
    const s2 = b * r2;
    const j = intBetween(rng, 60, 280) * (rng() < 0.5 ? -1 : 1);
    const z = j / 100;
    const base = pick(rng, [40, 55, 70, 120]);
    const diff = mul(q(j, 100), q(c));
    const mean1 = decimalQ(add(q(base), diff), 3);
    const p = 2 * (1 - normalCdf(Math.abs(z)));
    return {
      stem: `Two model variants are compared on independent samples. Variant A: $n_A = ${n1}$, mean $\\bar{x}_A = ${mean1}$, known $\\sigma_A = ${s1}$. Variant B: $n_B = ${n2}$, mean $\\bar{x}_B = ${base}$, known $\\sigma_B = ${s2}$. For $H_0: \\mu_A = \\mu_B$ against $H_1: \\mu_A \\neq \\mu_B$, what is the two-sided p-value of the z-test? Give your answer to 4 decimal places.`,
      answer: { value: Number(fixed(p, 4)), tolerance: 0.001 },
      explanation: paragraphs(
        `For independent samples, $\\operatorname{Var}(\\bar{x}_A - \\bar{x}_B) = \\dfrac{\\sigma_A^2}{n_A} + \\dfrac{\\sigma_B^2}{n_B}$: variances of independent quantities add, even for a difference.`,
        `$\\text{SE} = \\sqrt{\\dfrac{${s1}^2}{${n1}} + \\dfrac{${s2}^2}{${n2}}} = \\sqrt{${a * a} + ${b * b}} = ${c}$, and $z = \\dfrac{${mean1} - ${base}}{${c}} = ${fixed(z, 2)}$.`,
        `Two-sided: $p = 2\\bigl(1 - \\Phi(${fixed(Math.abs(z), 2)})\\bigr) = 2 \\times ${fixed(1 - normalCdf(Math.abs(z)), 5)} = ${fixed(p, 4)}$.`,
        `Typical slips: subtracting the variances ($\\sqrt{|${a * a} - ${b * b}|}$); adding the standard errors ($${a} + ${b} = ${a + b}$ instead of $${c}$); reporting the one-sided p-value $${fixed(p / 2, 4)}$.`,
      ),
      references: [
        openintro("Chapter 7: Inference for Numerical Data (difference of two means)"),
        wasserman("Chapter 10: Hypothesis Testing and p-values (the Wald test)"),
      ],
    };
  },
  verify(item) {
    const nA = readNumber(item.stem, "n_A");
    const nB = readNumber(item.stem, "n_B");
    const mA = readNumber(item.stem, "\\bar{x}_A");
    const mB = readNumber(item.stem, "\\bar{x}_B");
    const sA = readNumber(item.stem, "\\sigma_A");
    const sB = readNumber(item.stem, "\\sigma_B");
    const z = (mA - mB) / Math.sqrt((sA * sA) / nA + (sB * sB) / nB);
    return expectAnswerNear(item, 2 * normalCdfAS(-Math.abs(z)), 0.00005 + 4e-7);
  },
});
