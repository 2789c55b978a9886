/** @module Sample standard deviation (n - 1 denominator). */
import { intBetween } from "../shared/rng";
import { choice, defineModel, expectKeyText, ints, m, paragraphs, paren, readTuple } from "./helpers";
import { decimalQ, q, roundQ, sub, sumQ, toNumber } from "./rational";
import { openintro, wasserman } from "./references";
import { meanQ, ssQ, sumOf, tuple } from "./sample";

export const sampleSd = defineModel({
  id: "sample-sd",
  skill: "statistics",
  subtopic: "descriptive",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const n = intBetween(rng, 5, 6);
    const xs = ints(rng, n, 1, 20);
    const mean = meanQ(xs);
    const ss = ssQ(xs);
    if (toNumber(ss) === 0 || sumOf(xs) % n !== 0) return null;
    const s = Math.sqrt(toNumber(ss) / (n - 1));
    const pop = Math.sqrt(toNumber(ss) / n);
    const mad = sumQ(
      xs.map((x) => {
        const d = sub(q(x), mean);
        return d.n < 0n ? q(-d.n, d.d) : d;
      }),
    );
    const fmt = (x: number): string => m(x.toFixed(2));
    const parts = choice(rng, fmt(s), [fmt(pop), fmt(toNumber(ss) / (n - 1)), fmt(toNumber(mad) / n)]);
    if (!parts) return null;
    return {
      stem: `Compute the sample standard deviation $s$ of $\\mathbf{x} = ${tuple(xs)}$ (rounded to 2 decimal places).`,
      ...parts,
      explanation: paragraphs(
        `$s = \\sqrt{\\dfrac{1}{n - 1}\\sum_i (x_i - \\bar{x})^2}$. Dividing by $n - 1$ (Bessel's correction) makes $s^2$ an unbiased estimate of the population variance, because deviations are measured from $\\bar{x}$, itself fitted to the data.`,
        `$\\bar{x} = ${sumOf(xs)}/${n} = ${decimalQ(mean, 4)}$. Squared deviations: $${xs.map((x) => `${paren(decimalQ(sub(q(x), mean), 4))}^2`).join(" + ")} = ${decimalQ(ss, 4)}$.`,
        `$s^2 = ${decimalQ(ss, 4)}/${n - 1} = ${roundQ(q(ss.n, ss.d * BigInt(n - 1)), 4)}$, so $s = ${s.toFixed(2)}$.`,
        `$${pop.toFixed(2)}$ divides by $n$ instead of $n - 1$ (the population formula); $${(toNumber(ss) / (n - 1)).toFixed(2)}$ is the variance $s^2$ (no square root); $${(toNumber(mad) / n).toFixed(2)}$ is the mean absolute deviation, a different measure of spread.`,
      ),
      references: [
        openintro("Chapter 2: Summarizing Data (variance and standard deviation)"),
        wasserman("Chapter 3: Expectation (sample mean and variance)"),
      ],
    };
  },
  verify(item) {
    const xs = readTuple(item.stem, "\\mathbf{x}").map(toNumber);
    const n = xs.length;
    // Computational formula: (sum x^2 - (sum x)^2 / n) / (n - 1).
    const sum = xs.reduce((a, x) => a + x, 0);
    const sumSq = xs.reduce((a, x) => a + x * x, 0);
    return expectKeyText(item, m(Math.sqrt((sumSq - (sum * sum) / n) / (n - 1)).toFixed(2)));
  },
});
