/** @module @certpath/content — zod schemas and loaders for data/. */
export { DEFAULT_DATA_DIR, resolveDataDir } from "./data-dir";
export type { ContentIssue } from "./load/content-error";
export { ContentError, formatIssue } from "./load/content-error";
export { checkCatalogReferences, loadCertifications, loadSkills } from "./load/load-catalog";
export type { Content } from "./load/load-content";
export { loadContent } from "./load/load-content";
export { loadItems } from "./load/load-items";
export { BlueprintDomainSchema, CertificationSchema, SourceSchema } from "./schemas/certification.schema";
export { ItemSchema } from "./schemas/item.schema";
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
