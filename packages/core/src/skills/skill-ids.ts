/**
 * @module Skill ids: the stable vocabulary shared by the taxonomy, the item bank, the blueprint
 * maps, profiles and results. Content in data/ is validated against this list.
 */
export const SKILL_IDS = [
  "linear-algebra",
  "calculus",
  "probability",
  "statistics",
  "python",
  "data-wrangling",
  "classical-ml",
  "deep-learning",
  "data-engineering",
  "mlops",
  "generative-ai",
  "responsible-ai",
  "cloud-aws",
  "cloud-azure",
  "cloud-gcp",
  "databricks",
] as const;

export type SkillId = (typeof SKILL_IDS)[number];

/** Self-rating scale: 0 none · 1 aware · 2 can do with help · 3 independent · 4 can teach / design. */
export const SKILL_LEVELS = [0, 1, 2, 3, 4] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export function isSkillId(value: string): value is SkillId {
  return (SKILL_IDS as readonly string[]).includes(value);
}
