/** @module Maximum-likelihood estimate of a Bernoulli probability. */
import { intBetween, shuffled } from "../shared/rng";
import { choice, defineModel, keyOption, m, paragraphs, parseQ, readTuple } from "./helpers";
import { eqQ, mul, ONE, type Q, q, sub, texQ, toNumber } from "./rational";
import { mml, wasserman } from "./references";
import { tuple } from "./sample";

const fr = (x: Q): string => m(texQ(x));

export const mleBernoulli = defineModel({
  id: "mle-bernoulli",
  skill: "statistics",
  subtopic: "estimation",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const n = intBetween(rng, 8, 20);
    const k = intBetween(rng, 2, n - 2);
    const xs = shuffled(rng, [...Array(k).fill(1), ...Array(n - k).fill(0)] as number[]);
    const key = q(k, n);
    const parts = choice(rng, fr(key), [fr(q(k + 1, n + 2)), fr(q(n - k, n)), fr(q(k, n - 1))]);
    if (!parts) return null;
    return {
      stem: `Whether a model's prediction was correct (1) or not (0) on ${n} independent examples: $\\mathbf{x} = ${tuple(xs)}$. Modelling each outcome as $\\operatorname{Bernoulli}(p)$, what is the maximum-likelihood estimate $\\hat{p}$?`,
      ...parts,
      explanation: paragraphs(
        `With $k$ ones in $n$ trials the likelihood is $L(p) = p^k (1 - p)^{n-k}$ and $\\log L = k\\log p + (n - k)\\log(1 - p)$. Setting the derivative $\\dfrac{k}{p} - \\dfrac{n - k}{1 - p}$ to zero gives $\\hat{p} = k/n$, the sample proportion.`,
        `Here $k = ${k}$ and $n = ${n}$, so $\\hat{p} = ${texQ(key)} \\approx ${toNumber(key).toFixed(3)}$.`,
        `$${texQ(q(k + 1, n + 2))}$ is Laplace's rule of succession, the posterior mean under a uniform prior, not the MLE; $${texQ(q(n - k, n))}$ estimates the probability of a 0; $${texQ(q(k, n - 1))}$ borrows the $n - 1$ of the sample variance, which has no place in a proportion.`,
      ),
      references: [
        wasserman("Chapter 9: Parametric Inference (maximum likelihood)"),
        mml("Section 8.3: Parameter Estimation"),
      ],
    };
  },
  verify(item) {
    const xs = readTuple(item.stem, "\\mathbf{x}").map(toNumber);
    const n = xs.length;
    const k = xs.filter((x) => x === 1).length;
    if (xs.some((x) => x !== 0 && x !== 1)) return "data are not 0/1";
    // The score k/p - (n-k)/(1-p) vanishes, i.e. k (1 - p) = (n - k) p, only at the MLE.
    const isMle = (text: string): boolean => {
      const p = parseQ(text);
      return eqQ(mul(q(k), sub(ONE, p)), mul(q(n - k), p));
    };
    if (!isMle(keyOption(item).text)) return `key ${keyOption(item).text} does not solve the score equation`;
    if ((item.options ?? []).some((o) => o.id !== item.key?.[0] && isMle(o.text)))
      return "a distractor is the MLE";
    return null;
  },
});
