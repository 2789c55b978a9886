/** @module The logistic sigmoid's derivative identity: sigma' = sigma (1 - sigma). */
import { choice, defineModel, expectKeyNear, m, paragraphs, pick, readNumber } from "./helpers";
import { decimalQ, fromDecimal, mul, ONE, roundQ, sub } from "./rational";
import { goodfellow, mml } from "./references";

const SIGMA_VALUES = ["0.1", "0.2", "0.25", "0.3", "0.4", "0.6", "0.7", "0.75", "0.8", "0.9"];

export const sigmoidDerivative = defineModel({
  id: "sigmoid-derivative",
  skill: "calculus",
  subtopic: "derivatives",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const pText = pick(rng, SIGMA_VALUES);
    const p = fromDecimal(pText);
    const oneMinus = sub(ONE, p);
    const key = mul(p, oneMinus);
    const fmt = (x: typeof p): string => m(roundQ(x, 4));
    const parts = choice(rng, fmt(key), [fmt(p), fmt(oneMinus), fmt(mul(p, p)), fmt(mul(p, sub(p, ONE)))]);
    if (!parts) return null;
    return {
      stem: `The logistic sigmoid is $\\sigma(z) = \\dfrac{1}{1 + e^{-z}}$. At a point $z_0$ where $\\sigma(z_0) = ${pText}$, what is $\\sigma'(z_0)$?`,
      ...parts,
      explanation: paragraphs(
        `Differentiate $\\sigma(z) = (1 + e^{-z})^{-1}$: $\\sigma'(z) = \\dfrac{e^{-z}}{(1 + e^{-z})^2} = \\dfrac{1}{1 + e^{-z}} \\cdot \\dfrac{e^{-z}}{1 + e^{-z}} = \\sigma(z)\\,\\bigl(1 - \\sigma(z)\\bigr)$.`,
        `So $\\sigma'(z_0) = ${pText} \\times ${decimalQ(oneMinus, 2)} = ${roundQ(key, 4)}$. You never need $z_0$ itself: the derivative is a function of the output, which is why backpropagation through a sigmoid is cheap.`,
        `$${roundQ(p, 4)}$ treats the sigmoid like $e^z$ (its own derivative); $${roundQ(oneMinus, 4)}$ keeps only one factor; $${roundQ(mul(p, p), 4)}$ squares $\\sigma$ instead of multiplying by $1 - \\sigma$. The derivative is at most $0.25$ (at $\\sigma = 0.5$): the reason sigmoids saturate and gradients vanish.`,
      ),
      references: [
        goodfellow("Section 6.2.2.2: Sigmoid Units for Bernoulli Output Distributions"),
        mml("Section 5.2: Partial Differentiation and Gradients"),
      ],
    };
  },
  verify(item) {
    const p = readNumber(item.stem, "\\sigma(z_0)");
    // Differentiate numerically at z0 = logit(p).
    const z0 = Math.log(p / (1 - p));
    const sigma = (z: number): number => 1 / (1 + Math.exp(-z));
    const h = 1e-5;
    const slope = (sigma(z0 + h) - sigma(z0 - h)) / (2 * h);
    return expectKeyNear(item, slope, 5e-5);
  },
});
