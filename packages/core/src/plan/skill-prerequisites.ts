/**
 * @module Skill prerequisites: which skills of the taxonomy are learned on top of which. The
 * pathway uses it twice: to pick the foundations a certification needs (the prerequisites of its
 * blueprint skills) and to order domains (a domain built on another domain's skills comes after it).
 *
 * Edges follow the usual order of ML curricula: programming and data handling before modelling,
 * probability before statistics, linear algebra and statistics before classical ML, calculus before
 * deep learning (backpropagation), classical ML before MLOps (you deploy models you can evaluate).
 * Cloud platforms have no prerequisites here: their blueprint domains carry the ML skills they need.
 */
import type { SkillId } from "../skills/skill-ids";

export const SKILL_PREREQUISITES: Readonly<Record<SkillId, readonly SkillId[]>> = {
  python: [],
  "linear-algebra": [],
  calculus: [],
  probability: [],
  statistics: ["probability"],
  "data-wrangling": ["python"],
  "classical-ml": ["python", "data-wrangling", "statistics", "linear-algebra"],
  "deep-learning": ["classical-ml", "calculus", "linear-algebra"],
  "data-engineering": ["python"],
  mlops: ["python", "classical-ml"],
  "generative-ai": ["python"],
  "responsible-ai": ["statistics"],
  "cloud-aws": [],
  "cloud-azure": [],
  "cloud-gcp": [],
  databricks: ["python"],
};

/** Every skill reachable backwards from `skill` (not including itself). */
export function transitivePrerequisites(skill: SkillId): Set<SkillId> {
  const seen = new Set<SkillId>();
  const stack = [...SKILL_PREREQUISITES[skill]];
  while (stack.length > 0) {
    const next = stack.pop() as SkillId;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...SKILL_PREREQUISITES[next]);
  }
  return seen;
}

/** Length of the longest prerequisite chain below a skill (python 0, classical-ml 3, …). */
export function skillDepth(skill: SkillId): number {
  const prerequisites = SKILL_PREREQUISITES[skill];
  if (prerequisites.length === 0) return 0;
  return 1 + Math.max(...prerequisites.map(skillDepth));
}
