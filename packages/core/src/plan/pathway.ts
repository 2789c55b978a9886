/**
 * @module Pathway: the ordered stages from where a person is to a certification and beyond —
 * foundations the gaps require, the blueprint's domains ordered by prerequisite and weight,
 * practice exams, the exam, and a suggested next credential. Every stage lists the stages it comes
 * after, and the list is in an order that respects them (a topological order).
 */
import type { BlueprintDomain, Certification } from "../catalog/certification";
import type { Profile } from "../profile/profile";
import type { SkillEvidence } from "../recommend/evidence";
import { foundationNeeds } from "../recommend/foundations";
import { domainAbility, domainShares } from "../recommend/readiness";
import { CertpathError } from "../shared/errors";
import type { SkillId } from "../skills/skill-ids";
import {
  domainHours,
  examTargetTheta,
  FOUNDATION_MIN_GAP,
  foundationHours,
  foundationTargetTheta,
  gapTo,
  PRACTICE_EXAMS,
  practiceExamHours,
  profileEvidence,
  roundHours,
  skillEstimateFor,
  weightMidpoint,
} from "./effort";
import { suggestNextStep } from "./next-step";
import type { PrepResource, Stage } from "./plan-types";
import { SKILL_PREREQUISITES, skillDepth, transitivePrerequisites } from "./skill-prerequisites";

/** Foundations in teaching order (probability before statistics). */
export const FOUNDATION_ORDER = [
  "python",
  "linear-algebra",
  "calculus",
  "probability",
  "statistics",
] as const;

/** A skill is one of a domain's main skills at this share of the domain or more. */
export const MAIN_SKILL_SHARE = 25;

const round2 = (x: number) => Math.round(x * 100) / 100;

function practiceResources(prep: readonly PrepResource[]): PrepResource[] {
  const practice = prep.filter((p) => /practice|sample|question/i.test(p.title));
  return practice.length > 0 ? practice : [...prep];
}

function mainSkills(domain: BlueprintDomain): SkillId[] {
  const entries = Object.entries(domain.skills) as Array<[SkillId, number]>;
  const main = entries.filter(([, share]) => share >= MAIN_SKILL_SHARE).map(([skill]) => skill);
  // A domain spread thin over many skills still has a main one: its largest.
  if (main.length > 0) return main;
  const largest = [...entries].sort((a, b) => b[1] - a[1])[0];
  return largest ? [largest[0]] : [];
}

function domainDepth(domain: BlueprintDomain): number {
  const entries = Object.entries(domain.skills) as Array<[SkillId, number]>;
  const total = entries.reduce((sum, [, share]) => sum + share, 0) || 1;
  return entries.reduce((sum, [skill, share]) => sum + (share / total) * skillDepth(skill), 0);
}

/**
 * Domain B comes after domain A when one of B's main skills is built on one of A's main skills that
 * B does not itself teach, and A sits lower in the prerequisite graph. The depth condition keeps
 * the relation acyclic.
 */
export function domainPrerequisites(domains: readonly BlueprintDomain[]): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const b of domains) {
    const bMain = mainSkills(b);
    const needs = new Set(bMain.flatMap((skill) => [...transitivePrerequisites(skill)]));
    const after: string[] = [];
    for (const a of domains) {
      if (a.id === b.id || domainDepth(a) >= domainDepth(b)) continue;
      if (mainSkills(a).some((skill) => needs.has(skill) && !bMain.includes(skill))) after.push(a.id);
    }
    edges.set(b.id, after);
  }
  return edges;
}

/** Kahn's algorithm; among domains ready at the same time the heavier goes first, then blueprint order. */
function orderDomains(domains: readonly BlueprintDomain[], edges: Map<string, string[]>): BlueprintDomain[] {
  const done = new Set<string>();
  const ordered: BlueprintDomain[] = [];
  while (ordered.length < domains.length) {
    const ready = domains
      .map((domain, index) => ({ domain, index }))
      .filter(
        ({ domain }) => !done.has(domain.id) && (edges.get(domain.id) ?? []).every((id) => done.has(id)),
      )
      .sort((x, y) => weightMidpoint(y.domain.weight) - weightMidpoint(x.domain.weight) || x.index - y.index);
    const next = ready[0];
    if (!next) throw new CertpathError("INVARIANT", "domain prerequisites form a cycle");
    done.add(next.domain.id);
    ordered.push(next.domain);
  }
  return ordered;
}

export interface PathwayInput {
  profile: Profile;
  certification: Certification;
  /** The whole catalog, for the next-step suggestion. */
  catalog: readonly Certification[];
  /** Stage id → hours chosen by the person. */
  overrides?: Readonly<Record<string, number>> | undefined;
}

/** Builds the stages. Throws INVALID_ARGUMENT for an override naming no stage of this pathway. */
export function buildPathway({ profile, certification, catalog, overrides = {} }: PathwayInput): Stage[] {
  const domains = certification.blueprint.domains;
  if (domains.length === 0) {
    throw new CertpathError("INVALID_ARGUMENT", `${certification.id} has no blueprint domains to plan from`);
  }
  const examTarget = examTargetTheta(certification.level);
  const blueprintSkills = new Set(domains.flatMap((d) => Object.keys(d.skills) as SkillId[]));
  const prep = certification.prep.map((p) => ({ title: p.title, url: p.url }));
  const evidence = profileEvidence(profile);
  const stages: Stage[] = [];

  // Foundations: the levels this exam expects (shared with recommendation), when the gap is real.
  const needs = foundationNeeds(certification);
  const foundationIds = new Map<SkillId, string>();
  const raised = new Map(evidence);
  for (const skill of FOUNDATION_ORDER) {
    const needed = needs[skill];
    if (needed === 0) continue;
    const target = foundationTargetTheta(needed);
    const estimate = skillEstimateFor(evidence, skill);
    const gap = gapTo(target, estimate.theta);
    if (gap < FOUNDATION_MIN_GAP) continue;
    const id = `foundation:${skill}`;
    foundationIds.set(skill, id);
    // Once the foundation stage is done the skill stands at its target for the domains' sake.
    raised.set(skill, { ...estimate, theta: target });
    stages.push({
      id,
      kind: "foundation",
      title: `Foundations: ${skill.replace("-", " ")}`,
      skills: [skill],
      after: SKILL_PREREQUISITES[skill].flatMap((p) => foundationIds.get(p) ?? []),
      weightPct: null,
      gap: round2(gap),
      estimatedHours: foundationHours(skill, gap),
      hours: 0,
      overridden: false,
      rationale: `${estimate.source} estimate ${estimate.theta.toFixed(2)}; this exam expects level ${needed} (theta ≥ ${target.toFixed(2)})`,
      resources: prep,
    });
  }

  const shares = domainShares(certification);
  const edges = domainPrerequisites(domains);
  for (const domain of orderDomains(domains, edges)) {
    const weightShare = shares[domains.indexOf(domain)] ?? 0;
    const ability = domainAbility(domain.skills, raised as SkillEvidence);
    const gap = gapTo(examTarget, ability.mu);
    const skills = Object.keys(domain.skills) as SkillId[];
    const foundationsBelow = [...foundationIds.entries()]
      .filter(([f]) => skills.some((skill) => skill === f || transitivePrerequisites(skill).has(f)))
      .map(([, id]) => id);
    stages.push({
      id: `domain:${domain.id}`,
      kind: "domain",
      title: domain.name,
      skills,
      after: [...foundationsBelow, ...(edges.get(domain.id) ?? []).map((id) => `domain:${id}`)],
      weightPct: weightMidpoint(domain.weight),
      gap: round2(gap),
      estimatedHours: domainHours(certification, weightShare, ability.mu),
      hours: 0,
      overridden: false,
      rationale: `${Math.round(weightShare * 100)}% of the exam; domain ability ${ability.mu.toFixed(2)} vs target ${examTarget.toFixed(2)}${ability.missing.length > 0 ? ` (no evidence on ${ability.missing.join(", ")}: average assumed)` : ""}`,
      resources: prep,
    });
  }

  const domainIds = stages.filter((s) => s.kind === "domain").map((s) => s.id);
  for (let n = 1; n <= PRACTICE_EXAMS; n++) {
    stages.push({
      id: `practice:${n}`,
      kind: "practice-exam",
      title:
        n === PRACTICE_EXAMS
          ? "Final practice exam and answer review"
          : `Practice exam ${n} and answer review`,
      skills: [...blueprintSkills],
      after: n === 1 ? domainIds : [`practice:${n - 1}`],
      weightPct: null,
      gap: 0,
      estimatedHours: practiceExamHours(certification),
      hours: 0,
      overridden: false,
      rationale: "a full-length timed practice exam, then reviewing every answer (about twice its length)",
      resources: practiceResources(prep),
    });
  }
  const examMinutes = certification.format.minutes;
  stages.push({
    id: "exam",
    kind: "exam",
    title: `Exam: ${certification.name}`,
    skills: [...blueprintSkills],
    after: [`practice:${PRACTICE_EXAMS}`],
    weightPct: null,
    gap: 0,
    estimatedHours: roundHours((examMinutes ?? 120) / 60),
    hours: 0,
    overridden: false,
    rationale: examMinutes ? `${examMinutes} minutes` : "exam length not published; 2 hours assumed",
    resources: prep,
  });
  const suggestion = suggestNextStep(certification, catalog, profile);
  if (suggestion) {
    const next = catalog.find((c) => c.id === suggestion.certificationId);
    stages.push({
      id: "next",
      kind: "next-step",
      title: `Next: ${suggestion.name}`,
      skills: next
        ? [...new Set(next.blueprint.domains.flatMap((d) => Object.keys(d.skills) as SkillId[]))]
        : [],
      after: ["exam"],
      weightPct: null,
      gap: 0,
      estimatedHours: 0,
      hours: 0,
      overridden: false,
      rationale: suggestion.reason,
      resources: next ? next.prep.map((p) => ({ title: p.title, url: p.url })) : [],
      suggestion,
    });
  }

  const ids = new Set(stages.map((s) => s.id));
  for (const [id, hours] of Object.entries(overrides)) {
    if (!ids.has(id)) {
      throw new CertpathError("INVALID_ARGUMENT", `overrides.${id}: no stage "${id}" in this pathway`);
    }
    if (!(Number.isFinite(hours) && hours >= 0 && hours <= 1000)) {
      throw new CertpathError("INVALID_ARGUMENT", `overrides.${id}: hours must be between 0 and 1000`);
    }
  }
  return stages.map((stage) => {
    const override = overrides[stage.id];
    return override === undefined
      ? { ...stage, hours: stage.estimatedHours }
      : { ...stage, hours: override, overridden: true };
  });
}
