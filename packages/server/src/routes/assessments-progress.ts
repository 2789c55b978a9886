/**
 * @module Progress of an assessment: questions answered and an estimate of the questions left.
 *
 * The engine stops at the first of: the maximum length, every readiness decision settled, or every
 * skill precise enough (core/irt/stopping.ts). The estimate asks how many more answers each rule
 * needs if every answer adds the information of a typical provisional item near the person's level:
 *
 * - precision: skill k needs (1/targetSe² − 1/se_k²) / I more answers;
 * - decision: domain d is decided when |η_d − cut_d| ≥ z·sd_d, so it needs (z/gap)² − 1/sd_d²
 *   more precision. With answers spread over the domain's skills by their weights, a domain mean
 *   gains about I of precision per answer (Σ_k w_k² / (n w_k I) = 1/(nI)).
 *
 * It ignores what flows through the skill correlations, so it errs long; it is a hint for the
 * progress bar, never a promise, and it is capped by the maximum length.
 */
import { normalQuantile, type SessionState, shouldStop, summarize } from "@certpath/core";

/**
 * Fisher information of a typical uncalibrated item near the person's level: a = 1 with guessing
 * c ≈ 0.2–0.25 gives 0.15–0.2 at its best θ (the 2PL maximum is 0.25).
 */
export const TYPICAL_ITEM_INFORMATION = 0.18;

export interface Progress {
  answered: number;
  /** Estimated questions left (0 once the assessment stops). */
  remaining: number;
  /** The most questions left: the maximum length minus the answers. */
  maxRemaining: number;
  maxItems: number;
}

function answersFor(precisionNeeded: number): number {
  return precisionNeeded <= 0 ? 0 : Math.ceil(precisionNeeded / TYPICAL_ITEM_INFORMATION);
}

/** Estimated answers until the engine's stop rule ends the session. */
export function estimateRemaining(session: SessionState, bankSkills: ReadonlySet<string>): number {
  const rule = session.stop;
  const answered = session.responses.length;
  const maxRemaining = Math.max(0, rule.maxItems - answered);
  if (shouldStop(session).stop) return 0;
  const summary = summarize(session);

  let precision = Number.POSITIVE_INFINITY;
  if (rule.targetSe !== null) {
    const targetSe = rule.targetSe;
    precision = 0;
    for (const skill of summary.skills) {
      if (skill.se <= targetSe || skill.answered >= rule.maxItemsPerSkill) continue;
      // A skill without items can never get there: only the maximum length ends such a session.
      if (!bankSkills.has(skill.skill)) precision = Number.POSITIVE_INFINITY;
      precision += Math.min(
        answersFor(1 / targetSe ** 2 - 1 / skill.se ** 2),
        rule.maxItemsPerSkill - skill.answered,
      );
    }
  }

  let decision = Number.POSITIVE_INFINITY;
  const domains = summary.readiness.flatMap((target) => target.domains);
  if (rule.confidence !== null && domains.length > 0) {
    const z = normalQuantile(rule.confidence);
    decision = 0;
    for (const domain of domains) {
      if (domain.decision !== "undecided") continue;
      const gap = Math.abs(domain.theta - domain.cut);
      // Right at the cut no number of answers decides: the session runs to its maximum.
      const needed = gap < 1e-6 ? Number.POSITIVE_INFINITY : answersFor((z / gap) ** 2 - 1 / domain.se ** 2);
      decision = Math.max(decision, needed);
    }
  }

  const toMinimum = Math.max(0, rule.minItems - answered);
  return Math.min(maxRemaining, Math.max(toMinimum, Math.min(precision, decision), 1));
}

export function progressOf(
  session: SessionState,
  bankSkills: ReadonlySet<string>,
  finished: boolean,
): Progress {
  const answered = session.responses.length;
  const maxRemaining = finished ? 0 : Math.max(0, session.stop.maxItems - answered);
  return {
    answered,
    remaining: finished ? 0 : estimateRemaining(session, bankSkills),
    maxRemaining,
    maxItems: session.stop.maxItems,
  };
}
