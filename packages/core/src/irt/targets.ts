/**
 * @module Readiness for a target certification, read off the skill posterior. A target is a list of
 * blueprint domains; a domain's ability is a weighted mean of skills, η_d = Σ_k w_dk θ_k (weights
 * normalised to sum 1), and the person is ready for the domain when η_d ≥ cut_d. Under the Gaussian
 * posterior N(μ, C): η_d ~ N(w_dᵀμ, w_dᵀ C w_d), so P(ready) = Φ((w_dᵀμ − cut_d) / √(w_dᵀ C w_d)).
 * @see docs/algorithms/irt.md#readiness-targets
 */
import type { Blueprint } from "../catalog/certification";
import { normalCdf } from "../recommend/normal";
import { CertpathError } from "../shared/errors";
import { quadraticForm } from "./linear-algebra";

export interface TargetDomain {
  id: string;
  /** Share of the exam (any positive scale; normalised within the target). */
  weight: number;
  /** Skill id → share of the domain (any non-negative scale; normalised within the domain). */
  skills: Readonly<Record<string, number>>;
  /** The domain ability needed to be ready, on the theta scale (0.5 = the lower edge of level 3). */
  cut: number;
}

export interface DiagnosticTarget {
  /** E.g. the certification id. */
  id: string;
  domains: readonly TargetDomain[];
}

export type ReadinessVerdict = "ready" | "not-ready" | "undecided";

export interface DomainDecision {
  domainId: string;
  /** Posterior mean of the domain ability η_d. */
  theta: number;
  /** Posterior SD of η_d. */
  se: number;
  cut: number;
  probabilityReady: number;
  /** "ready" when P ≥ confidence, "not-ready" when P ≤ 1 − confidence. */
  decision: ReadinessVerdict;
}

export interface TargetDecision {
  targetId: string;
  /** P(Σ_d W_d η_d ≥ Σ_d W_d cut_d): the blueprint-weighted composite above the weighted cut. */
  probabilityReady: number;
  decision: ReadinessVerdict;
  domains: DomainDecision[];
}

/** A domain compiled against the session's skill order. */
export interface CompiledDomain {
  targetIndex: number;
  domainId: string;
  /** Share of the target (domain weights sum to 1 within a target). */
  weight: number;
  cut: number;
  /** w_d over the session skills, summing to 1. */
  loadings: Float64Array;
}

/** Skill ids a list of targets refers to, in first-mention order. */
export function targetSkills(targets: readonly DiagnosticTarget[]): string[] {
  const seen = new Set<string>();
  for (const target of targets) {
    for (const domain of target.domains) for (const skill of Object.keys(domain.skills)) seen.add(skill);
  }
  return [...seen];
}

/**
 * Checks targets and turns each domain into a loading vector over `skills`.
 * @throws CertpathError INVALID_ARGUMENT for empty targets, non-positive weights, a domain without
 * skill weight, a non-finite cut, or a skill outside `skills`.
 */
export function compileTargets(
  targets: readonly DiagnosticTarget[],
  skills: readonly string[],
): CompiledDomain[] {
  const position = new Map(skills.map((skill, index) => [skill, index]));
  const compiled: CompiledDomain[] = [];
  targets.forEach((target, targetIndex) => {
    const fail = (why: string): never => {
      throw new CertpathError("INVALID_ARGUMENT", `target ${target.id}: ${why}`);
    };
    if (target.domains.length === 0) fail("has no domains");
    const totalWeight = target.domains.reduce((sum, d) => sum + d.weight, 0);
    for (const domain of target.domains) {
      if (!(Number.isFinite(domain.weight) && domain.weight > 0)) {
        fail(`domain ${domain.id} needs a weight > 0 (received ${domain.weight})`);
      }
      if (!Number.isFinite(domain.cut))
        fail(`domain ${domain.id} needs a finite cut (received ${domain.cut})`);
      const loadings = new Float64Array(skills.length);
      let total = 0;
      for (const [skill, share] of Object.entries(domain.skills)) {
        const index = position.get(skill);
        if (index === undefined)
          fail(`domain ${domain.id} refers to skill ${skill}, which the session does not measure`);
        if (!(Number.isFinite(share) && share >= 0))
          fail(`domain ${domain.id}: share of ${skill} must be ≥ 0`);
        loadings[index as number] = (loadings[index as number] as number) + share;
        total += share;
      }
      if (!(total > 0)) fail(`domain ${domain.id} has no skill weight`);
      for (let i = 0; i < loadings.length; i++) loadings[i] = (loadings[i] as number) / total;
      compiled.push({
        targetIndex,
        domainId: domain.id,
        weight: domain.weight / totalWeight,
        cut: domain.cut,
        loadings,
      });
    }
  });
  return compiled;
}

function decide(probability: number, confidence: number): ReadinessVerdict {
  if (probability >= confidence) return "ready";
  if (probability <= 1 - confidence) return "not-ready";
  return "undecided";
}

/** Mean and SD of a linear combination wᵀθ under N(μ, C). */
export function linearBelief(
  loadings: ArrayLike<number>,
  mean: ArrayLike<number>,
  covariance: ArrayLike<number>,
): { mean: number; sd: number } {
  const k = loadings.length;
  let m = 0;
  for (let i = 0; i < k; i++) m += (loadings[i] as number) * (mean[i] as number);
  return { mean: m, sd: Math.sqrt(Math.max(quadraticForm(covariance, loadings, k), 0)) };
}

function probabilityAbove(mean: number, sd: number, cut: number): number {
  if (sd === 0) return mean >= cut ? 1 : 0;
  return normalCdf((mean - cut) / sd);
}

/**
 * Readiness per target and domain under the posterior N(μ, C).
 * @param confidence posterior probability needed to call a decision (e.g. 0.9)
 */
export function classifyTargets(
  targets: readonly DiagnosticTarget[],
  skills: readonly string[],
  mean: ArrayLike<number>,
  covariance: ArrayLike<number>,
  confidence: number,
): TargetDecision[] {
  const compiled = compileTargets(targets, skills);
  return targets.map((target, targetIndex) => {
    const domains = compiled.filter((d) => d.targetIndex === targetIndex);
    const overall = new Float64Array(skills.length);
    let overallCut = 0;
    const results = domains.map((domain) => {
      const belief = linearBelief(domain.loadings, mean, covariance);
      for (let i = 0; i < overall.length; i++) {
        overall[i] = (overall[i] as number) + domain.weight * (domain.loadings[i] as number);
      }
      overallCut += domain.weight * domain.cut;
      const probabilityReady = probabilityAbove(belief.mean, belief.sd, domain.cut);
      return {
        domainId: domain.domainId,
        theta: belief.mean,
        se: belief.sd,
        cut: domain.cut,
        probabilityReady,
        decision: decide(probabilityReady, confidence),
      };
    });
    const composite = linearBelief(overall, mean, covariance);
    const probabilityReady = probabilityAbove(composite.mean, composite.sd, overallCut);
    return {
      targetId: target.id,
      probabilityReady,
      decision: decide(probabilityReady, confidence),
      domains: results,
    };
  });
}

/**
 * A readiness target from a certification blueprint: domain weight = the middle of its published
 * range, skills = the blueprint → skills map.
 * @param cut one cut for every domain, or a cut per domain id (e.g. 0.5, the lower edge of
 *   level 3 "independent", for a professional-level exam)
 */
export function diagnosticTargetFromBlueprint(
  id: string,
  blueprint: Blueprint,
  cut: number | ((domainId: string) => number),
): DiagnosticTarget {
  return {
    id,
    domains: blueprint.domains.map((domain) => ({
      id: domain.id,
      weight: (domain.weight.min + domain.weight.max) / 2,
      skills: Object.fromEntries(
        Object.entries(domain.skills).filter((entry) => entry[1] !== undefined),
      ) as Record<string, number>,
      cut: typeof cut === "number" ? cut : cut(domain.id),
    })),
  };
}
