/** @module Maximum-likelihood estimate of a Poisson rate. */
import { intBetween } from "../shared/rng";
import { choice, defineModel, expectKeyNear, ints, m, paragraphs, readTuple } from "./helpers";
import { q, roundQ, toNumber } from "./rational";
import { mml, wasserman } from "./references";
import { meanQ, ssQ, sumOf, tuple } from "./sample";

export const mlePoisson = defineModel({
  id: "mle-poisson",
  skill: "statistics",
  subtopic: "estimation",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const n = intBetween(rng, 5, 8);
    const xs = ints(rng, n, 0, 9);
    const total = sumOf(xs);
    if (total === 0) return null;
    const mean = meanQ(xs);
    const variance = q(ssQ(xs).n, ssQ(xs).d * BigInt(n - 1));
    const fmt = (x: ReturnType<typeof q>): string => m(roundQ(x, 2));
    const parts = choice(rng, fmt(mean), [fmt(variance), fmt(q(total, n - 1)), fmt(q(n, total))]);
    if (!parts) return null;
    return {
      stem: `The numbers of failed jobs on ${n} nights were $\\mathbf{x} = ${tuple(xs)}$. Modelling the nightly count as $\\operatorname{Poisson}(\\lambda)$, what is the maximum-likelihood estimate $\\hat{\\lambda}$ (rounded to 2 decimal places)?`,
      ...parts,
      explanation: paragraphs(
        `$\\log L(\\lambda) = \\sum_i \\bigl(x_i \\log\\lambda - \\lambda - \\log x_i!\\bigr)$, so $\\dfrac{d}{d\\lambda}\\log L = \\dfrac{\\sum_i x_i}{\\lambda} - n = 0$ gives $\\hat{\\lambda} = \\bar{x}$.`,
        `$\\hat{\\lambda} = ${total}/${n} = ${roundQ(mean, 2)}$.`,
        `$${roundQ(variance, 2)}$ is the sample variance: for a Poisson it estimates the same $\\lambda$, but it is not the MLE (and is noisier); $${roundQ(q(total, n - 1), 2)}$ divides the total by $n - 1$; $${roundQ(q(n, total), 2)}$ is $1/\\bar{x}$, the MLE of an exponential rate, which models waiting times rather than counts.`,
      ),
      references: [
        wasserman("Chapter 9: Parametric Inference (maximum likelihood)"),
        mml("Section 8.3: Parameter Estimation"),
      ],
    };
  },
  verify(item) {
    const xs = readTuple(item.stem, "\\mathbf{x}").map(toNumber);
    const total = xs.reduce((s, x) => s + x, 0);
    const n = xs.length;
    // Maximise the log-likelihood numerically (golden-section search; it is concave in lambda).
    const ll = (l: number): number => total * Math.log(l) - n * l;
    let lo = 1e-6;
    let hi = 50;
    const g = (Math.sqrt(5) - 1) / 2;
    for (let i = 0; i < 200; i++) {
      const a = hi - g * (hi - lo);
      const b = lo + g * (hi - lo);
      if (ll(a) < ll(b)) lo = a;
      else hi = b;
    }
    return expectKeyNear(item, (lo + hi) / 2, 0.005 + 1e-6);
  },
});
