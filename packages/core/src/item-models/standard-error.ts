/** @module Standard error of the mean: s / sqrt(n). */
import { choice, defineModel, expectKeyNear, m, paragraphs, pick, readNumber } from "./helpers";
import { decimalQ, q } from "./rational";
import { openintro, wasserman } from "./references";

export const standardError = defineModel({
  id: "standard-error",
  skill: "statistics",
  subtopic: "estimation",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const root = pick(rng, [4, 5, 6, 7, 8, 9, 10, 12]);
    const n = root * root;
    const s = pick(rng, [6, 8, 9, 10, 12, 15, 18, 20, 24, 30]);
    const fmt = (x: ReturnType<typeof q>): string => m(decimalQ(x, 2));
    const key = q(s, root);
    const parts = choice(rng, fmt(key), [fmt(q(s, n)), fmt(q(s * s, n)), fmt(q(s))]);
    if (!parts) return null;
    return {
      stem: `A sample of $n = ${n}$ inference latencies has sample standard deviation $s = ${s}$ ms. What is the estimated standard error of the sample mean, in ms? (Rounded to 2 decimal places where needed.)`,
      ...parts,
      explanation: paragraphs(
        `The sample mean of $n$ independent observations has variance $\\sigma^2/n$, so its standard deviation (the standard error) is $\\sigma/\\sqrt{n}$, estimated by $s/\\sqrt{n}$.`,
        `$\\text{SE} = ${s}/\\sqrt{${n}} = ${s}/${root} = ${decimalQ(key, 2)}$ ms.`,
        `$${decimalQ(q(s, n), 2)}$ divides by $n$ instead of $\\sqrt{n}$; $${decimalQ(q(s * s, n), 2)}$ is $s^2/n$, the variance of the mean, not its standard deviation; $${s}$ is the spread of single observations, which does not shrink with $n$.`,
      ),
      references: [
        openintro("Chapter 5: Foundations for Inference (standard error)"),
        wasserman("Chapter 6: Models, Statistical Inference and Learning"),
      ],
    };
  },
  verify(item) {
    const n = readNumber(item.stem, "n");
    const s = readNumber(item.stem, "s");
    // SE^2 = s^2 / n.
    return expectKeyNear(item, Math.sqrt((s * s) / n), 0.005 + 1e-9);
  },
});
