/**
 * @module @certpath/core — the public API of the domain. Explicit named exports only.
 */

export type {
  CodeCheck,
  Item,
  ItemFormat,
  ItemOption,
  ItemProvenance,
  ItemReference,
  ItemTier,
  NumericAnswer,
} from "./items/item";
export { CODE_CHECKS, ITEM_FORMATS, ITEM_TIERS } from "./items/item";
export type { JourneyStep, JourneyStepId } from "./journey/journey";
export { JOURNEY_STEPS } from "./journey/journey";
export type { ErrorCode } from "./shared/errors";
export { CertpathError, ERROR_CODES } from "./shared/errors";
export type { Result } from "./shared/result";
export { err, ok } from "./shared/result";
export type { Rng } from "./shared/rng";
export { createRng, intBetween, normalDraw, shuffled } from "./shared/rng";
export type { SkillId, SkillLevel } from "./skills/skill-ids";
export { isSkillId, SKILL_IDS, SKILL_LEVELS } from "./skills/skill-ids";
