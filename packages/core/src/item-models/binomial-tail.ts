/** @module Binomial tail P(X >= k) via the complement (numeric answer). */
import { intBetween } from "../shared/rng";
import { binom } from "./combinations";
import { defineModel, expectAnswerNear, paragraphs, pick, readNumber } from "./helpers";
import { decimalQ, fromDecimal, mul, ONE, powQ, q, roundQ, sub, sumQ } from "./rational";
import { blitzstein } from "./references";

export const binomialTail = defineModel({
  id: "binomial-tail",
  skill: "probability",
  subtopic: "distributions",
  tier: "hard",
  format: "numeric",
  build(rng) {
    const n = intBetween(rng, 6, 12);
    const k = pick(rng, [2, 3]);
    const pText = pick(rng, ["0.05", "0.1", "0.15", "0.2", "0.25", "0.3"]);
    const p = fromDecimal(pText);
    const qq = sub(ONE, p);
    const pmf = (j: number) => mul(q(binom(n, j)), mul(powQ(p, j), powQ(qq, n - j)));
    const below = sumQ(Array.from({ length: k }, (_, j) => pmf(j)));
    const key = sub(ONE, below);
    const terms = Array.from(
      { length: k },
      (_, j) => `\\binom{${n}}{${j}}(${pText})^{${j}}(${decimalQ(qq, 2)})^{${n - j}}`,
    );
    return {
      stem: `A data pipeline has $n = ${n}$ independent stages, each failing on a given night with probability $p = ${pText}$. An alert fires when at least $k = ${k}$ stages fail. What is the probability that the alert fires on a given night? Give your answer to 4 decimal places.`,
      answer: { value: Number(roundQ(key, 4)), tolerance: 0.0001 },
      explanation: paragraphs(
        `The number of failures is $X \\sim \\operatorname{Bin}(${n}, ${pText})$. Summing $P(X = j)$ for $j = ${k}, \\dots, ${n}$ is long; use the complement $P(X \\ge ${k}) = 1 - \\sum_{j=0}^{${k - 1}} P(X = j)$.`,
        `$${terms.join(" + ")} = ${Array.from({ length: k }, (_, j) => roundQ(pmf(j), 4)).join(" + ")} = ${roundQ(below, 4)}$.`,
        `So $P(X \\ge ${k}) = 1 - ${roundQ(below, 4)} = ${roundQ(key, 4)}$.`,
        `Typical slips: subtracting only $P(X = 0)$ (gives $${roundQ(sub(ONE, pmf(0)), 4)}$, which is $P(X \\ge 1)$); subtracting $P(X \\le ${k})$ instead of $P(X \\le ${k - 1})$, an off-by-one at the boundary (gives $${roundQ(sub(key, pmf(k)), 4)}$).`,
      ),
      references: [blitzstein("Chapter 3: Random Variables and Their Distributions (binomial)")],
    };
  },
  verify(item) {
    const n = readNumber(item.stem, "n");
    const k = readNumber(item.stem, "k");
    const p = readNumber(item.stem, "p");
    // Direct upper-tail sum with floating-point binomial coefficients.
    let total = 0;
    for (let j = k; j <= n; j++) {
      let c = 1;
      for (let i = 1; i <= j; i++) c = (c * (n - j + i)) / i;
      total += c * p ** j * (1 - p) ** (n - j);
    }
    return expectAnswerNear(item, total, 0.00005 + 1e-9);
  },
});
