/**
 * @module When a session has asked enough. Plain data (it lives in the serialised session) read by
 * one pure function. The person can always stop earlier: `summarize` works after any answer.
 * @see docs/algorithms/irt.md#stopping
 */

export interface StopRule {
  /** Never stop automatically before this many answers. */
  minItems: number;
  /** Stop at this many answers, whatever the precision. */
  maxItems: number;
  /** No skill gets more than this many items (the selector skips it; precision counts it as done). */
  maxItemsPerSkill: number;
  /** Precision target: stop when every skill's posterior SD is ≤ this (or its cap is reached). null = off. */
  targetSe: number | null;
  /** Decision target: with readiness targets, stop when every domain's P(ready) is ≥ this or ≤ 1 − this. null = off. */
  confidence: number | null;
}

/**
 * Defaults for a product session: at most 40 questions (about 20–30 minutes), a precision target
 * of SD 0.4 per skill (reliability ≈ .84, enough to route a learner), and readiness decisions at
 * 95% posterior confidence per domain. Why not 90%: sessions that reach the maximum length end with
 * close calls that are right little more than half the time, so measured accuracy lands only just
 * above the nominal level. On the benchmark's target, 0.9 gave 91.3% correct domain decisions
 * (89–91% in smaller runs); 0.95 gives 91.9% for 4–5 more questions (bench/cat/RESULTS.md).
 */
export const DEFAULT_STOP_RULE: StopRule = {
  minItems: 5,
  maxItems: 40,
  maxItemsPerSkill: 40,
  targetSe: 0.4,
  confidence: 0.95,
};

export type StopReason = "max-items" | "precision" | "decision";

export interface StopDecision {
  stop: boolean;
  reason: StopReason | null;
}

export interface StopFacts {
  answered: number;
  answeredBySkill: ArrayLike<number>;
  /** Posterior SD per skill. */
  se: ArrayLike<number>;
  /** Per readiness domain, P(ready); empty without targets. */
  probabilityReady: readonly number[];
}

/** Applies a stop rule: max-items first, then the minimum, then the decision and precision targets. */
export function evaluateStop(rule: StopRule, facts: StopFacts): StopDecision {
  if (facts.answered >= rule.maxItems) return { stop: true, reason: "max-items" };
  if (facts.answered < rule.minItems) return { stop: false, reason: null };
  const confidence = rule.confidence;
  if (
    confidence !== null &&
    facts.probabilityReady.length > 0 &&
    facts.probabilityReady.every((p) => p >= confidence || p <= 1 - confidence)
  ) {
    return { stop: true, reason: "decision" };
  }
  if (rule.targetSe !== null) {
    let done = true;
    for (let k = 0; k < facts.se.length && done; k++) {
      done =
        (facts.se[k] as number) <= rule.targetSe ||
        (facts.answeredBySkill[k] as number) >= rule.maxItemsPerSkill;
    }
    if (done) return { stop: true, reason: "precision" };
  }
  return { stop: false, reason: null };
}
