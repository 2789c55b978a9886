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
// Adaptive testing (IRT): docs/algorithms/irt.md
export type { AbilityEstimate, AbilityPrior, Estimator } from "./irt/ability-estimate";
export { estimateAbility, POPULATION_PRIOR } from "./irt/ability-estimate";
export type {
  CalibratedItem,
  CalibrationOptions,
  CalibrationResult,
  ResponseRecord,
} from "./irt/calibration";
export { calibrate, DEFAULT_CALIBRATION_OPTIONS } from "./irt/calibration";
export type { BankItem, ItemBank } from "./irt/item-bank";
export { prepareBank } from "./irt/item-bank";
export type { ItemParams, ScoredResponse } from "./irt/item-response";
export { itemInformation, probabilityCorrect } from "./irt/item-response";
export type { SelfRatings } from "./irt/prior";
export type { ProvisionalParameters } from "./irt/provisional-parameters";
export {
  PROVISIONAL_DIFFICULTY,
  PROVISIONAL_DISCRIMINATION,
  provisionalParameters,
} from "./irt/provisional-parameters";
export type { ContentBalance, ExposureControl } from "./irt/selection";
export { DEFAULT_CONTENT_BALANCE, DEFAULT_EXPOSURE_CONTROL } from "./irt/selection";
export type {
  AnsweredItem,
  AskedItem,
  NextItem,
  SessionOptions,
  SessionState,
  SessionSummary,
  SkillResult,
} from "./irt/session";
export { recordResponse, selectNextItem, shouldStop, startSession, summarize } from "./irt/session";
export { simulateResponse } from "./irt/simulation";
export type { SkillCorrelations } from "./irt/skill-correlations";
export { DEFAULT_SKILL_CORRELATIONS, equicorrelated } from "./irt/skill-correlations";
export type { StopDecision, StopReason, StopRule } from "./irt/stopping";
export { DEFAULT_STOP_RULE } from "./irt/stopping";
export type {
  DiagnosticTarget,
  DomainDecision,
  ReadinessVerdict,
  TargetDecision,
  TargetDomain,
} from "./irt/targets";
export { diagnosticTargetFromBlueprint } from "./irt/targets";
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
export {
  DEFAULT_EXAM_MINUTES,
  domainHours,
  examTargetTheta,
  FOUNDATION_HOURS_PER_THETA,
  FOUNDATION_MIN_GAP,
  familiarisationHours,
  foundationHours,
  foundationTargetTheta,
  PRACTICE_EXAMS,
  PRACTICE_REVIEW_FACTOR,
  practiceExamHours,
} from "./plan/effort";
export { assessFeasibility, hoursNeededFor, MAX_SUGGESTED_HOURS_PER_WEEK } from "./plan/feasibility";
export { suggestNextStep } from "./plan/next-step";
export { buildPathway, domainPrerequisites, FOUNDATION_ORDER } from "./plan/pathway";
export type { CreatePlanInput } from "./plan/plan";
export { assertBookable, createPlan, MAX_HOURS_PER_WEEK, validateConstraints } from "./plan/plan";
export type {
  Block,
  BlockKind,
  CheckIn,
  Feasibility,
  FeasibilityOption,
  NextStepSuggestion,
  Plan,
  PlanConstraints,
  PracticeScore,
  PrepResource,
  Progress,
  ProjectMatch,
  Replanning,
  Specialization,
  Stage,
  StageKind,
  Week,
  Weekday,
} from "./plan/plan-types";
export { BLOCK_KINDS, SPECIALIZATIONS, STAGE_KINDS, WEEKDAYS } from "./plan/plan-types";
export type { DatasetAccess, Deliverable, Industry, ProjectBrief, ProjectDifficulty } from "./plan/project";
export {
  DATASET_ACCESS,
  DELIVERABLES,
  INDUSTRIES,
  matchProjects,
  normalizeIndustry,
  PROJECT_DIFFICULTIES,
} from "./plan/project";
export type { CheckInContext } from "./plan/replan";
export { MIN_REMAINING_HOURS, READY_SCORE_PCT, RELEARN_FACTOR, recordCheckIn } from "./plan/replan";
export { layOut, MAX_PLAN_DAYS, toWeeks } from "./plan/schedule";
export { SKILL_PREREQUISITES, skillDepth, transitivePrerequisites } from "./plan/skill-prerequisites";
export {
  EXAM_DAY_RETENTION,
  FSRS_DECAY,
  FSRS_FACTOR,
  FSRS_GOOD_SEQUENCE,
  FSRS6_W20,
  retrievability,
  SPACED_REVIEW_HOURS,
} from "./plan/spacing";
export type { Focus, Profile, ProfilePlatform } from "./profile/profile";
export { FOCUSES, PROFILE_PLATFORMS } from "./profile/profile";
export type { CloudMarket, CloudShareFigure, MarketCloud } from "./recommend/cloud-market";
export { MARKET_CLOUDS } from "./recommend/cloud-market";
export type { Evaluation, EvaluationContext } from "./recommend/evaluate";
export { evaluateCertification } from "./recommend/evaluate";
export type { SkillEvidence, SkillPriors } from "./recommend/evidence";
export {
  beliefFor,
  evidenceFromProfile,
  priorsFromProfile,
  SELF_RATING_CORRELATION,
  thetaFromPlatformYears,
  WORK_HISTORY_SE,
} from "./recommend/evidence";
export type { Factor, FactorName, FactorValue } from "./recommend/factor";
export { FACTOR_NAMES } from "./recommend/factor";
export type { FoundationGap, FoundationSkill } from "./recommend/foundations";
export {
  EXAM_FOUNDATION_SKILLS,
  foundationGaps,
  foundationLabel,
  foundationNeeds,
  isTechnical,
} from "./recommend/foundations";
export { normalCdf, normalQuantile } from "./recommend/normal";
export type { Ranking, RankingInput } from "./recommend/ranking";
export { rankCertifications } from "./recommend/ranking";
export type { DomainAbility, DomainReadiness, DomainStatus, Readiness } from "./recommend/readiness";
export {
  assessReadiness,
  CUT_BY_LEVEL,
  DOMAIN_NOISE_TAU,
  domainAbility,
  domainMastery,
  domainShares,
  EXAM_DAY_NOISE,
  MIN_DOMAIN_EVIDENCE,
  MIN_EXAM_EVIDENCE,
  PASS_MARK,
  passDistribution,
  SCORE_SLOPE_KAPPA,
} from "./recommend/readiness";
export type {
  Exclusion,
  ReadinessReport,
  Recommendation,
  RecommendationInput,
  RecommendationResult,
} from "./recommend/recommend";
export { EXCLUSION_RANK, recommend } from "./recommend/recommend";
export { shortName } from "./recommend/short-name";
export type { StudyEstimate } from "./recommend/study-hours";
export { EXAM_REVIEW_HOURS, HOURS_PER_THETA, hoursToReady, TARGET_MARGIN } from "./recommend/study-hours";
export type { RecommendationWeights } from "./recommend/weights";
export { DEFAULT_WEIGHTS, resolveWeights } from "./recommend/weights";
export type { CertificationExplanation, ExplainInput, FactorGap } from "./recommend/why-not";
export { explainCertification } from "./recommend/why-not";
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
export type {
  MatrixCell,
  MatrixRow,
  MemberEvidence,
  SkillAggregate,
  SkillsMatrix,
} from "./team/skills-matrix";
export { buildSkillsMatrix, MIN_AGGREGATE_GROUP, memberLevel } from "./team/skills-matrix";
export type { RenewalDue, TeamBudget, TeamMemberPlans, TeamPath, TeamPlan } from "./team/team-plan";
export { buildTeamPlan, RENEWAL_HORIZON_DAYS } from "./team/team-plan";
// Credential wallet and teams: docs/wallet-and-teams.md
export type { CredentialDates, ValidityRule } from "./wallet/credential-expiry";
export { credentialExpiry, validateCredentialDates } from "./wallet/credential-expiry";
export type {
  CredentialRenewal,
  CredentialRetirement,
  CredentialState,
  CredentialStatus,
} from "./wallet/credential-status";
export { CREDENTIAL_STATES, describeCredential } from "./wallet/credential-status";
export type { ReminderKind, RenewalReminder } from "./wallet/renewal-reminders";
export {
  dueReminders,
  EXPIRES_SOON_DAYS,
  REMINDER_CATCH_UP_DAYS,
  REMINDER_KINDS,
  renewalReminders,
} from "./wallet/renewal-reminders";
export type { Renewability, RenewalWindow } from "./wallet/renewal-window";
export { renewability, renewalWindow, SUGGESTED_WINDOW_DAYS } from "./wallet/renewal-window";
