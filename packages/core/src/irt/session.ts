/**
 * @module The adaptive-testing session: a plain-JSON state and pure functions over it, so a server
 * can store the state between requests (one JSONB column) and any server can continue it.
 *
 *   let state = startSession({ targets, selfRatings });
 *   for (;;) {
 *     const next = selectNextItem(state, bank, rng);      // bank = prepareBank(items), built once
 *     if (next.item === null) break;
 *     state = recordResponse(next.state, next.item.id, answerIsCorrect);
 *     if (shouldStop(state).stop) break;
 *   }
 *   summarize(state);                                      // valid after any number of answers
 *
 * The state stores each answer with the parameters it was scored with, so recalibrating the bank
 * never changes a finished result, and the posterior (mean, covariance, EP sites) so no request
 * has to replay the session.
 * @see docs/algorithms/irt.md#session-api
 */
import { normalCdf, normalQuantile } from "../recommend/normal";
import { CertpathError } from "../shared/errors";
import type { Rng } from "../shared/rng";
import { levelOfTheta } from "../skills/skill-estimate";
import type { SkillLevel } from "../skills/skill-ids";
import type { BankItem, ItemBank } from "./item-bank";
import type { ScoredResponse } from "./item-response";
import { invertSpd } from "./linear-algebra";
import { refineSites } from "./posterior";
import { buildPrior, type SelfRatings } from "./prior";
import {
  type ContentBalance,
  chooseItem,
  DEFAULT_CONTENT_BALANCE,
  DEFAULT_EXPOSURE_CONTROL,
  type ExposureControl,
} from "./selection";
import {
  correlationMatrixFor,
  DEFAULT_SKILL_CORRELATIONS,
  type SkillCorrelations,
} from "./skill-correlations";
import { DEFAULT_STOP_RULE, evaluateStop, type StopDecision, type StopRule } from "./stopping";
import {
  classifyTargets,
  compileTargets,
  type DiagnosticTarget,
  linearBelief,
  type TargetDecision,
  targetSkills,
} from "./targets";

export interface SessionOptions {
  /** Skills to estimate, in report order. Default: the targets' skills, else every skill of `correlations`. */
  skills?: readonly string[];
  /** Population skill correlations. Default: DEFAULT_SKILL_CORRELATIONS (to be replaced by calibration). */
  correlations?: SkillCorrelations;
  /** Self-ratings 0–4; a rated skill's prior is the documented self-rating belief. */
  selfRatings?: SelfRatings;
  /** Target certifications: selection then aims at their readiness decisions. */
  targets?: readonly DiagnosticTarget[];
  stop?: Partial<StopRule>;
  /** false turns exposure control off. */
  exposure?: Partial<ExposureControl> | false;
  /** false turns content balancing off. */
  content?: Partial<ContentBalance> | false;
}

/** An item as it was asked: the parameters are the ones it is scored with. */
export interface AskedItem {
  itemId: string;
  skill: string;
  subtopic: string;
  a: number;
  b: number;
  c: number;
}

export interface AnsweredItem extends AskedItem {
  correct: boolean;
}

/** The whole session as plain JSON. Matrices are row-major K×K arrays over `skills`. */
export interface SessionState {
  version: 1;
  skills: readonly string[];
  prior: { mean: readonly number[]; covariance: readonly number[] };
  posterior: {
    mean: readonly number[];
    covariance: readonly number[];
    sitePrecision: readonly number[];
    siteShift: readonly number[];
  };
  targets: readonly DiagnosticTarget[];
  stop: StopRule;
  exposure: ExposureControl | null;
  content: ContentBalance | null;
  responses: readonly AnsweredItem[];
  /** The item selected and not yet answered (asking again returns it). */
  pending: AskedItem | null;
}

export interface NextItem {
  /** The item to ask, or null when no eligible item is left. */
  item: BankItem | null;
  /** The state with the item recorded as pending: store it before showing the item. */
  state: SessionState;
}

export interface SkillResult {
  skill: string;
  /** Posterior mean (EAP) on the theta scale. */
  theta: number;
  /** Posterior SD. */
  se: number;
  /** Central credible interval at the summary's level: theta ± z·se. */
  interval: { low: number; high: number };
  /** The level band (0–4) the estimate falls in. */
  level: SkillLevel;
  answered: number;
  correct: number;
}

export interface SessionSummary {
  answered: number;
  intervalLevel: number;
  skills: SkillResult[];
  readiness: TargetDecision[];
  stop: StopDecision;
}

function fail(message: string): never {
  throw new CertpathError("INVALID_ARGUMENT", message);
}

function resolveStop(partial: Partial<StopRule> | undefined): StopRule {
  const rule = { ...DEFAULT_STOP_RULE, ...partial };
  for (const key of ["minItems", "maxItems", "maxItemsPerSkill"] as const) {
    if (!(Number.isInteger(rule[key]) && rule[key] >= 0))
      fail(`stop.${key} must be a whole number ≥ 0 (received ${rule[key]})`);
  }
  if (rule.targetSe !== null && !(rule.targetSe > 0))
    fail(`stop.targetSe must be > 0 or null (received ${rule.targetSe})`);
  if (rule.confidence !== null && !(rule.confidence > 0.5 && rule.confidence < 1)) {
    fail(`stop.confidence must be in (0.5, 1) or null (received ${rule.confidence})`);
  }
  return rule;
}

/** Starts a session: resolves the options into the state, with the prior as the posterior. */
export function startSession(options: SessionOptions = {}): SessionState {
  const targets = options.targets ?? [];
  const correlations = options.correlations ?? DEFAULT_SKILL_CORRELATIONS;
  const skills = [...(options.skills ?? (targets.length > 0 ? targetSkills(targets) : correlations.skills))];
  for (const skill of targetSkills(targets)) if (!skills.includes(skill)) skills.push(skill);
  if (skills.length === 0) fail("a session needs at least one skill");
  if (new Set(skills).size !== skills.length) fail("session skills must be unique");
  compileTargets(targets, skills); // validates
  const prior = buildPrior(skills, correlationMatrixFor(correlations, skills), options.selfRatings);
  const exposure = options.exposure === false ? null : { ...DEFAULT_EXPOSURE_CONTROL, ...options.exposure };
  const content = options.content === false ? null : { ...DEFAULT_CONTENT_BALANCE, ...options.content };
  const mean = [...prior.mean];
  const covariance = [...prior.covariance];
  return {
    version: 1,
    skills,
    prior: { mean, covariance },
    posterior: { mean, covariance, sitePrecision: skills.map(() => 0), siteShift: skills.map(() => 0) },
    targets: [...targets],
    stop: resolveStop(options.stop),
    exposure,
    content,
    responses: [],
    pending: null,
  };
}

/**
 * Chooses the next item for the session (see ./selection.ts) and records it as pending. Asking
 * again before an answer returns the same item, so a retried request shows the same question.
 */
export function selectNextItem(state: SessionState, bank: ItemBank, rng: Rng): NextItem {
  if (state.pending !== null) {
    const position = bank.positionOf.get(state.pending.itemId);
    if (position !== undefined) return { item: bank.items[position] as BankItem, state };
  }
  const index = chooseItem(
    {
      skills: state.skills,
      mean: Float64Array.from(state.posterior.mean),
      covariance: Float64Array.from(state.posterior.covariance),
      answered: state.responses,
      domains: compileTargets(state.targets, state.skills),
      targetCount: Math.max(1, state.targets.length),
      targetSe: state.stop.targetSe,
      maxItemsPerSkill: state.stop.maxItemsPerSkill,
      exposure: state.exposure,
      content: state.content,
    },
    bank,
    rng,
  );
  if (index < 0) return { item: null, state: state.pending === null ? state : { ...state, pending: null } };
  const item = bank.items[index] as BankItem;
  const pending: AskedItem = {
    itemId: item.id,
    skill: item.skill,
    subtopic: item.subtopic,
    a: item.a,
    b: item.b,
    c: item.c,
  };
  return { item, state: { ...state, pending } };
}

/**
 * Records the answer to the pending item and updates the posterior (one EP sweep, see
 * ./posterior.ts).
 * @throws CertpathError CONFLICT when `itemId` is not the pending item.
 */
export function recordResponse(state: SessionState, itemId: string, correct: boolean): SessionState {
  const pending = state.pending;
  if (pending === null || pending.itemId !== itemId) {
    throw new CertpathError(
      "CONFLICT",
      `item ${itemId} is not the session's pending item (pending: ${pending?.itemId ?? "none"})`,
    );
  }
  const responses = [...state.responses, { ...pending, correct }];
  const skillIndex = state.skills.indexOf(pending.skill);
  if (skillIndex < 0) return { ...state, responses, pending: null }; // an item outside the session's skills
  const k = state.skills.length;
  const bySkill: ScoredResponse[][] = state.skills.map(() => []);
  const position = new Map(state.skills.map((skill, index) => [skill, index]));
  for (const r of responses) {
    const s = position.get(r.skill);
    if (s !== undefined) bySkill[s]?.push({ a: r.a, b: r.b, c: r.c, correct: r.correct });
  }
  const priorPrecision = invertSpd(state.prior.covariance, k);
  if (priorPrecision === null)
    throw new CertpathError("INVARIANT", "session prior covariance is not positive definite");
  const refined = refineSites(
    state.prior.mean,
    priorPrecision,
    {
      mean: Float64Array.from(state.posterior.mean),
      covariance: Float64Array.from(state.posterior.covariance),
      sitePrecision: Float64Array.from(state.posterior.sitePrecision),
      siteShift: Float64Array.from(state.posterior.siteShift),
    },
    bySkill,
    skillIndex,
  );
  return {
    ...state,
    responses,
    pending: null,
    posterior: {
      mean: [...refined.mean],
      covariance: [...refined.covariance],
      sitePrecision: [...refined.sitePrecision],
      siteShift: [...refined.siteShift],
    },
  };
}

function probabilitiesReady(state: SessionState): number[] {
  return compileTargets(state.targets, state.skills).map((domain) => {
    const belief = linearBelief(domain.loadings, state.posterior.mean, state.posterior.covariance);
    if (belief.sd === 0) return belief.mean >= domain.cut ? 1 : 0;
    return normalCdf((belief.mean - domain.cut) / belief.sd);
  });
}

/** Whether the session should stop now, and why (see ./stopping.ts). */
export function shouldStop(state: SessionState): StopDecision {
  const k = state.skills.length;
  const answeredBySkill = new Int32Array(k);
  for (const r of state.responses) {
    const s = state.skills.indexOf(r.skill);
    if (s >= 0) answeredBySkill[s] = (answeredBySkill[s] as number) + 1;
  }
  const se = state.skills.map((_, i) => Math.sqrt(state.posterior.covariance[i * k + i] as number));
  return evaluateStop(state.stop, {
    answered: state.responses.length,
    answeredBySkill,
    se,
    probabilityReady: probabilitiesReady(state),
  });
}

/**
 * The result so far, valid after any number of answers: per skill the posterior mean, SD and a
 * central credible interval, and readiness per target and domain.
 * @param intervalLevel coverage of the intervals, in (0, 1); default 0.9
 */
export function summarize(state: SessionState, intervalLevel = 0.9): SessionSummary {
  if (!(intervalLevel > 0 && intervalLevel < 1))
    fail(`interval level must be in (0, 1) (received ${intervalLevel})`);
  const k = state.skills.length;
  const z = normalQuantile(0.5 + intervalLevel / 2);
  const skills = state.skills.map((skill, i): SkillResult => {
    const theta = state.posterior.mean[i] as number;
    const se = Math.sqrt(state.posterior.covariance[i * k + i] as number);
    const own = state.responses.filter((r) => r.skill === skill);
    return {
      skill,
      theta,
      se,
      interval: { low: theta - z * se, high: theta + z * se },
      level: levelOfTheta(theta),
      answered: own.length,
      correct: own.filter((r) => r.correct).length,
    };
  });
  return {
    answered: state.responses.length,
    intervalLevel,
    skills,
    readiness: classifyTargets(
      state.targets,
      state.skills,
      state.posterior.mean,
      state.posterior.covariance,
      state.stop.confidence ?? (DEFAULT_STOP_RULE.confidence as number),
    ),
    stop: shouldStop(state),
  };
}
