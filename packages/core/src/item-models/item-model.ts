/**
 * @module Item models: seeded generators of math items. Each model builds a complete item (stem,
 * options and key or numeric answer, explanation, references) from an `Rng`, and can re-derive the
 * correct answer of an item it produced from the item's own text (`check`), so a verifier proves
 * every key without trusting the generator.
 */
import type { Item, ItemFormat, ItemTier } from "../items/item";
import type { Rng } from "../shared/rng";
import type { SkillId } from "../skills/skill-ids";

/** An item as an item model produces it: the bank assigns id, version and provenance. */
export type GeneratedItem = Omit<Item, "id" | "version" | "generatedBy">;

export interface ItemModel {
  /** Stable, kebab-case, e.g. "det-2x2". */
  id: string;
  /** linear-algebra | calculus | probability | statistics */
  skill: SkillId;
  /** A fixed sub-topic id of that skill (data/skills/taxonomy.yaml). */
  subtopic: string;
  /** The model's declared difficulty. */
  tier: ItemTier;
  /** single-choice or numeric. */
  format: ItemFormat;
  /** Builds a complete item (stem with KaTeX math, options+key or answer, teaching explanation, references) from a seed. Pure. */
  generate(rng: Rng): GeneratedItem;
  /** Re-derives the correct answer independently (e.g. checks the defining equation) and returns an error string or null. */
  check(item: GeneratedItem): string | null;
}

/** The skills covered by item models. */
export const MATH_SKILLS = ["linear-algebra", "calculus", "probability", "statistics"] as const;
export type MathSkillId = (typeof MATH_SKILLS)[number];

/** Sub-topic ids of the math skills, as fixed in data/skills/taxonomy.yaml (a test keeps them in sync). */
export const MATH_SUBTOPICS: { readonly [S in MathSkillId]: readonly string[] } = {
  "linear-algebra": [
    "vectors",
    "matrix-operations",
    "determinants",
    "eigen",
    "decompositions",
    "linear-systems",
  ],
  calculus: ["derivatives", "chain-rule", "gradients", "optimization", "integrals"],
  probability: [
    "basic-probability",
    "conditional-bayes",
    "random-variables",
    "distributions",
    "combinatorics",
  ],
  statistics: [
    "descriptive",
    "estimation",
    "confidence-intervals",
    "hypothesis-testing",
    "regression-correlation",
    "sampling-design",
  ],
};
