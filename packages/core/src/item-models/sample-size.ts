/** @module Sample size for estimating a mean to a given margin of error. */

import { quantiles, Z_TABLE, zTableText } from "./ci-mean-z";
import { CONFIDENCE_LEVELS } from "./distributions";
import { choice, defineModel, expectKeyText, m, paragraphs, pick, readNumber } from "./helpers";
import { div, fromDecimal, mul, type Q, q, roundQ } from "./rational";
import { NIST_SAMPLE_SIZE, openintro } from "./references";

function ceilQ(x: Q): bigint {
  const f = x.n / x.d;
  return f * x.d === x.n ? f : f + 1n;
}

function floorQ(x: Q): bigint {
  return x.n / x.d;
}

export const sampleSize = defineModel({
  id: "sample-size",
  skill: "statistics",
  subtopic: "sampling-design",
  tier: "hard",
  format: "single-choice",
  build(rng) {
    const level = pick(rng, CONFIDENCE_LEVELS);
    const sigma = pick(rng, [8, 10, 12, 15, 20, 25, 30]);
    const margin = pick(rng, [1, 2, 2.5, 3, 4, 5]);
    if (sigma / margin < 3) return null;
    const { twoSided, oneSided } = quantiles(level);
    const z = fromDecimal(Z_TABLE[twoSided] as string);
    const ratio = div(mul(z, q(sigma)), fromDecimal(String(margin)));
    const exact = mul(ratio, ratio);
    const key = ceilQ(exact);
    if (key === floorQ(exact)) return null;
    const wrongRatio = div(
      mul(fromDecimal(Z_TABLE[oneSided] as string), q(sigma)),
      fromDecimal(String(margin)),
    );
    const parts = choice(rng, m(String(key)), [
      m(String(floorQ(exact))),
      m(String(ceilQ(ratio))),
      m(String(ceilQ(mul(wrongRatio, wrongRatio)))),
    ]);
    if (!parts) return null;
    return {
      stem: `You want to estimate a model's mean inference latency to within $E = ${margin}$ ms with ${level}% confidence. From a pilot study, the standard deviation is about $\\sigma = ${sigma}$ ms. What is the smallest sample size $n$ that achieves this? Standard normal quantiles: $${zTableText()}$.`,
      ...parts,
      explanation: paragraphs(
        `The margin of error of a z-interval is $E = z_{1-\\alpha/2}\\,\\sigma/\\sqrt{n}$. Solving for $n$: $n \\ge \\left(\\dfrac{z_{1-\\alpha/2}\\,\\sigma}{E}\\right)^2$, and $n$ must be rounded up.`,
        `$n \\ge \\left(\\dfrac{${Z_TABLE[twoSided]} \\times ${sigma}}{${margin}}\\right)^2 = ${roundQ(ratio, 3)}^2 = ${roundQ(exact, 3)}$, so $n = ${key}$.`,
        `$${floorQ(exact)}$ rounds down, which leaves the margin slightly above $${margin}$; $${ceilQ(ratio)}$ forgets to square; $${ceilQ(mul(wrongRatio, wrongRatio))}$ uses the one-sided quantile $z_{${oneSided}}$. Halving the margin needs four times as many observations.`,
      ),
      references: [NIST_SAMPLE_SIZE, openintro("Chapter 5: Foundations for Inference (margin of error)")],
    };
  },
  verify(item) {
    const margin = readNumber(item.stem, "E");
    const sigma = readNumber(item.stem, "\\sigma");
    const level = Number(/with (\d+)% confidence/.exec(item.stem)?.[1]);
    if (level !== 90 && level !== 95 && level !== 99) return `unknown level ${level}`;
    const z = readNumber(item.stem, `z_{${quantiles(level).twoSided}}`);
    // Smallest n whose margin z sigma / sqrt(n) is at most E.
    let n = 1;
    while ((z * sigma) / Math.sqrt(n) > margin + 1e-12) n++;
    return expectKeyText(item, m(String(n)));
  },
});
