/** @module Median of an even-sized sample with an outlier (vs the mean). */
import { intBetween } from "../shared/rng";
import { choice, defineModel, expectKeyText, m, paragraphs, readTuple } from "./helpers";
import { decimalQ, q, toNumber } from "./rational";
import { openintro } from "./references";
import { distinctInts, meanQ, tuple } from "./sample";

export const median = defineModel({
  id: "median",
  skill: "statistics",
  subtopic: "descriptive",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const n = intBetween(rng, 3, 4) * 2;
    const xs = [...distinctInts(rng, n - 1, 2, 40), intBetween(rng, 90, 160)];
    const data = distinctInts(rng, n, 0, n - 1).map((i) => xs[i] as number);
    const sorted = [...data].sort((a, b) => a - b);
    const lo = sorted[n / 2 - 1] as number;
    const hi = sorted[n / 2] as number;
    const med = q(lo + hi, 2);
    const mean = meanQ(data);
    const unsorted = q((data[n / 2 - 1] as number) + (data[n / 2] as number), 2);
    const fmt = (x: typeof med): string => m(decimalQ(x, 2));
    const parts = choice(rng, fmt(med), [fmt(mean), fmt(unsorted), fmt(q(lo))]);
    if (!parts) return null;
    return {
      stem: `Response times (ms) of ${n} requests were $\\mathbf{x} = ${tuple(data)}$. What is the median?`,
      ...parts,
      explanation: paragraphs(
        `Sort first: $${sorted.join(", ")}$. With an even count ($n = ${n}$) the median is the average of the two middle values, positions ${n / 2} and ${n / 2 + 1}: $(${lo} + ${hi})/2 = ${decimalQ(med, 2)}$.`,
        `$${decimalQ(mean, 2)}$ is the mean, pulled up by the outlier ${sorted[n - 1]}; the median is robust to it (which is why latency is often summarised by medians and percentiles). $${decimalQ(unsorted, 2)}$ averages the middle of the unsorted list; $${lo}$ takes only the lower of the two middle values.`,
      ),
      references: [openintro("Chapter 2: Summarizing Data (median and robust statistics)")],
    };
  },
  verify(item) {
    const xs = readTuple(item.stem, "\\mathbf{x}").map(toNumber);
    // Median as the midpoint of the order statistics found by counting (no sort).
    const rankOf = (k: number): number => {
      for (const v of xs) {
        const below = xs.filter((x) => x < v).length;
        const equal = xs.filter((x) => x === v).length;
        if (below <= k && k < below + equal) return v;
      }
      return Number.NaN;
    };
    const n = xs.length;
    const med = n % 2 === 1 ? q(rankOf((n - 1) / 2)) : q(rankOf(n / 2 - 1) + rankOf(n / 2), 2);
    return expectKeyText(item, m(decimalQ(med, 2)));
  },
});
