/**
 * Personas drawn from the guide's advice (docs/algorithms/recommendation.md shows each one's
 * ranking, generated from them by generate-table.ts). Each names the top choices we expect and
 * why; personas.test.ts holds the engine to them against the real catalog.
 */
import type { Persona } from "./persona";
import { PERSONAS_IN_A_CLOUD } from "./personas-in-a-cloud";
import { PERSONAS_WITHOUT_CLOUD } from "./personas-no-cloud";

export type { Persona } from "./persona";
export { PERSONA_TODAY } from "./persona";

const ORDER = [
  "aws-shop-ml-engineer",
  "microsoft-app-developer",
  "gcp-production-ml-team",
  "databricks-data-engineer",
  "newcomer-weak-python",
  "no-cloud-data-scientist",
  "deep-learning-data-scientist",
  "genai-app-developer-aws",
  "manager-azure-shop",
  "student",
  "azure-data-scientist-dp100",
  "junior-gcp-engineer",
  "ai-governance-lead",
  "aws-engineer-diagnostic",
  "short-deadline-analyst",
];

/** All personas, in the order of the documented table. */
export const PERSONAS: Persona[] = [...PERSONAS_IN_A_CLOUD, ...PERSONAS_WITHOUT_CLOUD].sort(
  (a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id),
);
