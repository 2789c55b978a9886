/** @module Two-sided p-value of a one-sample z-test. */
import { intBetween } from "../shared/rng";
import { normalCdf, normalCdfAS } from "./distributions";
import { choice, defineModel, expectKeyNear, fixed, m, paragraphs, pick, readNumber } from "./helpers";
import { add, decimalQ, mul, q } from "./rational";
import { openintro, wasserman } from "./references";

/** (sigma, n) pairs whose standard error sigma / sqrt(n) is a whole number. */
const DESIGNS: readonly (readonly [number, number])[] = [
  [6, 36],
  [10, 25],
  [12, 36],
  [8, 16],
  [15, 25],
  [20, 16],
  [9, 9],
  [14, 49],
  [16, 64],
  [21, 49],
  [24, 36],
];

export const zTestOneSample = defineModel({
  id: "z-test-one-sample",
  skill: "statistics",
  subtopic: "hypothesis-testing",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const [sigma, n] = pick(rng, DESIGNS);
    const se = sigma / Math.sqrt(n);
    const mu0 = pick(rng, [50, 100, 120, 200, 500]);
    const j = intBetween(rng, 80, 280) * (rng() < 0.5 ? -1 : 1);
    const z = j / 100;
    const xbar = add(q(mu0), mul(q(j, 100), q(se)));
    const p = 2 * (1 - normalCdf(Math.abs(z)));
    const pSigma = 2 * (1 - normalCdf(Math.abs(z) / Math.sqrt(n)));
    const fmt = (x: number): string => m(fixed(x, 4));
    const parts = choice(rng, fmt(p), [fmt(p / 2), fmt(pSigma), fmt(1 - p)]);
    if (!parts) return null;
    return {
      stem: `A service's mean response time is supposed to be $\\mu_0 = ${mu0}$ ms. With a known standard deviation $\\sigma = ${sigma}$ ms, a sample of $n = ${n}$ requests has mean $\\bar{x} = ${decimalQ(xbar, 3)}$ ms. For $H_0: \\mu = ${mu0}$ against $H_1: \\mu \\neq ${mu0}$, what is the p-value of the z-test (rounded to 4 decimal places)?`,
      ...parts,
      explanation: paragraphs(
        `Test statistic: $z = \\dfrac{\\bar{x} - \\mu_0}{\\sigma/\\sqrt{n}} = \\dfrac{${decimalQ(xbar, 3)} - ${mu0}}{${sigma}/${Math.sqrt(n)}} = \\dfrac{${decimalQ(mul(q(j, 100), q(se)), 3)}}{${se}} = ${fixed(z, 2)}$.`,
        `The alternative is two-sided, so both tails count: $p = 2\\bigl(1 - \\Phi(|z|)\\bigr) = 2(1 - \\Phi(${fixed(Math.abs(z), 2)})) = 2 \\times ${fixed(1 - normalCdf(Math.abs(z)), 5)} = ${fixed(p, 4)}$.`,
        `$${fixed(p / 2, 4)}$ is the one-sided p-value (only one tail); $${fixed(pSigma, 4)}$ standardises with $\\sigma$ instead of the standard error $\\sigma/\\sqrt{n}$; $${fixed(1 - p, 4)}$ is $P(|Z| < |z|)$, the complement of the p-value. The p-value is the probability, under $H_0$, of a statistic at least as extreme as the one observed; ${p < 0.05 ? "here it is below 0.05, so $H_0$ is rejected at the 5% level" : "here it is not below 0.05, so $H_0$ is not rejected at the 5% level"}.`,
      ),
      references: [
        openintro("Chapter 5: Foundations for Inference (hypothesis testing, p-values)"),
        wasserman("Chapter 10: Hypothesis Testing and p-values"),
      ],
    };
  },
  verify(item) {
    const mu0 = readNumber(item.stem, "\\mu_0");
    const sigma = readNumber(item.stem, "\\sigma");
    const n = readNumber(item.stem, "n");
    const xbar = readNumber(item.stem, "\\bar{x}");
    const z = (xbar - mu0) / (sigma / Math.sqrt(n));
    const p = 2 * normalCdfAS(-Math.abs(z));
    return expectKeyNear(item, p, 0.00005 + 4e-7);
  },
});
