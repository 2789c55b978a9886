/**
 * M12: 12 skills × 300-item banks (simple structure), every pair of skills correlated .7.
 * - multi12-se0.4: one correlated-prior session until every skill's SD ≤ 0.4 (max 40 per skill),
 *   versus 12 separate one-skill sessions (certpath-separate) and 12 separate jsCAT Cats.
 * - target-exam: the product flow for one target certification (5 blueprint domains, each on 2–4
 *   of the 12 skills, cut 0.5): ask until every domain's readiness is decided at 95% confidence.
 */
import {
  type BankItem,
  createRng,
  type DiagnosticTarget,
  equicorrelated,
  type ItemBank,
  normalCdf,
  prepareBank,
  recordResponse,
  type SessionOptions,
  type SessionState,
  selectNextItem,
  shouldStop,
  startSession,
  summarize,
} from "@certpath/core";
import { type Condition, fmt, pct, type Row } from "./conditions";
import { JscatEngine } from "./jscat-engine";
import { answer, coins, makeBank, SEED, stats } from "./simulation";

export const SKILLS = [
  "linear-algebra",
  "calculus",
  "probability",
  "statistics",
  "python",
  "data-wrangling",
  "classical-ml",
  "deep-learning",
  "data-engineering",
  "mlops",
  "cloud-aws",
  "generative-ai",
] as const;
const R = 0.7;
const TARGET_SE = 0.4;
const PER_SKILL_MAX = 40;

/** A realistic synthetic associate-level target (cut 0.5 = the lower edge of level 3). */
export const TARGET: DiagnosticTarget = {
  id: "ml-engineer-associate",
  domains: [
    {
      id: "data-preparation",
      weight: 20,
      skills: { "data-engineering": 40, "data-wrangling": 40, python: 20 },
      cut: 0.5,
    },
    {
      id: "model-development",
      weight: 25,
      skills: { "classical-ml": 40, "deep-learning": 30, statistics: 20, "linear-algebra": 10 },
      cut: 0.5,
    },
    { id: "ml-math", weight: 15, skills: { probability: 50, statistics: 30, calculus: 20 }, cut: 0.5 },
    { id: "deployment-mlops", weight: 20, skills: { mlops: 60, "cloud-aws": 40 }, cut: 0.5 },
    {
      id: "generative-ai",
      weight: 20,
      skills: { "generative-ai": 50, "deep-learning": 30, "cloud-aws": 20 },
      cut: 0.5,
    },
  ],
};

/** Skill 0 uses the U1 bank's parameters; the others are fresh draws of the same distribution. */
export function multiBank(): BankItem[] {
  return SKILLS.flatMap((skill, k) => makeBank(k === 0 ? SEED : SEED + 10 + k, 300, skill));
}

/** Per-call times in the joint sessions (select, record), for the table. */
interface Timings {
  select: number[];
  record: number[];
}

function run(
  bank: ItemBank,
  theta: readonly number[],
  coin: Float64Array,
  p: number,
  options: SessionOptions,
  stop?: (s: SessionState) => boolean,
  timings?: Timings,
) {
  const rng = createRng(SEED + 13_000_000 + p);
  let state = startSession(options);
  while (!(stop ? stop(state) : shouldStop(state).stop)) {
    const t0 = performance.now();
    const next = selectNextItem(state, bank, rng);
    const t1 = performance.now();
    if (next.item === null) break;
    const index = bank.positionOf.get(next.item.id) as number;
    const k = SKILLS.indexOf(next.item.skill as (typeof SKILLS)[number]);
    state = recordResponse(
      next.state,
      next.item.id,
      answer(theta[k] as number, next.item, coin[index] as number),
    );
    if (timings) {
      timings.select.push(t1 - t0);
      timings.record.push(performance.now() - t1);
    }
  }
  return state;
}

const stopRule = { targetSe: TARGET_SE, maxItemsPerSkill: PER_SKILL_MAX, minItems: 0, confidence: null };

interface Measured {
  items: number;
  theta: number[];
  se: number[];
}

function precisionRow(
  label: string,
  runs: Measured[],
  truth: readonly number[][],
  condition: Condition | null,
  base?: number,
  timings?: Timings,
): Row {
  const items = stats(runs.map((r) => r.items));
  let squared = 0;
  let reported = 0;
  let count = 0;
  runs.forEach((r, p) => {
    r.theta.forEach((t, k) => {
      squared += (t - (truth[p]?.[k] as number)) ** 2;
      reported += r.se[k] as number;
      count++;
    });
  });
  const rmse = Math.sqrt(squared / count);
  if (condition) {
    condition.meanItems = items.mean;
    condition.rmse = rmse;
  }
  return {
    label,
    condition,
    cells: {
      n: String(runs.length),
      "total items mean (sd)": `${fmt(items.mean, 1)} (${fmt(items.sd, 1)})`,
      "p50 / p95": `${items.p50} / ${items.p95}`,
      "items vs certpath-separate (same simulees)":
        base === undefined ? "–" : `${items.mean > base ? "+" : "−"}${pct(Math.abs(items.mean / base - 1))}`,
      RMSE: fmt(rmse, 3),
      "RMSE / mean SE": fmt(rmse / (reported / count)),
      "all 12 at SE ≤ 0.4": pct(
        runs.filter((r) => r.se.every((s) => s <= TARGET_SE + 1e-9)).length / runs.length,
      ),
      "select p95 / record mean (ms)": timings
        ? `${fmt(stats(timings.select).p95, 3)} / ${fmt(stats(timings.record).mean, 3)}`
        : "–",
    },
  };
}

export function runMulti12(
  truth: readonly number[][],
  jscatCount: number,
  log: (m: string) => void,
): { rows: Row[]; certpathOnJscatSubset: number } {
  const items = multiBank();
  const bank = prepareBank(items);
  const n = truth.length;
  const cond = (engine: Condition["engine"], count: number): Condition => ({
    engine,
    scenario: "multi12-se0.4",
    meanItems: null,
    rmse: null,
    accuracy: null,
    selectMsP95: null,
    n: count,
  });
  const separate: Measured[] = truth.map((theta, p) => {
    const coin = coins(p, items.length);
    const result: Measured = { items: 0, theta: [], se: [] };
    for (const skill of SKILLS) {
      const options = {
        skills: [skill],
        correlations: { skills: [skill], matrix: [[1]] },
        stop: { ...stopRule, maxItems: PER_SKILL_MAX },
      };
      const state = run(bank, theta, coin, p, options);
      const estimate = summarize(state).skills[0] as { theta: number; se: number };
      result.items += state.responses.length;
      result.theta.push(estimate.theta);
      result.se.push(estimate.se);
    }
    return result;
  });
  log("  multi12 certpath-separate done");
  const timings: Timings = { select: [], record: [] };
  const joint: Measured[] = truth.map((theta, p) => {
    const options = {
      skills: [...SKILLS],
      correlations: equicorrelated(SKILLS, R),
      stop: { ...stopRule, maxItems: 12 * PER_SKILL_MAX },
    };
    const state = run(bank, theta, coins(p, items.length), p, options, undefined, timings);
    const summary = summarize(state);
    return {
      items: state.responses.length,
      theta: summary.skills.map((s) => s.theta),
      se: summary.skills.map((s) => s.se),
    };
  });
  log("  multi12 certpath done");
  const jscat: Measured[] = truth.slice(0, jscatCount).map((theta, p) => {
    const coin = coins(p, items.length);
    const result: Measured = { items: 0, theta: [], se: [] };
    SKILLS.forEach((skill, k) => {
      const pool = items.filter((item) => item.skill === skill);
      const offset = k * 300; // the pool's first index in the combined bank
      const engine = new JscatEngine(pool);
      while (engine.n < PER_SKILL_MAX && !(engine.n > 0 && engine.se <= TARGET_SE)) {
        const index = engine.next();
        if (index === null) break;
        const item = pool[index] as BankItem;
        engine.record(item, answer(theta[k] as number, item, coin[offset + index] as number));
      }
      result.items += engine.n;
      result.theta.push(engine.theta);
      result.se.push(engine.se);
    });
    return result;
  });
  log("  multi12 jscat done");
  const base = stats(separate.map((r) => r.items)).mean;
  const subset = (runs: Measured[]) => stats(runs.slice(0, jscatCount).map((r) => r.items)).mean;
  const rows = [
    precisionRow(
      "certpath, correlated prior (r = .7), one session",
      joint,
      truth,
      cond("certpath", n),
      base,
      timings,
    ),
    precisionRow("certpath-separate: 12 one-skill sessions", separate, truth, cond("certpath-separate", n)),
    precisionRow(
      `jsCAT: 12 separate EAP Cats (first ${jscatCount} simulees)`,
      jscat,
      truth,
      cond("jscat", jscatCount),
      subset(separate),
    ),
  ];
  return { rows, certpathOnJscatSubset: subset(joint) };
}

/** P(ready) per target domain from a session's posterior (for runs without targets in the session). */
function domainProbabilities(state: SessionState): number[] {
  const k = state.skills.length;
  return TARGET.domains.map((domain) => {
    const total = Object.values(domain.skills).reduce((s, v) => s + v, 0);
    const w = state.skills.map((skill) => (domain.skills[skill] ?? 0) / total);
    let mean = 0;
    let variance = 0;
    for (let i = 0; i < k; i++) {
      mean += (w[i] as number) * (state.posterior.mean[i] as number);
      for (let j = 0; j < k; j++)
        variance += (w[i] as number) * (w[j] as number) * (state.posterior.covariance[i * k + j] as number);
    }
    return normalCdf((mean - domain.cut) / Math.sqrt(variance));
  });
}

function trueDomainAbility(theta: readonly number[]): number[] {
  return TARGET.domains.map((domain) => {
    const total = Object.values(domain.skills).reduce((s, v) => s + v, 0);
    return Object.entries(domain.skills).reduce(
      (sum, [skill, w]) =>
        sum + (w / total) * (theta[SKILLS.indexOf(skill as (typeof SKILLS)[number])] as number),
      0,
    );
  });
}

function decisionRow(
  label: string,
  runs: Array<{ items: number; p: number[] }>,
  truth: readonly number[][],
  condition: Condition | null,
): Row {
  const items = stats(runs.map((r) => r.items));
  const perDomain = TARGET.domains.map(() => 0);
  let allRight = 0;
  runs.forEach((r, p) => {
    const eta = trueDomainAbility(truth[p] as number[]);
    let all = true;
    TARGET.domains.forEach((domain, d) => {
      const right = (r.p[d] as number) >= 0.5 === (eta[d] as number) >= domain.cut;
      if (right) perDomain[d] = (perDomain[d] as number) + 1;
      else all = false;
    });
    if (all) allRight++;
  });
  const accuracy = perDomain.reduce((s, v) => s + v, 0) / (runs.length * TARGET.domains.length);
  if (condition) {
    condition.meanItems = items.mean;
    condition.accuracy = accuracy;
  }
  return {
    label,
    condition,
    cells: {
      "mean items (sd)": `${fmt(items.mean, 1)} (${fmt(items.sd, 1)})`,
      "p50 / p95": `${items.p50} / ${items.p95}`,
      "% at 40": pct(runs.filter((r) => r.items >= 40).length / runs.length),
      "domain decisions correct": pct(accuracy),
      "worst domain": pct(Math.min(...perDomain) / runs.length),
      "all 5 correct": pct(allRight / runs.length),
    },
  };
}

export function runTargetExam(truth: readonly number[][], log: (m: string) => void): Row[] {
  const items = multiBank();
  const bank = prepareBank(items);
  const common = { skills: [...SKILLS], correlations: equicorrelated(SKILLS, R) };
  const stop = {
    targetSe: null,
    maxItems: 40,
    maxItemsPerSkill: PER_SKILL_MAX,
    minItems: 0,
    confidence: 0.95,
  };
  const goal = truth.map((theta, p) => {
    const state = run(bank, theta, coins(p, items.length), p, { ...common, targets: [TARGET], stop });
    return {
      items: state.responses.length,
      p: (summarize(state).readiness[0]?.domains ?? []).map((d) => d.probabilityReady),
    };
  });
  log("  target-exam certpath done");
  const at90 = truth.map((theta, p) => {
    const state = run(bank, theta, coins(p, items.length), p, {
      ...common,
      targets: [TARGET],
      stop: { ...stop, confidence: 0.9 },
    });
    return {
      items: state.responses.length,
      p: (summarize(state).readiness[0]?.domains ?? []).map((d) => d.probabilityReady),
    };
  });
  const settled = (state: SessionState) =>
    state.responses.length >= 40 || domainProbabilities(state).every((p) => p >= 0.95 || p <= 0.05);
  const profile = truth.map((theta, p) => {
    const state = run(
      bank,
      theta,
      coins(p, items.length),
      p,
      { ...common, stop: { ...stop, confidence: null } },
      settled,
    );
    return { items: state.responses.length, p: domainProbabilities(state) };
  });
  log("  target-exam profile-selection ablation done");
  return [
    decisionRow("certpath, goal-directed selection, decide at 95% (default)", goal, truth, {
      engine: "certpath",
      scenario: "target-exam",
      meanItems: null,
      rmse: null,
      accuracy: null,
      selectMsP95: null,
      n: truth.length,
    }),
    decisionRow("certpath, goal-directed selection, decide at 90%", at90, truth, null),
    decisionRow("ablation: decide at 95%, whole-profile selection (no target)", profile, truth, null),
  ];
}
