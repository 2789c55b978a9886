/**
 * S: next-item selection time at bank sizes 300 / 3,000 / 30,000, one thread, measured inside real
 * simulated sessions (the estimate moves, answered items accumulate), after a short warm-up.
 */
import {
  type BankItem,
  createRng,
  prepareBank,
  recordResponse,
  selectNextItem,
  startSession,
} from "@certpath/core";
import { type Condition, fmt, type Row } from "./conditions";
import { JscatEngine } from "./jscat-engine";
import { answer, coins, makeBank, SEED, stats } from "./simulation";

export interface LatencyPlan {
  size: number;
  certpathSimulees: number;
  jscatSimulees: number;
  itemsPerSimulee: number;
}

function timeCertpath(
  items: readonly BankItem[],
  thetas: readonly number[],
  simulees: number,
  perSimulee: number,
) {
  const started = performance.now();
  const bank = prepareBank(items);
  const prepareMs = performance.now() - started;
  const select: number[] = [];
  const update: number[] = [];
  for (let p = -5; p < simulees; p++) {
    const warmUp = p < 0;
    const theta = thetas[Math.abs(p) % thetas.length] as number;
    const coin = coins(Math.abs(p), items.length);
    const rng = createRng(SEED + 11_000_000 + p);
    let state = startSession({
      skills: ["theta"],
      correlations: { skills: ["theta"], matrix: [[1]] },
      stop: { maxItems: perSimulee, targetSe: null, confidence: null },
    });
    for (let t = 0; t < perSimulee; t++) {
      const t0 = performance.now();
      const next = selectNextItem(state, bank, rng);
      const t1 = performance.now();
      if (next.item === null) break;
      const index = bank.positionOf.get(next.item.id) as number;
      state = recordResponse(next.state, next.item.id, answer(theta, next.item, coin[index] as number));
      const t2 = performance.now();
      if (!warmUp) {
        select.push(t1 - t0);
        update.push(t2 - t1);
      }
    }
  }
  return { prepareMs, select: stats(select), update: stats(update), calls: select.length };
}

function timeJscat(
  items: readonly BankItem[],
  thetas: readonly number[],
  simulees: number,
  perSimulee: number,
) {
  const select: number[] = [];
  const update: number[] = [];
  for (let p = -1; p < simulees; p++) {
    const theta = thetas[Math.abs(p) % thetas.length] as number;
    const coin = coins(Math.abs(p), items.length);
    const engine = new JscatEngine(items);
    for (let t = 0; t < (p < 0 ? 3 : perSimulee); t++) {
      const t0 = performance.now();
      const index = engine.next();
      const t1 = performance.now();
      if (index === null) break;
      const item = items[index] as BankItem;
      engine.record(item, answer(theta, item, coin[index] as number));
      const t2 = performance.now();
      if (p >= 0) {
        select.push(t1 - t0);
        update.push(t2 - t1);
      }
    }
  }
  return { select: stats(select), update: stats(update), calls: select.length };
}

export function runLatency(
  u1Bank: readonly BankItem[],
  thetas: readonly number[],
  plans: readonly LatencyPlan[],
  log: (m: string) => void,
): Row[] {
  const rows: Row[] = [];
  for (const plan of plans) {
    const items = plan.size === u1Bank.length ? u1Bank : makeBank(SEED + plan.size, plan.size);
    const scenario = `select-${plan.size}` as Condition["scenario"];
    const ours = timeCertpath(items, thetas, plan.certpathSimulees, plan.itemsPerSimulee);
    const theirs = timeJscat(items, thetas, plan.jscatSimulees, plan.itemsPerSimulee);
    log(
      `  ${scenario}: certpath p95 ${fmt(ours.select.p95, 4)} ms, jscat p95 ${fmt(theirs.select.p95, 1)} ms`,
    );
    const cond = (engine: Condition["engine"], p95: number, n: number): Condition => ({
      engine,
      scenario,
      meanItems: null,
      rmse: null,
      accuracy: null,
      selectMsP95: p95,
      n,
    });
    rows.push({
      label: `certpath, ${plan.size.toLocaleString("en-US")} items`,
      condition: cond("certpath", ours.select.p95, ours.calls),
      cells: {
        "select mean / p95 (ms)": `${fmt(ours.select.mean, 4)} / ${fmt(ours.select.p95, 4)}`,
        "update mean (ms)": fmt(ours.update.mean, 3),
        "timed calls": String(ours.calls),
        "one-time prepareBank (ms)": fmt(ours.prepareMs, 1),
      },
    });
    rows.push({
      label: `jsCAT EAP, ${plan.size.toLocaleString("en-US")} items`,
      condition: cond("jscat", theirs.select.p95, theirs.calls),
      cells: {
        "select mean / p95 (ms)": `${fmt(theirs.select.mean, 2)} / ${fmt(theirs.select.p95, 2)}`,
        "update mean (ms)": fmt(theirs.update.mean, 3),
        "timed calls": String(theirs.calls),
        "one-time prepareBank (ms)": "–",
      },
    });
  }
  return rows;
}
