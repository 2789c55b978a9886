/** @module P(at least one success) in independent trials, via the complement. */
import { intBetween } from "../shared/rng";
import { choice, defineModel, expectKeyNear, m, paragraphs, pick, readNumber } from "./helpers";
import { decimalQ, fromDecimal, mul, ONE, powQ, q, roundQ, sub, toNumber } from "./rational";
import { blitzstein } from "./references";

export const complementAtLeastOne = defineModel({
  id: "complement-at-least-one",
  skill: "probability",
  subtopic: "basic-probability",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const pText = pick(rng, ["0.05", "0.1", "0.2", "0.25", "0.3"]);
    const p = fromDecimal(pText);
    const n = intBetween(rng, 2, 5);
    const none = powQ(sub(ONE, p), n);
    const key = sub(ONE, none);
    const fmt = (x: typeof p): string => m(roundQ(x, 4));
    const union = mul(q(n), p);
    const parts = choice(rng, fmt(key), [
      ...(toNumber(union) <= 1 ? [fmt(union)] : []),
      fmt(powQ(p, n)),
      fmt(none),
      fmt(sub(ONE, powQ(p, n))),
    ]);
    if (!parts || toNumber(union) > 1) return null;
    return {
      stem: `Each of $n = ${n}$ independent test runs fails with probability $p = ${pText}$. What is the probability that at least one run fails? (Rounded to 4 decimal places.)`,
      ...parts,
      explanation: paragraphs(
        `"At least one" is the complement of "none": $P(\\text{at least one}) = 1 - P(\\text{none}) = 1 - (1 - p)^n$, using independence to multiply.`,
        `$1 - (1 - ${pText})^{${n}} = 1 - ${decimalQ(sub(ONE, p), 2)}^{${n}} = 1 - ${roundQ(none, 4)} = ${roundQ(key, 4)}$.`,
        `$n p = ${roundQ(union, 4)}$ adds the probabilities as if the failures were mutually exclusive (it double-counts runs where several fail, and exceeds 1 for large $n$); $p^n = ${roundQ(powQ(p, n), 4)}$ is the probability that all runs fail; $${roundQ(none, 4)}$ is the probability that none fails.`,
      ),
      references: [
        blitzstein("Chapter 1: Probability and Counting (complements)"),
        blitzstein("Chapter 2: Conditional Probability (independence)"),
      ],
    };
  },
  verify(item) {
    const n = readNumber(item.stem, "n");
    const p = readNumber(item.stem, "p");
    // Sum the binomial probabilities of 1..n failures.
    let total = 0;
    let coef = 1;
    for (let k = 1; k <= n; k++) {
      coef = (coef * (n - k + 1)) / k;
      total += coef * p ** k * (1 - p) ** (n - k);
    }
    return expectKeyNear(item, total, 0.00005 + 1e-9);
  },
});
