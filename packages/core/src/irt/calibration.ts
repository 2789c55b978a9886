/**
 * @module Calibration: re-estimates item parameters and skill correlations from stored responses.
 *
 * Items: marginal maximum likelihood by EM (Bock & Aitkin, 1981), one skill at a time (each item
 * measures one skill), θ ~ N(0, 1) per skill on a 49-node grid over [−6, 6]. The E-step gives each
 * item expected counts at every node (n_iq answering, r_iq correct); the M-step maximises
 *   Σ_q r_iq log P_i(θ_q) + (n_iq − r_iq) log(1 − P_i(θ_q)) + log prior(a, b)
 * by Fisher scoring in (log a, b) with the guessing parameter c held at its current value (c needs
 * thousands of responses per item to estimate; the provisional 1/options is kept). Priors (Bayes
 * modal, as in BILOG): log a ~ N(0, 0.5²), b ~ N(0, 2²) — weak, but they keep items that nearly
 * everyone gets right from drifting to infinite difficulty or zero discrimination.
 *
 * Correlations: after the items converge, each person's per-skill posterior becomes a Gaussian site
 * and ./correlation-estimation.ts fits R by EM.
 * @see docs/algorithms/irt.md#calibration
 */
import { CertpathError } from "../shared/errors";
import { estimateCorrelationMatrix, type SkillSites, siteFromPosterior } from "./correlation-estimation";
import type { BankItem } from "./item-bank";
import { responseLogLikelihood } from "./item-response";
import type { SkillCorrelations } from "./skill-correlations";

export interface ResponseRecord {
  personId: string;
  itemId: string;
  correct: boolean;
}

export interface CalibrationOptions {
  maxIterations: number;
  /** Stop when no log a or b moves more than this between EM iterations. */
  tolerance: number;
  /** Items with fewer responses keep their parameters and stay provisional. */
  minResponses: number;
  /** Prior SD of log a. */
  logASd: number;
  /** Prior SD of b. */
  bSd: number;
}

export const DEFAULT_CALIBRATION_OPTIONS: CalibrationOptions = {
  maxIterations: 500,
  tolerance: 1e-4,
  minResponses: 30,
  logASd: 0.5,
  bSd: 2,
};

export interface CalibratedItem extends BankItem {
  /** True when the item had too few responses and kept its previous parameters. */
  provisional: boolean;
  responses: number;
  /** Approximate standard errors (from the expected-count information at convergence); null if not estimated. */
  seA: number | null;
  seB: number | null;
}

export interface CalibrationResult {
  items: CalibratedItem[];
  correlations: SkillCorrelations;
  iterations: number;
  converged: boolean;
  /** Marginal log-likelihood of all responses at the final parameters. */
  logLikelihood: number;
}

const NODES = 49;
const NODE_MIN = -6;
const NODE_STEP = 0.25;

/**
 * Calibrates `items` on `responses`. Items without enough responses are returned unchanged
 * (provisional); people are identified by `personId` across skills.
 * @throws CertpathError INVALID_ARGUMENT for a response to an item that is not in `items`.
 */
export function calibrate(
  items: readonly BankItem[],
  responses: readonly ResponseRecord[],
  options: Partial<CalibrationOptions> = {},
): CalibrationResult {
  const config = { ...DEFAULT_CALIBRATION_OPTIONS, ...options };
  const positionOf = new Map(items.map((item, index) => [item.id, index]));
  const personOf = new Map<string, number>();
  for (const r of responses) {
    if (!positionOf.has(r.itemId))
      throw new CertpathError("INVALID_ARGUMENT", `response to unknown item ${r.itemId}`);
    if (!personOf.has(r.personId)) personOf.set(r.personId, personOf.size);
  }
  const skills = [...new Set(items.map((item) => item.skill))];
  const a = Float64Array.from(items, (item) => item.a);
  const b = Float64Array.from(items, (item) => item.b);
  const counts = new Int32Array(items.length);
  for (const r of responses) {
    const i = positionOf.get(r.itemId) as number;
    counts[i] = (counts[i] as number) + 1;
  }
  const seA: Array<number | null> = items.map(() => null);
  const seB: Array<number | null> = items.map(() => null);
  const sites: SkillSites[] = [...personOf.keys()].map(() => ({
    precision: new Float64Array(skills.length),
    shift: new Float64Array(skills.length),
  }));
  let iterations = 0;
  let converged = true;
  let logLikelihood = 0;

  skills.forEach((skill, skillIndex) => {
    const data = skillData(items, responses, skill, positionOf, personOf);
    const result = calibrateSkill(data, items, a, b, counts, config, seA, seB);
    iterations = Math.max(iterations, result.iterations);
    converged &&= result.converged;
    logLikelihood += result.logLikelihood;
    data.people.forEach((person, p) => {
      const site = siteFromPosterior(
        result.posteriorMean[p] as number,
        result.posteriorVariance[p] as number,
      );
      const target = sites[person] as SkillSites;
      target.precision[skillIndex] = site.precision;
      target.shift[skillIndex] = site.shift;
    });
  });

  const fitted = estimateCorrelationMatrix(sites, skills.length);
  const k = skills.length;
  return {
    items: items.map((item, i) => {
      const estimated = (counts[i] as number) >= config.minResponses;
      return {
        ...item,
        a: a[i] as number,
        b: b[i] as number,
        provisional: !estimated,
        responses: counts[i] as number,
        seA: seA[i] ?? null,
        seB: seB[i] ?? null,
      };
    }),
    correlations: {
      skills,
      matrix: skills.map((_, i) => skills.map((__, j) => fitted.matrix[i * k + j] as number)),
    },
    iterations,
    converged: converged && fitted.converged,
    logLikelihood,
  };
}

interface SkillData {
  /** Bank indices of the skill's items. */
  itemIndex: number[];
  /** Global person index of each local person. */
  people: number[];
  /** CSR: responses of local person p are start[p] … start[p + 1] − 1. */
  start: Int32Array;
  item: Int32Array; // local item index
  correct: Uint8Array;
}

function skillData(
  items: readonly BankItem[],
  responses: readonly ResponseRecord[],
  skill: string,
  positionOf: ReadonlyMap<string, number>,
  personOf: ReadonlyMap<string, number>,
): SkillData {
  const itemIndex: number[] = [];
  const local = new Map<number, number>();
  items.forEach((item, i) => {
    if (item.skill === skill) local.set(i, itemIndex.push(i) - 1);
  });
  const byPerson = new Map<number, Array<[number, boolean]>>();
  for (const r of responses) {
    const li = local.get(positionOf.get(r.itemId) as number);
    if (li === undefined) continue;
    const person = personOf.get(r.personId) as number;
    const list = byPerson.get(person) ?? [];
    list.push([li, r.correct]);
    byPerson.set(person, list);
  }
  const people = [...byPerson.keys()];
  const start = new Int32Array(people.length + 1);
  let total = 0;
  people.forEach((person, p) => {
    start[p] = total;
    total += (byPerson.get(person) as Array<[number, boolean]>).length;
  });
  start[people.length] = total;
  const item = new Int32Array(total);
  const correct = new Uint8Array(total);
  people.forEach((person, p) => {
    (byPerson.get(person) as Array<[number, boolean]>).forEach(([li, x], j) => {
      item[(start[p] as number) + j] = li;
      correct[(start[p] as number) + j] = x ? 1 : 0;
    });
  });
  return { itemIndex, people, start, item, correct };
}

function calibrateSkill(
  data: SkillData,
  items: readonly BankItem[],
  a: Float64Array,
  b: Float64Array,
  counts: Int32Array,
  config: CalibrationOptions,
  seA: Array<number | null>,
  seB: Array<number | null>,
) {
  const m = data.itemIndex.length;
  const people = data.people.length;
  const nodes = Float64Array.from({ length: NODES }, (_, q) => NODE_MIN + q * NODE_STEP);
  const logPrior = nodes.map((t) => -0.5 * t * t);
  const logP = new Float64Array(m * NODES);
  const logQ = new Float64Array(m * NODES);
  const expectedN = new Float64Array(m * NODES);
  const expectedR = new Float64Array(m * NODES);
  const post = new Float64Array(NODES);
  const posteriorMean = new Float64Array(people);
  const posteriorVariance = new Float64Array(people);
  const c = data.itemIndex.map((i) => (items[i] as BankItem).c);
  let logLikelihood = 0;

  const eStep = () => {
    for (let li = 0; li < m; li++) {
      const i = data.itemIndex[li] as number;
      for (let q = 0; q < NODES; q++) {
        const t = nodes[q] as number;
        logP[li * NODES + q] = responseLogLikelihood(
          t,
          a[i] as number,
          b[i] as number,
          c[li] as number,
          true,
        );
        logQ[li * NODES + q] = responseLogLikelihood(
          t,
          a[i] as number,
          b[i] as number,
          c[li] as number,
          false,
        );
      }
    }
    expectedN.fill(0);
    expectedR.fill(0);
    logLikelihood = 0;
    let normaliser = 0;
    for (let q = 0; q < NODES; q++) normaliser += Math.exp(logPrior[q] as number);
    for (let p = 0; p < people; p++) {
      post.set(logPrior);
      for (let j = data.start[p] as number; j < (data.start[p + 1] as number); j++) {
        const table = data.correct[j] ? logP : logQ;
        const offset = (data.item[j] as number) * NODES;
        for (let q = 0; q < NODES; q++) post[q] = (post[q] as number) + (table[offset + q] as number);
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let q = 0; q < NODES; q++) max = Math.max(max, post[q] as number);
      let total = 0;
      for (let q = 0; q < NODES; q++) {
        const w = Math.exp((post[q] as number) - max);
        post[q] = w;
        total += w;
      }
      logLikelihood += max + Math.log(total / normaliser);
      let mean = 0;
      let second = 0;
      for (let q = 0; q < NODES; q++) {
        const w = (post[q] as number) / total;
        post[q] = w;
        mean += w * (nodes[q] as number);
        second += w * (nodes[q] as number) ** 2;
      }
      posteriorMean[p] = mean;
      posteriorVariance[p] = Math.max(second - mean * mean, 1e-6);
      for (let j = data.start[p] as number; j < (data.start[p + 1] as number); j++) {
        const offset = (data.item[j] as number) * NODES;
        const x = data.correct[j] as number;
        for (let q = 0; q < NODES; q++) {
          expectedN[offset + q] = (expectedN[offset + q] as number) + (post[q] as number);
          if (x) expectedR[offset + q] = (expectedR[offset + q] as number) + (post[q] as number);
        }
      }
    }
  };

  let iterations = 0;
  let converged = false;
  while (iterations < config.maxIterations && !converged) {
    iterations++;
    eStep();
    let change = 0;
    for (let li = 0; li < m; li++) {
      const i = data.itemIndex[li] as number;
      if ((counts[i] as number) < config.minResponses) continue;
      const fit = mStep(
        expectedN,
        expectedR,
        li * NODES,
        nodes,
        a[i] as number,
        b[i] as number,
        c[li] as number,
        config,
      );
      change = Math.max(
        change,
        Math.abs(Math.log(fit.a / (a[i] as number))),
        Math.abs(fit.b - (b[i] as number)),
      );
      a[i] = fit.a;
      b[i] = fit.b;
      seA[i] = fit.seA;
      seB[i] = fit.seB;
    }
    converged = change < config.tolerance;
  }
  eStep(); // posteriors and log-likelihood at the final parameters
  return { iterations, converged, logLikelihood, posteriorMean, posteriorVariance };
}

/** Fisher scoring on (α = log a, b) for one item's expected counts; c fixed. */
function mStep(
  expectedN: Float64Array,
  expectedR: Float64Array,
  offset: number,
  nodes: Float64Array,
  startA: number,
  startB: number,
  c: number,
  config: CalibrationOptions,
) {
  let alpha = Math.log(startA);
  let b = startB;
  let info = [0, 0, 0]; // αα, αb, bb
  for (let step = 0; step < 10; step++) {
    const a = Math.exp(alpha);
    let gA = -alpha / config.logASd ** 2;
    let gB = -b / config.bSd ** 2;
    let iAA = 1 / config.logASd ** 2;
    let iAB = 0;
    let iBB = 1 / config.bSd ** 2;
    for (let q = 0; q < NODES; q++) {
      const n = expectedN[offset + q] as number;
      if (n < 1e-12) continue;
      const r = expectedR[offset + q] as number;
      const z = a * ((nodes[q] as number) - b);
      const star = 1 / (1 + Math.exp(-z));
      const p = c + (1 - c) * star;
      const pq = Math.max(p * (1 - p), 1e-12);
      const slope = (1 - c) * star * (1 - star); // dP/dz
      const dA = slope * z; // dP/dα
      const dB = -slope * a; // dP/db
      const residual = (r - n * p) / pq;
      gA += residual * dA;
      gB += residual * dB;
      iAA += (n * dA * dA) / pq;
      iAB += (n * dA * dB) / pq;
      iBB += (n * dB * dB) / pq;
    }
    const det = iAA * iBB - iAB * iAB;
    info = [iAA, iAB, iBB];
    if (!(det > 0)) break;
    const stepA = Math.max(-0.5, Math.min(0.5, (iBB * gA - iAB * gB) / det));
    const stepB = Math.max(-1, Math.min(1, (iAA * gB - iAB * gA) / det));
    alpha += stepA;
    b += stepB;
    if (Math.abs(stepA) < 1e-8 && Math.abs(stepB) < 1e-8) break;
  }
  const [iAA, iAB, iBB] = info as [number, number, number];
  const det = iAA * iBB - iAB * iAB;
  const a = Math.exp(alpha);
  return {
    a,
    b,
    seA: det > 0 ? a * Math.sqrt(iBB / det) : null,
    seB: det > 0 ? Math.sqrt(iAA / det) : null,
  };
}
