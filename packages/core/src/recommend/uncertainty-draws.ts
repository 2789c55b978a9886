/**
 * @module Fixed standard-normal draws for propagating estimate uncertainty through the (non-linear)
 * pass model. Latin hypercube sampling with a fixed seed: deterministic (the same profile always
 * gets the same numbers), much less noisy than plain Monte Carlo at the same size, and shared by
 * every certification and every profile ("common random numbers"), so comparing two answers
 * compares the model, not the noise.
 */

import { createRng, shuffled } from "../shared/rng";
import { SKILL_IDS, type SkillId } from "../skills/skill-ids";
import { normalQuantile } from "./normal";

/** Number of draws: percentiles move by well under 0.01 between 512 and 4096 draws. */
export const DRAW_COUNT = 512;

/** Any fixed seed works; this one is the catalog's research date. */
const SEED = 20_261_124;

export interface UncertaintyDraws {
  /** Per skill, DRAW_COUNT independent standard-normal values. */
  readonly perSkill: ReadonlyMap<SkillId, Float64Array>;
  /** The person-level factor shared by all self-ratings (see SELF_RATING_CORRELATION). */
  readonly shared: Float64Array;
}

function latinColumn(rng: () => number): Float64Array {
  // One value per stratum (its midpoint quantile), in a random order per dimension.
  const order = shuffled(
    rng,
    Array.from({ length: DRAW_COUNT }, (_, i) => i),
  );
  const column = new Float64Array(DRAW_COUNT);
  order.forEach((stratum, k) => {
    column[k] = normalQuantile((stratum + 0.5) / DRAW_COUNT);
  });
  return column;
}

function build(): UncertaintyDraws {
  const rng = createRng(SEED);
  const shared = latinColumn(rng);
  const perSkill = new Map<SkillId, Float64Array>();
  for (const skill of SKILL_IDS) perSkill.set(skill, latinColumn(rng));
  return { perSkill, shared };
}

/** The draws, built once: they depend on nothing but the constants above. */
export const UNCERTAINTY_DRAWS: UncertaintyDraws = build();
