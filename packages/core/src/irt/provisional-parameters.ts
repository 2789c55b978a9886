/**
 * @module Provisional item parameters: what the engine assumes about an item before any response
 * data exist, derived only from what the author wrote (tier, format, number of options).
 * Calibration (./calibration.ts) replaces them once enough responses are stored.
 * @see docs/algorithms/irt.md#provisional-parameters
 */

import type { ItemFormat, ItemTier } from "../items/item";
import { CertpathError } from "../shared/errors";
import type { ItemParams } from "./item-response";

export interface ProvisionalParameters extends ItemParams {
  provisional: true;
}

/**
 * Difficulty by authored tier, one theta unit apart: the skill scale's levels are one unit wide
 * (docs/algorithms/skill-scale.md), so "medium" sits at the centre of level 2 and "hard" at the
 * centre of level 3 ("independent") — the level a professional exam expects.
 */
export const PROVISIONAL_DIFFICULTY: Readonly<Record<ItemTier, number>> = { easy: -1, medium: 0, hard: 1 };

/**
 * Discrimination of an uncalibrated item: 1.0, the median of typical calibrated banks (a ≈
 * LogNormal(0, 0.3)). Deliberately not higher: overstated discrimination makes the engine report
 * more precision than it has (docs/research: miscalibration shortens tests and under-states error).
 */
export const PROVISIONAL_DISCRIMINATION = 1;

/**
 * Provisional 3PL parameters of an authored item.
 *
 * - b: easy −1, medium 0, hard +1 ({@link PROVISIONAL_DIFFICULTY}).
 * - a: 1.0 ({@link PROVISIONAL_DISCRIMINATION}).
 * - c: the chance of a blind guess being right —
 *   single-choice and code-output (one key among k options): 1/k;
 *   multiple-select (all-or-nothing, one subset among the 2^k − 1 non-empty ones): 1/(2^k − 1);
 *   numeric: 0.
 *
 * @param optionCount number of options (2…10) for choice formats; ignored for numeric items.
 * @throws CertpathError INVALID_ARGUMENT when a choice format has fewer than 2 options.
 */
export function provisionalParameters(
  tier: ItemTier,
  optionCount: number,
  format: ItemFormat,
): ProvisionalParameters {
  const b = PROVISIONAL_DIFFICULTY[tier];
  const a = PROVISIONAL_DISCRIMINATION;
  if (format === "numeric") return { a, b, c: 0, provisional: true };
  if (!(Number.isInteger(optionCount) && optionCount >= 2 && optionCount <= 10)) {
    throw new CertpathError(
      "INVALID_ARGUMENT",
      `a ${format} item needs 2–10 options to derive its guessing parameter (received ${optionCount})`,
    );
  }
  const c = format === "multiple-select" ? 1 / (2 ** optionCount - 1) : 1 / optionCount;
  return { a, b, c, provisional: true };
}
