/** @module z confidence interval for a mean with known sigma. */

import { CONFIDENCE_LEVELS, type ConfidenceLevel, normalCdf } from "./distributions";
import { choice, defineModel, expectKeyText, m, paragraphs, pick, readNumber, readQ } from "./helpers";
import { add, decimalQ, div, fromDecimal, mul, type Q, q, roundQ, sub, toNumber } from "./rational";
import { openintro, wasserman } from "./references";

/** Standard normal quantiles as printed in tables (3 decimals). */
export const Z_TABLE: Readonly<Record<string, string>> = {
  "0.90": "1.282",
  "0.95": "1.645",
  "0.975": "1.960",
  "0.99": "2.326",
  "0.995": "2.576",
};

/** The quantile for a two-sided level (1 - alpha/2) and the one-sided one (1 - alpha) people confuse it with. */
export const quantiles = (level: ConfidenceLevel): { twoSided: string; oneSided: string } =>
  ({
    90: { twoSided: "0.95", oneSided: "0.90" },
    95: { twoSided: "0.975", oneSided: "0.95" },
    99: { twoSided: "0.995", oneSided: "0.99" },
  })[level];

export const zTableText = (): string =>
  Object.entries(Z_TABLE)
    .map(([p, z]) => `z_{${p}} = ${z}`)
    .join(",\\ ");

/** The interval centre +- half, each end correctly rounded to 2 decimals. */
export const interval = (centre: Q, half: Q): string =>
  m(`[${roundQ(sub(centre, half), 2)},\\ ${roundQ(add(centre, half), 2)}]`);

export const ciMeanZ = defineModel({
  id: "ci-mean-z",
  skill: "statistics",
  subtopic: "confidence-intervals",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const level = pick(rng, CONFIDENCE_LEVELS);
    const root = pick(rng, [4, 5, 6, 8, 10]);
    const n = root * root;
    const sigma = pick(rng, [4, 6, 8, 10, 12, 15]);
    const xbarText = pick(rng, ["48.2", "52.5", "61.3", "75.4", "100.6", "120.5", "240.8"]);
    const xbar = fromDecimal(xbarText);
    const { twoSided, oneSided } = quantiles(level);
    const zText = Z_TABLE[twoSided] as string;
    const z = fromDecimal(zText);
    const zWrong = fromDecimal(Z_TABLE[oneSided] as string);
    const se = q(sigma, root);
    const margin = mul(z, se);
    const parts = choice(rng, interval(xbar, margin), [
      interval(xbar, mul(zWrong, se)),
      interval(xbar, mul(z, q(sigma))),
      interval(xbar, mul(z, q(sigma, n))),
    ]);
    if (!parts) return null;
    return {
      stem: `A sample of $n = ${n}$ measurements has mean $\\bar{x} = ${xbarText}$. The population standard deviation is known: $\\sigma = ${sigma}$. Which is the ${level}% confidence interval for the population mean? Standard normal quantiles: $${zTableText()}$.`,
      ...parts,
      explanation: paragraphs(
        `With $\\sigma$ known, $\\bar{x} \\pm z_{1-\\alpha/2}\\,\\dfrac{\\sigma}{\\sqrt{n}}$. For ${level}% confidence, $\\alpha = ${(100 - level) / 100}$ and the two-sided quantile is $z_{${twoSided}} = ${Z_TABLE[twoSided]}$ (${(100 - level) / 2}% in each tail).`,
        `Standard error: $${sigma}/\\sqrt{${n}} = ${sigma}/${root} = ${decimalQ(se, 4)}$. Margin: $${zText} \\times ${decimalQ(se, 4)} = ${decimalQ(margin, 4)}$. Interval: $${xbarText} \\pm ${decimalQ(margin, 4)}$, i.e. $[${roundQ(sub(xbar, margin), 2)}, ${roundQ(add(xbar, margin), 2)}]$.`,
        `Using $z_{${oneSided}} = ${Z_TABLE[oneSided]}$ puts all of $\\alpha$ in one tail (a one-sided quantile), so the interval is too narrow; using $\\sigma$ instead of $\\sigma/\\sqrt{n}$ gives an interval for a single observation, not for the mean; dividing by $n$ instead of $\\sqrt{n}$ makes it far too narrow.`,
      ),
      references: [
        openintro("Chapter 5: Foundations for Inference (confidence intervals)"),
        wasserman("Chapter 6: Models, Statistical Inference and Learning (confidence sets)"),
      ],
    };
  },
  verify(item) {
    const n = readNumber(item.stem, "n");
    const root = Math.round(Math.sqrt(n));
    if (root * root !== n) return "n is not a perfect square";
    const xbar = readQ(item.stem, "\\bar{x}");
    const sigma = readQ(item.stem, "\\sigma");
    const level = Number(/which is the (\d+)% confidence/i.exec(item.stem)?.[1]);
    // Quantile read from the stem's table must really be the (1 + level)/2 quantile.
    const p = (1 + level / 100) / 2;
    const z = readQ(item.stem, `z_{${p}}`);
    if (Math.abs(normalCdf(toNumber(z)) - p) > 5e-4) return `table value z_${p} = ${toNumber(z)} is wrong`;
    return expectKeyText(item, interval(xbar, div(mul(z, sigma), q(root))));
  },
});
