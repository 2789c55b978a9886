/** @module Counting with an "at least one" constraint via the complement. */
import { intBetween } from "../shared/rng";
import { binom } from "./combinations";
import { choice, defineModel, expectKeyText, m, paragraphs, readNumber } from "./helpers";
import { blitzstein } from "./references";

export const committeeCount = defineModel({
  id: "committee-count",
  skill: "probability",
  subtopic: "combinatorics",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const s = intBetween(rng, 2, 5);
    const e = intBetween(rng, 3, 7);
    const k = intBetween(rng, 3, 4);
    if (e < k) return null;
    const total = binom(s + e, k);
    const key = total - binom(e, k);
    const parts = choice(rng, m(key), [m(s * binom(s + e - 1, k - 1)), m(total), m(s * binom(e, k - 1))]);
    if (!parts) return null;
    return {
      stem: `A team has $s = ${s}$ data scientists and $e = ${e}$ engineers. How many ways are there to choose a committee of $k = ${k}$ people that includes at least one data scientist?`,
      ...parts,
      explanation: paragraphs(
        `Count the complement: all committees minus those with no data scientist (engineers only).`,
        `All committees: $\\binom{${s + e}}{${k}} = ${total}$. Engineers only: $\\binom{${e}}{${k}} = ${binom(e, k)}$. So $${total} - ${binom(e, k)} = ${key}$.`,
        `$${s * binom(s + e - 1, k - 1)}$ ("pick one data scientist, then any ${k - 1} others": $${s}\\binom{${s + e - 1}}{${k - 1}}$) counts a committee with several data scientists once per data scientist, so it overcounts; $${total}$ ignores the constraint; $${s * binom(e, k - 1)}$ counts committees with exactly one data scientist.`,
      ),
      references: [blitzstein("Chapter 1: Probability and Counting")],
    };
  },
  verify(item) {
    const s = readNumber(item.stem, "s");
    const e = readNumber(item.stem, "e");
    const k = readNumber(item.stem, "k");
    // Brute force: enumerate every subset of the s + e people (data scientists are bits 0..s-1).
    let count = 0;
    for (let mask = 0; mask < 1 << (s + e); mask++) {
      let size = 0;
      for (let b = mask; b; b &= b - 1) size++;
      if (size === k && (mask & ((1 << s) - 1)) !== 0) count++;
    }
    return expectKeyText(item, m(count));
  },
});
