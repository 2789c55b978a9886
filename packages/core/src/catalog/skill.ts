/**
 * @module Skill: one entry of the taxonomy, with sub-topics and level descriptors written as
 * observable behaviour (0 none · 1 aware · 2 can do with help · 3 independent · 4 can teach / design).
 */
import type { SkillId, SkillLevel } from "../skills/skill-ids";

export interface Skill {
  id: SkillId;
  name: string;
  description: string;
  subtopics: Array<{ id: string; name: string }>;
  levels: Array<{ level: SkillLevel; label: string; behaviour: string }>;
}
