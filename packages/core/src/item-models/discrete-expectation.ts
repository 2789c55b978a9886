/** @module Expected value of a discrete random variable from its table. */

import { distTable, drawDist, readDistTable } from "./discrete";
import { choice, defineModel, expectKeyText, m, paragraphs, paren } from "./helpers";
import { decimalQ, eqQ, mul, q, roundQ, sumQ, toNumber } from "./rational";
import { blitzstein, mml } from "./references";

export const discreteExpectation = defineModel({
  id: "discrete-expectation",
  skill: "probability",
  subtopic: "random-variables",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const d = drawDist(rng, 4, -3, 10);
    if (!d) return null;
    const mean = sumQ(d.values.map((v, i) => mul(q(v), d.probs[i] ?? q(0))));
    const plain = q(
      d.values.reduce((s, v) => s + v, 0),
      d.values.length,
    );
    const second = sumQ(d.values.map((v, i) => mul(q(v * v), d.probs[i] ?? q(0))));
    const pr = d.probs.map(toNumber);
    const top = Math.max(...pr);
    if (pr.filter((p) => p === top).length > 1) return null;
    const modeIndex = pr.indexOf(top);
    const mode = q(d.values[modeIndex] as number);
    const fmt = (x: typeof mean): string => m(decimalQ(x, 2));
    const parts = choice(rng, fmt(mean), [fmt(plain), fmt(mode), fmt(second)]);
    if (!parts) return null;
    return {
      stem: `A random variable $X$ has the distribution below. What is $E[X]$?\n\n${distTable(d)}`,
      ...parts,
      explanation: paragraphs(
        `$E[X] = \\sum_x x\\,P(X = x)$: a probability-weighted average of the values.`,
        `$E[X] = ${d.values.map((v, i) => `${paren(v)}(${roundQ(d.probs[i] ?? q(0), 1)})`).join(" + ")} = ${decimalQ(mean, 2)}$.`,
        `$${decimalQ(plain, 2)}$ is the plain average of the values, which ignores the probabilities (right only for a uniform distribution); $${decimalQ(mode, 2)}$ is the most likely value (the mode); $${decimalQ(second, 2)}$ is $E[X^2]$, the second moment.`,
      ),
      references: [blitzstein("Chapter 4: Expectation"), mml("Section 6.4.1: Means and Covariances")],
    };
  },
  verify(item) {
    const d = readDistTable(item.stem);
    if (!eqQ(sumQ(d.probs), q(1))) return "probabilities do not sum to 1";
    // Tail-sum form: E[X] = min + sum over thresholds k >= min of P(X > k) (X integer-valued).
    const lo = Math.min(...d.values);
    const hi = Math.max(...d.values);
    let mean = q(lo);
    for (let k = lo; k < hi; k++) {
      mean = sumQ([mean, ...d.values.map((v, i) => (v > k ? (d.probs[i] ?? q(0)) : q(0)))]);
    }
    return expectKeyText(item, m(decimalQ(mean, 2)));
  },
});
