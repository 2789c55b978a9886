/**
 * @module @certpath/core — the public API of the domain. Explicit named exports only.
 */

export {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  startOfWeek,
  toDayNumber,
} from "./calendar/iso-date";
export type { CatalogFilter, EmphasisArea, StatusNotice } from "./catalog/catalog-query";
export { describeStatus, EMPHASIS_AREAS, emphasisOf, filterCertifications } from "./catalog/catalog-query";
export type {
  Blueprint,
  BlueprintDomain,
  Certification,
  CertificationLevel,
  CertificationStatus,
  Confidence,
  EmphasisLevel,
  IsoDate,
  Platform,
  PreviousBlueprint,
  Provider,
  Renewal,
  RenewalMethod,
  Role,
  Source,
  WeightRange,
} from "./catalog/certification";
export {
  CERTIFICATION_LEVELS,
  CERTIFICATION_STATUSES,
  CONFIDENCE_LEVELS,
  EMPHASIS_LEVELS,
  isBookable,
  PLATFORMS,
  PROVIDERS,
  RENEWAL_METHODS,
  ROLES,
} from "./catalog/certification";
export type { Skill } from "./catalog/skill";
export type { FactGroup, StaleFact } from "./catalog/staleness";
export { DEFAULT_STALE_AFTER_DAYS, FACT_GROUPS, findStaleFacts } from "./catalog/staleness";
export type { GeneratedItem, ItemModel, MathSkillId } from "./item-models/item-model";
export { MATH_SKILLS, MATH_SUBTOPICS } from "./item-models/item-model";
export { findItemModel, ITEM_MODELS } from "./item-models/registry";
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
export type { Focus, Profile, ProfilePlatform } from "./profile/profile";
export { FOCUSES, PROFILE_PLATFORMS } from "./profile/profile";
export type { ErrorCode } from "./shared/errors";
export { CertpathError, ERROR_CODES } from "./shared/errors";
export type { Result } from "./shared/result";
export { err, ok } from "./shared/result";
export type { Rng } from "./shared/rng";
export { createRng, intBetween, normalDraw, shuffled } from "./shared/rng";
export { editDistance, suggestClosest } from "./shared/suggest";
export type { EstimateSource, SkillEstimate } from "./skills/skill-estimate";
export {
  estimateFromSelfRating,
  LEVEL_CUTS,
  levelOfTheta,
  SELF_RATING_SE,
  thetaForLevel,
  UNKNOWN_ESTIMATE,
} from "./skills/skill-estimate";
export type { SkillId, SkillLevel } from "./skills/skill-ids";
export { isSkillId, SKILL_IDS, SKILL_LEVELS } from "./skills/skill-ids";
