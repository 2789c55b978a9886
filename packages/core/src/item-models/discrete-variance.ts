/** @module Variance of a discrete random variable: E[X^2] - E[X]^2. */

import { distTable, drawDist, readDistTable } from "./discrete";
import { choice, defineModel, expectKeyText, m, paragraphs, paren } from "./helpers";
import { decimalQ, mul, q, roundQ, sub, sumQ } from "./rational";
import { blitzstein, mml } from "./references";

export const discreteVariance = defineModel({
  id: "discrete-variance",
  skill: "probability",
  subtopic: "random-variables",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const d = drawDist(rng, 3, -2, 6);
    if (!d) return null;
    const p = (i: number) => d.probs[i] ?? q(0);
    const mean = sumQ(d.values.map((v, i) => mul(q(v), p(i))));
    const second = sumQ(d.values.map((v, i) => mul(q(v * v), p(i))));
    const variance = sub(second, mul(mean, mean));
    const unweighted = q(
      d.values.reduce((s, v) => s + v * v, 0) * 3 - d.values.reduce((s, v) => s + v, 0) ** 2,
      9,
    );
    const fmt = (x: typeof mean): string => m(decimalQ(x, 4));
    const parts = choice(rng, fmt(variance), [fmt(second), fmt(sub(second, mean)), fmt(unweighted)]);
    if (!parts) return null;
    return {
      stem: `A random variable $X$ has the distribution below. What is $\\operatorname{Var}(X)$?\n\n${distTable(d)}`,
      ...parts,
      explanation: paragraphs(
        `$\\operatorname{Var}(X) = E[X^2] - (E[X])^2$, equivalently $E[(X - \\mu)^2]$.`,
        `$E[X] = ${d.values.map((v, i) => `${paren(v)}(${roundQ(p(i), 1)})`).join(" + ")} = ${decimalQ(mean, 4)}$.`,
        `$E[X^2] = ${d.values.map((v, i) => `${paren(v)}^2(${roundQ(p(i), 1)})`).join(" + ")} = ${decimalQ(second, 4)}$.`,
        `$\\operatorname{Var}(X) = ${decimalQ(second, 4)} - ${paren(decimalQ(mean, 4))}^2 = ${decimalQ(variance, 4)}$.`,
        `$${decimalQ(second, 4)}$ forgets to subtract $(E[X])^2$; $${decimalQ(sub(second, mean), 4)}$ subtracts $E[X]$ without squaring it; $${decimalQ(unweighted, 4)}$ is the (population) variance of the three values as if they were equally likely, ignoring the probabilities.`,
      ),
      references: [
        blitzstein("Chapter 4: Expectation (variance)"),
        mml("Section 6.4.1: Means and Covariances"),
      ],
    };
  },
  verify(item) {
    const d = readDistTable(item.stem);
    const mean = sumQ(d.values.map((v, i) => mul(q(v), d.probs[i] ?? q(0))));
    // Definition form: E[(X - mu)^2].
    const variance = sumQ(
      d.values.map((v, i) => {
        const dev = sub(q(v), mean);
        return mul(mul(dev, dev), d.probs[i] ?? q(0));
      }),
    );
    return expectKeyText(item, m(decimalQ(variance, 4)));
  },
});
