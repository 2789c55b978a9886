/**
 * @module Item: one question of the bank, as authored in data/items/*.yaml (see data/items/README.md).
 * The content package validates files into this shape; core algorithms read only this shape.
 */
import type { SkillId } from "../skills/skill-ids";

export const ITEM_TIERS = ["easy", "medium", "hard"] as const;
export type ItemTier = (typeof ITEM_TIERS)[number];

export const ITEM_FORMATS = ["single-choice", "multiple-select", "numeric", "code-output"] as const;
export type ItemFormat = (typeof ITEM_FORMATS)[number];

/** How a code item's key is proven by running the code: see data/items/README.md. */
export const CODE_CHECKS = ["stdout", "exception", "line"] as const;
export type CodeCheck = (typeof CODE_CHECKS)[number];

export interface ItemOption {
  id: string;
  text: string;
}

export interface NumericAnswer {
  value: number;
  /** Absolute tolerance: a response r is correct when |r - value| <= tolerance. */
  tolerance: number;
}

export interface ItemReference {
  title: string;
  url?: string | undefined;
}

/** The item model and seed that produced an item, so a verifier can regenerate and compare it. */
export interface ItemProvenance {
  model: string;
  seed: number;
}

export interface Item {
  id: string;
  version: number;
  skill: SkillId;
  subtopic: string;
  tier: ItemTier;
  format: ItemFormat;
  stem: string;
  code?: string | undefined;
  language?: string | undefined;
  check?: CodeCheck | undefined;
  options?: ItemOption[] | undefined;
  key?: string[] | undefined;
  answer?: NumericAnswer | undefined;
  explanation: string;
  references?: ItemReference[] | undefined;
  generatedBy?: ItemProvenance | undefined;
  /** Python that computes a numeric answer (verification only; never shown). */
  solution?: string | undefined;
}
