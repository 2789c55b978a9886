/** @module Backpropagation through a sigmoid neuron with squared-error loss (chain rule). */
import { intBetween } from "../shared/rng";
import { defineModel, expectAnswerNear, paragraphs, paren, pick, readNumber } from "./helpers";
import { decimalQ, fromDecimal, mul, ONE, q, roundQ, sub } from "./rational";
import { goodfellow, mml } from "./references";

const OUTPUTS = ["0.2", "0.25", "0.4", "0.6", "0.75", "0.8", "0.9"];

export const chainRuleSigmoid = defineModel({
  id: "chain-rule-sigmoid",
  skill: "calculus",
  subtopic: "chain-rule",
  tier: "hard",
  format: "numeric",
  build(rng) {
    const yText = pick(rng, OUTPUTS);
    const y = fromDecimal(yText);
    const t = pick(rng, [0, 1]);
    const x = intBetween(rng, -3, 4);
    if (Math.abs(x) < 2) return null;
    const dLdy = sub(y, q(t));
    const dydz = mul(y, sub(ONE, y));
    const grad = mul(mul(dLdy, dydz), q(x));
    return {
      stem: `A single neuron computes $\\hat{y} = \\sigma(z)$ with $z = wx + b$ and $\\sigma(z) = 1/(1 + e^{-z})$, and is trained with the loss $L = \\tfrac{1}{2}(\\hat{y} - t)^2$. For one example with input $x = ${x}$ and target $t = ${t}$, the current output is $\\hat{y} = ${yText}$. What is $\\dfrac{\\partial L}{\\partial w}$? Give your answer to 4 decimal places.`,
      answer: { value: Number(roundQ(grad, 4)), tolerance: 0.0001 },
      explanation: paragraphs(
        `Chain rule along $w \\to z \\to \\hat{y} \\to L$: $\\dfrac{\\partial L}{\\partial w} = \\dfrac{\\partial L}{\\partial \\hat{y}} \\cdot \\dfrac{\\partial \\hat{y}}{\\partial z} \\cdot \\dfrac{\\partial z}{\\partial w}$.`,
        `$\\dfrac{\\partial L}{\\partial \\hat{y}} = \\hat{y} - t = ${yText} - ${t} = ${decimalQ(dLdy, 2)}$; $\\dfrac{\\partial \\hat{y}}{\\partial z} = \\sigma(z)(1 - \\sigma(z)) = ${yText} \\times ${decimalQ(sub(ONE, y), 2)} = ${roundQ(dydz, 4)}$; $\\dfrac{\\partial z}{\\partial w} = x = ${x}$.`,
        `So $\\dfrac{\\partial L}{\\partial w} = ${paren(decimalQ(dLdy, 2))} \\times ${roundQ(dydz, 4)} \\times ${paren(x)} = ${roundQ(grad, 4)}$.`,
        `Common slips: dropping the factor $x$ (that is $\\partial L/\\partial b$, $${roundQ(mul(dLdy, dydz), 4)}$), or dropping $\\sigma' = \\hat{y}(1 - \\hat{y})$ (that would be the gradient for a linear output, $${roundQ(mul(dLdy, q(x)), 4)}$). The small factor $\\sigma'(z) \\le 0.25$ is why sigmoid networks learn slowly when saturated.`,
      ),
      references: [
        goodfellow("Section 6.5: Back-Propagation and Other Differentiation Algorithms"),
        mml("Section 5.6: Backpropagation and Automatic Differentiation"),
      ],
    };
  },
  verify(item) {
    const x = readNumber(item.stem, "x");
    const t = readNumber(item.stem, "t");
    const y = readNumber(item.stem, "\\hat{y}");
    // Numerically differentiate L(w) around a parameter setting that reproduces the stated output.
    const b = Math.log(y / (1 - y));
    const L = (w: number): number => 0.5 * (1 / (1 + Math.exp(-(w * x + b))) - t) ** 2;
    const h = 1e-5;
    const slope = (L(h) - L(-h)) / (2 * h);
    return expectAnswerNear(item, slope, 0.00005 + 1e-7);
  },
});
