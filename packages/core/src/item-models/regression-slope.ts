/** @module Least-squares slope from a small data set. */
import { intBetween } from "../shared/rng";
import { choice, defineModel, expectKeyText, m, paragraphs, readTuple } from "./helpers";
import { decimalQ, div, q, roundQ, toNumber } from "./rational";
import { openintro, wasserman } from "./references";
import { distinctInts, meanQ, spQ, ssQ, tuple } from "./sample";

export const regressionSlope = defineModel({
  id: "regression-slope",
  skill: "statistics",
  subtopic: "regression-correlation",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const n = 5;
    const xs = distinctInts(rng, n, 1, 10).sort((a, b) => a - b);
    const b0 = intBetween(rng, -4, 6);
    const b1 = intBetween(rng, -3, 3);
    const ys = xs.map((x) => b0 + b1 * x + intBetween(rng, -3, 3));
    const sxx = ssQ(xs);
    const syy = ssQ(ys);
    const sxy = spQ(xs, ys);
    if (sxy.n === 0n || syy.n === 0n) return null;
    const slope = div(sxy, sxx);
    const r = toNumber(sxy) / Math.sqrt(toNumber(sxx) * toNumber(syy));
    const origin = q(
      xs.reduce((s, x, i) => s + x * (ys[i] as number), 0),
      xs.reduce((s, x) => s + x * x, 0),
    );
    const fmt = (x: ReturnType<typeof q>): string => m(roundQ(x, 2));
    const parts = choice(rng, fmt(slope), [fmt(div(sxy, syy)), m(r.toFixed(2)), fmt(origin)]);
    if (!parts) return null;
    const mx = meanQ(xs);
    const my = meanQ(ys);
    return {
      stem: `Fit the least-squares line $\\hat{y} = b_0 + b_1 x$ to the five points with $\\mathbf{x} = ${tuple(xs)}$ and $\\mathbf{y} = ${tuple(ys)}$. What is the slope $b_1$ (rounded to 2 decimal places)?`,
      ...parts,
      explanation: paragraphs(
        `$b_1 = \\dfrac{S_{xy}}{S_{xx}} = \\dfrac{\\sum (x_i - \\bar{x})(y_i - \\bar{y})}{\\sum (x_i - \\bar{x})^2}$, and then $b_0 = \\bar{y} - b_1\\bar{x}$.`,
        `$\\bar{x} = ${decimalQ(mx, 3)}$, $\\bar{y} = ${decimalQ(my, 3)}$, $S_{xy} = ${decimalQ(sxy, 3)}$, $S_{xx} = ${decimalQ(sxx, 3)}$, so $b_1 = ${decimalQ(sxy, 3)}/${decimalQ(sxx, 3)} = ${roundQ(slope, 2)}$.`,
        `$${roundQ(div(sxy, syy), 2)}$ is $S_{xy}/S_{yy}$, the slope for predicting $x$ from $y$ (a different line); $${r.toFixed(2)}$ is the correlation $r$, which equals the slope only when both variables have the same spread; $${roundQ(origin, 2)}$ is $\\sum x_i y_i / \\sum x_i^2$, the slope of a line forced through the origin (no centring).`,
      ),
      references: [
        openintro("Chapter 8: Introduction to Linear Regression (least squares)"),
        wasserman("Chapter 13: Linear and Logistic Regression"),
      ],
    };
  },
  verify(item) {
    const xs = readTuple(item.stem, "\\mathbf{x}").map(toNumber);
    const ys = readTuple(item.stem, "\\mathbf{y}").map(toNumber);
    const n = xs.length;
    // Normal equations [n, Sx; Sx, Sxx] (b0, b1) = (Sy, Sxy), solved by Cramer's rule.
    const sx = xs.reduce((s, x) => s + x, 0);
    const sy = ys.reduce((s, y) => s + y, 0);
    const sxx = xs.reduce((s, x) => s + x * x, 0);
    const sxy = xs.reduce((s, x, i) => s + x * (ys[i] as number), 0);
    const b1 = q(n * sxy - sx * sy, n * sxx - sx * sx);
    return expectKeyText(item, m(roundQ(b1, 2)));
  },
});
