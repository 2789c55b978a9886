/** @module @certpath/content — zod schemas and loaders for data/. */
export { DEFAULT_DATA_DIR, resolveDataDir } from "./data-dir";
export type { ContentIssue } from "./load/content-error";
export { ContentError, formatIssue } from "./load/content-error";
export { checkCatalogReferences, loadCertifications, loadSkills } from "./load/load-catalog";
export { CLOUD_MARKET_FILE, loadCloudMarket } from "./load/load-cloud-market";
export type { Content } from "./load/load-content";
export { loadContent } from "./load/load-content";
export { loadItems } from "./load/load-items";
export type { PlanningContent } from "./load/load-planning-content";
export { loadPlanningContent } from "./load/load-planning-content";
export { checkProjectReferences, loadProjects } from "./load/load-projects";
export type { Salaries, SalaryFilter } from "./load/load-salaries";
export { CERTIFICATION_EFFECT_FILE, filterSalaries, loadSalaries } from "./load/load-salaries";
export { BlueprintDomainSchema, CertificationSchema, SourceSchema } from "./schemas/certification.schema";
export { CloudMarketSchema, CloudShareFigureSchema } from "./schemas/cloud-market.schema";
export { ItemSchema } from "./schemas/item.schema";
export { ProjectBriefSchema, ProjectFileSchema } from "./schemas/project.schema";
export type { CertificationEffect, SalaryBand, SalaryRegion } from "./schemas/salary.schema";
export {
  CertificationEffectSchema,
  PAY_BASES,
  SALARY_BANDS,
  SALARY_LEVELS,
  SalaryBandSchema,
  SalaryRegionSchema,
} from "./schemas/salary.schema";
export { SkillSchema, TaxonomySchema } from "./schemas/skill.schema";
export type { BankStats } from "./verify/bank-stats";
export { computeBankStats } from "./verify/bank-stats";
export type { LockProblem, VersionLock } from "./verify/item-versions";
export { checkLock, questionHash, readLock, updateLock } from "./verify/item-versions";
export type { SnippetRun } from "./verify/run-python";
export { DEFAULT_PYTHON, pythonVersions, runSnippet } from "./verify/run-python";
export type { VerificationRecord } from "./verify/verification-record";
export {
  readVerificationRecord,
  verdictsFromRecord,
  writeVerificationRecord,
} from "./verify/verification-record";
export type { ItemVerdict, VerificationKind, VerifyOptions } from "./verify/verify-items";
export { judgeCodeRun, judgeGenerated, kindOf, normalizeOutput, verifyItems } from "./verify/verify-items";
