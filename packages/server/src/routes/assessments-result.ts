/**
 * @module The result of an assessment: ability per skill with its interval, readiness per target
 * certification and blueprint domain, and what to study first. Valid at any point (the engine's
 * summary is), so "stop and see my results" works after any number of answers.
 */
import {
  type Certification,
  LEVEL_CUTS,
  type ReadinessVerdict,
  type Skill,
  type SkillLevel,
  summarize,
} from "@certpath/core";
import type { AssessmentState, FinishReason } from "./assessments-session";

/** Intervals are 90% central credible intervals, as on the self-rating results. */
export const RESULT_INTERVAL_LEVEL = 0.9;
/** Without a target, skills below "independent" (level 3) are the ones worth studying. */
const DEFAULT_NEEDED_THETA = LEVEL_CUTS[2];
const STUDY_FIRST_COUNT = 3;

export interface SkillAbility {
  skill: string;
  name: string;
  theta: number;
  se: number;
  interval: { low: number; high: number };
  level: SkillLevel;
  answered: number;
  correct: number;
}

export interface DomainReadinessResult {
  id: string;
  name: string;
  /** Share of the exam (domain weights sum to 1 within a target). */
  weight: number;
  theta: number;
  se: number;
  cut: number;
  probabilityReady: number;
  decision: ReadinessVerdict;
}

export interface TargetReadinessResult {
  id: string;
  name: string;
  level: Certification["level"];
  /** The ability every domain of this certification needs, on the theta scale. */
  cut: number;
  /** Skills the blueprint uses. */
  skills: string[];
  probabilityReady: number;
  decision: ReadinessVerdict;
  domains: DomainReadinessResult[];
}

export interface StudySuggestion {
  skill: string;
  name: string;
  theta: number;
  /** The ability the suggestion aims at. */
  needed: number;
  reason: string;
}

export interface AssessmentResult {
  status: "in-progress" | "finished";
  finishedReason: FinishReason | null;
  answered: number;
  correct: number;
  intervalLevel: number;
  skills: SkillAbility[];
  targets: TargetReadinessResult[];
  studyFirst: StudySuggestion[];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Builds the result; skills and certifications only supply names (ids stand in when missing). */
export function assessmentResult(
  state: AssessmentState,
  skills: readonly Skill[],
  certifications: readonly Certification[],
): AssessmentResult {
  const summary = summarize(state.session, RESULT_INTERVAL_LEVEL);
  const skillName = (id: string) => skills.find((s) => s.id === id)?.name ?? id;
  const certById = new Map(certifications.map((c) => [c.id, c]));
  const abilities: SkillAbility[] = summary.skills.map((s) => ({ ...s, name: skillName(s.skill) }));

  const targets = summary.readiness.map((decision): TargetReadinessResult => {
    const cert = certById.get(decision.targetId);
    const target = state.session.targets.find((t) => t.id === decision.targetId);
    const weightTotal = target?.domains.reduce((sum, d) => sum + d.weight, 0) ?? 1;
    return {
      id: decision.targetId,
      name: cert?.name ?? decision.targetId,
      level: cert?.level ?? "associate",
      cut: decision.domains[0]?.cut ?? 0,
      skills: [...new Set(target?.domains.flatMap((d) => Object.keys(d.skills)) ?? [])],
      probabilityReady: decision.probabilityReady,
      decision: decision.decision,
      domains: decision.domains.map((d) => {
        const domain = target?.domains.find((t) => t.id === d.domainId);
        return {
          id: d.domainId,
          name: cert?.blueprint.domains.find((b) => b.id === d.domainId)?.name ?? d.domainId,
          weight: (domain?.weight ?? 0) / weightTotal,
          theta: d.theta,
          se: d.se,
          cut: d.cut,
          probabilityReady: d.probabilityReady,
          decision: d.decision,
        };
      }),
    };
  });

  return {
    status: state.finished ? "finished" : "in-progress",
    finishedReason: state.finished?.reason ?? null,
    answered: summary.answered,
    correct: state.session.responses.filter((r) => r.correct).length,
    intervalLevel: RESULT_INTERVAL_LEVEL,
    skills: abilities,
    targets,
    studyFirst: studyFirst(state, abilities, targets),
  };
}

/**
 * What to study first. With targets, a skill's priority is the exam weight it carries in domains
 * that are not yet ready, times how far it falls short of the domain's cut:
 *   Σ_d W_d · (1 − P(ready_d)) · w_dk · max(0, cut_d − θ_k).
 * Skills at or above the cut never appear, even in an unready domain: another skill is the problem.
 * Without targets, the measured skills furthest below "independent" come first.
 */
function studyFirst(
  state: AssessmentState,
  abilities: readonly SkillAbility[],
  targets: readonly TargetReadinessResult[],
): StudySuggestion[] {
  if (targets.length > 0) {
    const scored = abilities.map((ability) => {
      let priority = 0;
      let needed = Number.NEGATIVE_INFINITY;
      let heaviest: { target: TargetReadinessResult; domain: DomainReadinessResult; share: number } | null =
        null;
      for (const target of targets) {
        const source = state.session.targets.find((t) => t.id === target.id);
        for (const domain of target.domains) {
          const shares = source?.domains.find((d) => d.id === domain.id)?.skills ?? {};
          const total = Object.values(shares).reduce((sum, v) => sum + v, 0);
          const share = total > 0 ? (shares[ability.skill] ?? 0) / total : 0;
          const gap = domain.cut - ability.theta;
          if (share === 0 || gap <= 0) continue;
          priority += domain.weight * (1 - domain.probabilityReady) * share * gap;
          needed = Math.max(needed, domain.cut);
          if (!heaviest || domain.weight * share > heaviest.domain.weight * heaviest.share)
            heaviest = { target, domain, share };
        }
      }
      return { ability, priority, needed, heaviest };
    });
    return scored
      .filter((s) => s.priority > 0.005 && s.heaviest !== null)
      .sort((x, y) => y.priority - x.priority)
      .slice(0, STUDY_FIRST_COUNT)
      .map(({ ability, needed, heaviest }) => {
        const { target, domain, share } = heaviest as NonNullable<typeof heaviest>;
        return {
          skill: ability.skill,
          name: ability.name,
          theta: ability.theta,
          needed,
          reason: `Makes up ${percent(share)} of "${domain.name}" (${percent(domain.weight)} of ${target.name}), and your estimate is below the level it needs.`,
        };
      });
  }
  const evidence = new Set(state.ratedSkills);
  return abilities
    .filter((a) => (a.answered > 0 || evidence.has(a.skill)) && a.theta < DEFAULT_NEEDED_THETA)
    .sort((x, y) => x.theta - y.theta)
    .slice(0, STUDY_FIRST_COUNT)
    .map((a) => ({
      skill: a.skill,
      name: a.name,
      theta: a.theta,
      needed: DEFAULT_NEEDED_THETA,
      reason: `Among your lowest measured skills, below the "independent" level (3) most professional exams expect.`,
    }));
}

/**
 * The abilities to store in the profile (`assessment.abilities`), which the recommendation reads as
 * measured evidence. Only skills with answers or a self-rating: a skill the quiz never touched
 * keeps "no evidence" rather than a number that is mostly the population prior.
 */
export function profileAbilities(state: AssessmentState): Record<string, { theta: number; se: number }> {
  const summary = summarize(state.session, RESULT_INTERVAL_LEVEL);
  const rated = new Set(state.ratedSkills);
  return Object.fromEntries(
    summary.skills
      .filter((s) => s.answered > 0 || rated.has(s.skill))
      .map((s) => [s.skill, { theta: s.theta, se: s.se }]),
  );
}
