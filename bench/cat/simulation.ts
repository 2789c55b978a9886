/**
 * Banks, simulees and response coins shared by every engine in the benchmark. Common random
 * numbers: simulee p answers bank item i correctly iff coin[p][i] < P_i(θ_p), for every engine, so
 * differences between engines are not simulation noise.
 */
import { type BankItem, createRng, normalDraw, probabilityCorrect } from "@certpath/core";

export const SEED = 20240601;

/** 2PL bank: a ~ LogNormal(0, 0.3), b ~ N(0, 1). All a's are drawn first, then all b's. */
export function makeBank(seed: number, size: number, skill = "theta", idPrefix = skill): BankItem[] {
  const rng = createRng(seed);
  const a = Array.from({ length: size }, () => Math.exp(0.3 * normalDraw(rng)));
  const b = Array.from({ length: size }, () => normalDraw(rng));
  return a.map((ai, i) => ({
    id: `${idPrefix}-${i}`,
    skill,
    subtopic: "general",
    a: ai,
    b: b[i] as number,
    c: 0,
  }));
}

/** θ ~ N(0, 1), one per simulee. */
export function unidimensionalSimulees(count: number): number[] {
  const rng = createRng(SEED + 1);
  return Array.from({ length: count }, () => normalDraw(rng));
}

/** θ ~ N(0, Σ) with every pair correlated r (one common factor): θ_k = √r·g + √(1 − r)·e_k. */
export function correlatedSimulees(count: number, skills: number, r: number): number[][] {
  const rng = createRng(SEED + 2);
  return Array.from({ length: count }, () => {
    const common = normalDraw(rng);
    return Array.from({ length: skills }, () => Math.sqrt(r) * common + Math.sqrt(1 - r) * normalDraw(rng));
  });
}

/** The response coins of simulee p for a bank of `size` items. */
export function coins(p: number, size: number): Float64Array {
  const rng = createRng(SEED * 7 + 1_000_003 * (p + 1));
  return Float64Array.from({ length: size }, () => rng());
}

/** A simulee's answer to bank item `index` under common random numbers. */
export function answer(theta: number, item: BankItem, coin: number): boolean {
  return coin < probabilityCorrect(theta, item);
}

export interface Stats {
  mean: number;
  sd: number;
  p50: number;
  p95: number;
}

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((x, y) => x - y);
  const n = sorted.length;
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(sorted.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, n - 1));
  const at = (q: number) => sorted[Math.min(n - 1, Math.floor(q * n))] as number;
  return { mean, sd, p50: at(0.5), p95: at(0.95) };
}

/**
 * Items an oracle that knows θ needs: the most informative items at the true θ, until the prior
 * precision plus their information reaches 1/se² (the Bayesian Cramér–Rao floor of this bank).
 */
export function oracleItems(
  bank: readonly BankItem[],
  theta: number,
  se: number,
  information: (t: number, item: BankItem) => number,
) {
  const infos = bank.map((item) => information(theta, item)).sort((x, y) => y - x);
  let precision = 1;
  let n = 0;
  while (precision < 1 / (se * se) && n < infos.length) precision += infos[n++] as number;
  return n;
}
