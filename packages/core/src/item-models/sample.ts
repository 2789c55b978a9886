/** @module Exact summary statistics of small integer samples (shared by the statistics models). */
import type { Rng } from "../shared/rng";
import { shuffled } from "../shared/rng";
import { mul, type Q, q, sub, sumQ } from "./rational";

export const sumOf = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
export const meanQ = (xs: readonly number[]): Q => q(sumOf(xs), xs.length);

/** Sum of squared deviations from the mean, exactly. */
export function ssQ(xs: readonly number[]): Q {
  const mean = meanQ(xs);
  return sumQ(xs.map((x) => mul(sub(q(x), mean), sub(q(x), mean))));
}

/** Sum of cross-deviations, exactly. */
export function spQ(xs: readonly number[], ys: readonly number[]): Q {
  const mx = meanQ(xs);
  const my = meanQ(ys);
  return sumQ(xs.map((x, i) => mul(sub(q(x), mx), sub(q(ys[i] as number), my))));
}

/** `count` distinct integers from [min, max], in random order. */
export function distinctInts(rng: Rng, count: number, min: number, max: number): number[] {
  const pool = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return shuffled(rng, pool).slice(0, count);
}

export const tuple = (xs: readonly (number | string)[]): string => `(${xs.join(", ")})`;
