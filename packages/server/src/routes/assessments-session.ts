/**
 * @module An assessment: the engine's plain-JSON session (core/irt/session.ts) plus what a surface
 * needs around it — the seed, the chosen targets, which skills were self-rated and whether it has
 * finished. Pure transitions over plain JSON, so the server stores the whole thing in one jsonb
 * column and any server (or the CLI, in memory) can continue it.
 *
 * Randomness: selection draws from an Rng seeded by (seed, number of answers). A step's draws
 * therefore never depend on how many requests came before it, so retries and a change of server
 * reproduce the same session exactly.
 */
import {
  type Certification,
  CertpathError,
  CUT_BY_LEVEL,
  createRng,
  DEFAULT_SKILL_CORRELATIONS,
  type DiagnosticTarget,
  diagnosticTargetFromBlueprint,
  type Item,
  type Rng,
  recordResponse,
  type SessionState,
  type SkillLevel,
  type StopReason,
  selectNextItem,
  shouldStop,
  startSession,
  suggestClosest,
} from "@certpath/core";
import type { AssessmentBank, ItemResponse } from "./assessments-bank";
import { scoreResponse } from "./assessments-bank";

/** Why an assessment ended: the engine's stop rule, no eligible item left, or the person stopped. */
export type FinishReason = StopReason | "exhausted" | "stopped";

export interface AssessmentState {
  version: 1;
  /** Unsigned 32-bit seed of the per-step Rng. */
  seed: number;
  /** Target certification ids, in the order given. */
  targetIds: string[];
  /** Skills the person self-rated: their posterior is evidence even without an answer. */
  ratedSkills: string[];
  session: SessionState;
  finished: { reason: FinishReason } | null;
}

export interface StartInput {
  targets?: readonly string[] | undefined;
  selfRatings?: Readonly<Record<string, number>> | undefined;
  seed?: number | undefined;
  /** Shorter than the default 40 questions (a quick check, or tests). */
  maxItems?: number | undefined;
}

/** The Rng of one selection step, from the assessment's seed and the number of answers so far. */
export function stepRng(seed: number, step: number): Rng {
  // Golden-ratio multiplier spreads consecutive steps over the 32-bit seed space.
  return createRng((seed ^ Math.imul(step + 1, 0x9e3779b9)) >>> 0);
}

function invalid(message: string): never {
  throw new CertpathError("INVALID_ARGUMENT", message);
}

/**
 * A readiness target per certification. The cut is the catalog level's standard
 * (CUT_BY_LEVEL, as the recommendation's readiness model uses), so the diagnostic decides against
 * the same bar the recommendation reports.
 * @throws CertpathError INVALID_ARGUMENT naming `targets.N` for an unknown or repeated id.
 */
export function diagnosticTargets(
  ids: readonly string[],
  certifications: readonly Certification[],
): DiagnosticTarget[] {
  const byId = new Map(certifications.map((c) => [c.id, c]));
  return ids.map((id, index) => {
    const certification = byId.get(id);
    if (!certification) {
      const suggestion = suggestClosest(id, [...byId.keys()]);
      invalid(
        `targets.${index}: no certification "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
      );
    }
    if (ids.indexOf(id) !== index) invalid(`targets.${index}: "${id}" is listed twice`);
    return diagnosticTargetFromBlueprint(id, certification.blueprint, CUT_BY_LEVEL[certification.level]);
  });
}

/**
 * Starts an assessment. Without targets it measures every skill the bank has items for (a skill
 * with no items could never reach the precision target and would only lengthen the test).
 */
export function startAssessment(
  input: StartInput,
  bank: AssessmentBank,
  certifications: readonly Certification[],
  randomSeed: () => number,
): AssessmentState {
  const targetIds = [...(input.targets ?? [])];
  const targets = diagnosticTargets(targetIds, certifications);
  const known = DEFAULT_SKILL_CORRELATIONS.skills;
  for (const skill of Object.keys(input.selfRatings ?? {})) {
    if (!known.includes(skill)) invalid(`selfRatings.${skill}: unknown skill id`);
  }
  const bankSkills = known.filter((skill) => bank.skills.has(skill));
  const seed = (input.seed ?? randomSeed()) >>> 0;
  const session = startSession({
    ...(targets.length > 0 ? { targets } : { skills: bankSkills.length > 0 ? bankSkills : known }),
    selfRatings: (input.selfRatings ?? {}) as Record<string, SkillLevel>,
    ...(input.maxItems === undefined ? {} : { stop: { maxItems: input.maxItems } }),
  });
  return {
    version: 1,
    seed,
    targetIds,
    ratedSkills: Object.keys(input.selfRatings ?? {}).filter((skill) => session.skills.includes(skill)),
    session,
    finished: null,
  };
}

export type NextStep =
  | { kind: "question"; item: Item; state: AssessmentState; changed: boolean }
  | { kind: "finished"; state: AssessmentState; changed: boolean };

/**
 * The question to show now: the pending one if there is one (a retried request or a reload shows
 * the same question), else a newly selected one, recorded as pending. An assessment with no
 * eligible item left finishes ("exhausted").
 */
export function nextStep(state: AssessmentState, bank: AssessmentBank): NextStep {
  if (state.finished) return { kind: "finished", state, changed: false };
  const rng = stepRng(state.seed, state.session.responses.length);
  const next = selectNextItem(state.session, bank.bank, rng);
  if (next.item === null) {
    return {
      kind: "finished",
      state: { ...state, session: next.state, finished: { reason: "exhausted" } },
      changed: true,
    };
  }
  const item = bank.items.get(next.item.id);
  if (!item) throw new CertpathError("INVARIANT", `bank item ${next.item.id} has no authored item`);
  const changed = next.state !== state.session;
  return { kind: "question", item, state: changed ? { ...state, session: next.state } : state, changed };
}

export interface Answered {
  state: AssessmentState;
  item: Item;
  correct: boolean;
}

/**
 * Scores the response to the pending item and updates the estimate; finishes the assessment when
 * the engine's stop rule says so.
 * @throws CertpathError CONFLICT when the assessment has finished or `itemId` is not pending;
 *   INVALID_ARGUMENT ("response: …") when the response does not fit the question.
 */
export function answerItem(
  state: AssessmentState,
  bank: AssessmentBank,
  itemId: string,
  response: ItemResponse,
): Answered {
  if (state.finished) throw new CertpathError("CONFLICT", "This assessment has finished; start a new one.");
  const pending = state.session.pending;
  if (pending === null || pending.itemId !== itemId) {
    throw new CertpathError(
      "CONFLICT",
      pending === null
        ? `itemId: "${itemId}" is not the current question; ask for the next question first.`
        : `itemId: "${itemId}" is not the current question ("${pending.itemId}").`,
    );
  }
  const item = bank.items.get(itemId);
  if (!item) throw new CertpathError("CONFLICT", `itemId: "${itemId}" is no longer in the item bank.`);
  const correct = scoreResponse(item, response);
  const session = recordResponse(state.session, itemId, correct);
  const stop = shouldStop(session);
  return {
    state: { ...state, session, finished: stop.stop && stop.reason ? { reason: stop.reason } : null },
    item,
    correct,
  };
}

/** Ends the assessment at the person's request; finishing twice keeps the first reason. */
export function finishAssessment(state: AssessmentState): AssessmentState {
  if (state.finished) return state;
  return { ...state, session: { ...state.session, pending: null }, finished: { reason: "stopped" } };
}
