/** @module Binomial probability P(X = k). */
import { intBetween } from "../shared/rng";
import { binom } from "./combinations";
import { choice, defineModel, expectKeyNear, m, paragraphs, pick, readNumber } from "./helpers";
import { fromDecimal, mul, ONE, powQ, q, roundQ, sub } from "./rational";
import { blitzstein } from "./references";

export const binomialPmf = defineModel({
  id: "binomial-pmf",
  skill: "probability",
  subtopic: "distributions",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const n = intBetween(rng, 4, 8);
    const k = intBetween(rng, 1, n - 1);
    const pText = pick(rng, ["0.1", "0.2", "0.3", "0.4", "0.6", "0.7", "0.8"]);
    const p = fromDecimal(pText);
    const qq = sub(ONE, p);
    const core = mul(powQ(p, k), powQ(qq, n - k));
    const key = mul(q(binom(n, k)), core);
    const fmt = (x: typeof p): string => m(roundQ(x, 4));
    const parts = choice(rng, fmt(key), [
      fmt(core),
      fmt(mul(q(binom(n, k)), mul(powQ(p, n - k), powQ(qq, k)))),
      fmt(mul(q(binom(n, k)), powQ(p, k))),
    ]);
    if (!parts) return null;
    return {
      stem: `A classifier is correct on each test example independently with probability $p = ${pText}$. On $n = ${n}$ examples, what is the probability that it is correct on exactly $k = ${k}$? (Rounded to 4 decimal places.)`,
      ...parts,
      explanation: paragraphs(
        `The number of correct answers is $X \\sim \\operatorname{Bin}(n, p)$, with $P(X = k) = \\binom{n}{k} p^k (1 - p)^{n-k}$: $\\binom{n}{k}$ counts which $k$ examples are the correct ones, and each such arrangement has probability $p^k(1-p)^{n-k}$.`,
        `$P(X = ${k}) = \\binom{${n}}{${k}} (${pText})^{${k}} (${roundQ(qq, 1)})^{${n - k}} = ${binom(n, k)} \\times ${roundQ(core, 6)} = ${roundQ(key, 4)}$.`,
        `$${roundQ(core, 4)}$ forgets $\\binom{n}{k}$ (it is the probability of one particular arrangement); $${roundQ(mul(q(binom(n, k)), mul(powQ(p, n - k), powQ(qq, k))), 4)}$ swaps the exponents of $p$ and $1-p$; $${roundQ(mul(q(binom(n, k)), powQ(p, k)), 4)}$ leaves out the $n - k$ failures.`,
      ),
      references: [blitzstein("Chapter 3: Random Variables and Their Distributions (binomial)")],
    };
  },
  verify(item) {
    const n = readNumber(item.stem, "n");
    const k = readNumber(item.stem, "k");
    const p = readNumber(item.stem, "p");
    // Recurrence P(j + 1) = P(j) * (n - j) / (j + 1) * p / (1 - p), from P(0) = (1 - p)^n.
    let pj = (1 - p) ** n;
    for (let j = 0; j < k; j++) pj = (pj * (n - j) * p) / ((j + 1) * (1 - p));
    return expectKeyNear(item, pj, 0.00005 + 1e-9);
  },
});
