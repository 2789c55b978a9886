/** @module Counting unordered selections: the binomial coefficient. */
import { intBetween } from "../shared/rng";
import { choice, defineModel, expectKeyText, m, paragraphs, pick, readNumber } from "./helpers";
import { blitzstein } from "./references";

export function binom(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** C(n, k) by Pascal's rule, an independent route for checks. */
export function pascal(n: number, k: number): number {
  let row = [1];
  for (let i = 1; i <= n; i++)
    row = Array.from({ length: i + 1 }, (_, j) => (row[j - 1] ?? 0) + (row[j] ?? 0));
  return row[k] ?? 0;
}

const CONTEXTS = [
  (n: number, k: number) =>
    `A model will use exactly $k = ${k}$ of $n = ${n}$ candidate features. How many different feature subsets are possible?`,
  (n: number, k: number) =>
    `A reviewer picks $k = ${k}$ of $n = ${n}$ pull requests to audit (the order does not matter). How many different selections are possible?`,
  (n: number, k: number) =>
    `An ensemble is built from $k = ${k}$ of $n = ${n}$ trained models (the order does not matter). How many different ensembles are possible?`,
];

export const combinations = defineModel({
  id: "combinations",
  skill: "probability",
  subtopic: "combinatorics",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const n = intBetween(rng, 6, 12);
    const k = intBetween(rng, 2, 4);
    const key = binom(n, k);
    let perms = 1;
    for (let i = 0; i < k; i++) perms *= n - i;
    const parts = choice(rng, m(key), [m(perms), m(n ** k), m(binom(n + k - 1, k))]);
    if (!parts) return null;
    const fact = Array.from({ length: k }, (_, i) => i + 1).join(" \\cdot ");
    return {
      stem: pick(rng, CONTEXTS)(n, k),
      ...parts,
      explanation: paragraphs(
        `Unordered selections without repetition are counted by the binomial coefficient $\\binom{n}{k} = \\dfrac{n!}{k!\\,(n-k)!}$.`,
        `$\\binom{${n}}{${k}} = \\dfrac{${Array.from({ length: k }, (_, i) => n - i).join(" \\cdot ")}}{${fact}} = \\dfrac{${perms}}{${perms / key}} = ${key}$.`,
        `$${perms}$ counts ordered selections ($n!/(n-k)!$): each subset is counted $k! = ${perms / key}$ times; $${n ** k}$ allows repeats and order ($n^k$); $${binom(n + k - 1, k)}$ counts selections with repetition allowed ($\\binom{n+k-1}{k}$).`,
      ),
      references: [blitzstein("Chapter 1: Probability and Counting")],
    };
  },
  verify(item) {
    return expectKeyText(item, m(pascal(readNumber(item.stem, "n"), readNumber(item.stem, "k"))));
  },
});
