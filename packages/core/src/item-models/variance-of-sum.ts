/** @module Variance of a linear combination of correlated variables. */
import { intBetween } from "../shared/rng";
import { choice, defineModel, expectKeyText, m, paragraphs, paren, readNumber } from "./helpers";
import { blitzstein, mml } from "./references";

function combo(a: number, b: number): string {
  const first = a === 1 ? "X" : `${a}X`;
  const mag = Math.abs(b) === 1 ? "Y" : `${Math.abs(b)}Y`;
  return `${first} ${b < 0 ? "-" : "+"} ${mag}`;
}

export const varianceOfSum = defineModel({
  id: "variance-of-sum",
  skill: "probability",
  subtopic: "random-variables",
  tier: "hard",
  format: "single-choice",
  build(rng) {
    const vx = intBetween(rng, 2, 16);
    const vy = intBetween(rng, 2, 16);
    const cov = intBetween(rng, -6, 6);
    const a = intBetween(rng, 1, 3);
    const b = intBetween(rng, -3, 3);
    // A valid covariance matrix needs cov^2 < Var(X) Var(Y).
    if (cov === 0 || b === 0 || cov * cov >= vx * vy) return null;
    const key = a * a * vx + b * b * vy + 2 * a * b * cov;
    const noCov = a * a * vx + b * b * vy;
    const noTwo = noCov + a * b * cov;
    const third = b < 0 ? a * a * vx - b * b * vy + 2 * a * b * cov : a * vx + b * vy + 2 * a * b * cov;
    const parts = choice(rng, m(key), [m(noCov), m(noTwo), m(third)]);
    if (!parts) return null;
    return {
      stem: `Random variables $X$ and $Y$ have $\\operatorname{Var}(X) = ${vx}$, $\\operatorname{Var}(Y) = ${vy}$ and $\\operatorname{Cov}(X, Y) = ${cov}$. What is $\\operatorname{Var}(${combo(a, b)})$?`,
      ...parts,
      explanation: paragraphs(
        `$\\operatorname{Var}(aX + bY) = a^2\\operatorname{Var}(X) + b^2\\operatorname{Var}(Y) + 2ab\\operatorname{Cov}(X, Y)$. Constants come out squared, and the covariance term only disappears when $X$ and $Y$ are uncorrelated.`,
        `With $a = ${a}$, $b = ${b}$: $${a * a}\\cdot${vx} + ${b * b}\\cdot${vy} + 2\\cdot${a}\\cdot${paren(b)}\\cdot${paren(cov)} = ${a * a * vx} + ${b * b * vy} + ${paren(2 * a * b * cov)} = ${key}$.`,
        `$${noCov}$ adds the variances as if $X$ and $Y$ were independent, which they are not here; $${noTwo}$ forgets the factor 2 on the covariance term; $${third}$ ${b < 0 ? "subtracts the variance of the subtracted variable, but variances always add (a negative coefficient is squared)" : "forgets to square the coefficients"}.`,
      ),
      references: [
        blitzstein("Chapter 7: Joint Distributions (covariance and correlation)"),
        mml("Section 6.4.4: Sums and Transformations of Random Variables"),
      ],
    };
  },
  verify(item) {
    const vx = readNumber(item.stem, "\\operatorname{Var}(X)");
    const vy = readNumber(item.stem, "\\operatorname{Var}(Y)");
    const cov = readNumber(item.stem, "\\operatorname{Cov}(X, Y)");
    const expr = /What is \$\\operatorname\{Var\}\((\d*)X ([+-]) (\d*)Y\)\$/.exec(item.stem);
    if (!expr) return "cannot read the combination";
    const a = Number(expr[1] || "1");
    const b = (expr[2] === "-" ? -1 : 1) * Number(expr[3] || "1");
    if (cov * cov >= vx * vy) return "not a valid covariance matrix";
    // Quadratic form w^T Sigma w with w = (a, b).
    const sigma = [
      [vx, cov],
      [cov, vy],
    ];
    const w = [a, b];
    let v = 0;
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++) v += (w[i] as number) * (sigma[i]?.[j] as number) * (w[j] as number);
    return expectKeyText(item, m(v));
  },
});
