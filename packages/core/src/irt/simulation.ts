/**
 * @module Simulated answers, for tests, benchmarks and "what if" checks: a response drawn from the
 * model with the seeded Rng, never from Math.random.
 */
import type { Rng } from "../shared/rng";
import { type ItemParams, probabilityCorrect } from "./item-response";

/** Draws a right/wrong answer of a person with ability θ: correct with probability P(θ). */
export function simulateResponse(theta: number, item: ItemParams, rng: Rng): boolean {
  return rng() < probabilityCorrect(theta, item);
}
