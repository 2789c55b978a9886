/** @module Pearson correlation coefficient of a small data set. */
import { intBetween } from "../shared/rng";
import { choice, defineModel, expectKeyNear, m, paragraphs, readTuple } from "./helpers";
import { decimalQ, toNumber } from "./rational";
import { openintro, wasserman } from "./references";
import { distinctInts, spQ, ssQ, tuple } from "./sample";

export const correlation = defineModel({
  id: "correlation",
  skill: "statistics",
  subtopic: "regression-correlation",
  tier: "hard",
  format: "single-choice",
  build(rng) {
    const n = intBetween(rng, 5, 6);
    const xs = distinctInts(rng, n, 1, 12).sort((a, b) => a - b);
    const slope = intBetween(rng, -2, 2);
    const ys = xs.map((x) => slope * x + intBetween(rng, -4, 4) + 10);
    const sxx = toNumber(ssQ(xs));
    const syy = toNumber(ssQ(ys));
    const sxy = toNumber(spQ(xs, ys));
    if (sxy === 0 || syy === 0) return null;
    const r = sxy / Math.sqrt(sxx * syy);
    if (Math.abs(r) > 0.995) return null;
    const fmt = (x: number): string => m(x.toFixed(3));
    const parts = choice(rng, fmt(r), [fmt(r * r), fmt(sxy / (n - 1)), fmt(sxy / sxx)]);
    if (!parts) return null;
    return {
      stem: `Compute the Pearson correlation coefficient $r$ between $\\mathbf{x} = ${tuple(xs)}$ and $\\mathbf{y} = ${tuple(ys)}$ (rounded to 3 decimal places).`,
      ...parts,
      explanation: paragraphs(
        `$r = \\dfrac{S_{xy}}{\\sqrt{S_{xx} S_{yy}}}$ with $S_{xy} = \\sum (x_i - \\bar{x})(y_i - \\bar{y})$, $S_{xx} = \\sum (x_i - \\bar{x})^2$, $S_{yy} = \\sum (y_i - \\bar{y})^2$. The $1/(n-1)$ factors of covariance and standard deviations cancel.`,
        `$S_{xy} = ${decimalQ(spQ(xs, ys), 3)}$, $S_{xx} = ${decimalQ(ssQ(xs), 3)}$, $S_{yy} = ${decimalQ(ssQ(ys), 3)}$, so $r = \\dfrac{${decimalQ(spQ(xs, ys), 3)}}{\\sqrt{${decimalQ(ssQ(xs), 3)} \\times ${decimalQ(ssQ(ys), 3)}}} = ${r.toFixed(3)}$.`,
        `$${(r * r).toFixed(3)}$ is $r^2$, the share of variance explained (and it loses the sign); $${(sxy / (n - 1)).toFixed(3)}$ is the sample covariance, which depends on the units; $${(sxy / sxx).toFixed(3)}$ is the regression slope of $y$ on $x$. Only $r$ is unit-free and bounded by $\\pm 1$.`,
      ),
      references: [
        openintro("Chapter 8: Introduction to Linear Regression (correlation)"),
        wasserman("Chapter 3: Expectation (covariance and correlation)"),
      ],
    };
  },
  verify(item) {
    const xs = readTuple(item.stem, "\\mathbf{x}").map(toNumber);
    const ys = readTuple(item.stem, "\\mathbf{y}").map(toNumber);
    const n = xs.length;
    // Average product of z-scores (sample standard deviations, n - 1).
    const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
    const sd = (v: number[]): number =>
      Math.sqrt(v.reduce((s, x) => s + (x - mean(v)) ** 2, 0) / (v.length - 1));
    const zx = xs.map((x) => (x - mean(xs)) / sd(xs));
    const zy = ys.map((y) => (y - mean(ys)) / sd(ys));
    const r = zx.reduce((s, z, i) => s + z * (zy[i] as number), 0) / (n - 1);
    return expectKeyNear(item, r, 0.0005 + 1e-9);
  },
});
