/**
 * @module Bank statistics: items per skill, format and tier, and how many are not yet verified.
 */
import { ITEM_FORMATS, ITEM_TIERS, type Item, SKILL_IDS } from "@certpath/core";
import type { ItemVerdict } from "./verify-items";

export interface BankStats {
  items: number;
  bySkill: Record<string, number>;
  byFormat: Record<string, number>;
  byTier: Record<string, number>;
  bySkillAndTier: Record<string, Record<string, number>>;
  /** Items without a passing verdict (all of them when no verification was run). */
  unverified: number;
  verified: number;
}

const zeros = (keys: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;

export function computeBankStats(items: readonly Item[], verdicts?: readonly ItemVerdict[]): BankStats {
  const bySkill = zeros(SKILL_IDS);
  const byFormat = zeros(ITEM_FORMATS);
  const byTier = zeros(ITEM_TIERS);
  const bySkillAndTier = Object.fromEntries(SKILL_IDS.map((s) => [s, zeros(ITEM_TIERS)]));
  for (const item of items) {
    bySkill[item.skill] = (bySkill[item.skill] ?? 0) + 1;
    byFormat[item.format] = (byFormat[item.format] ?? 0) + 1;
    byTier[item.tier] = (byTier[item.tier] ?? 0) + 1;
    const tiers = bySkillAndTier[item.skill];
    if (tiers) tiers[item.tier] = (tiers[item.tier] ?? 0) + 1;
  }
  const passing = new Set((verdicts ?? []).filter((v) => v.ok).map((v) => v.id));
  const verified = items.filter((item) => passing.has(item.id)).length;
  return {
    items: items.length,
    bySkill,
    byFormat,
    byTier,
    bySkillAndTier,
    verified,
    unverified: items.length - verified,
  };
}
