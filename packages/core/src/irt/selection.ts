/**
 * @module Next-item selection: which unanswered item most reduces the uncertainty that matters.
 *
 * Every item measures one skill s, and answering it (information I at the current estimate) shrinks
 * the Gaussian posterior by the rank-one update C' = C − I/(1 + I C_ss) · c_s c_sᵀ. So an item's
 * value depends only on its skill and its information, and is increasing in I: the best item of a
 * skill is its most informative one, and skills compete through the value function:
 *
 * - profile mode (no target): the summed variance reduction over skills not yet at the target SE,
 *     V(s, I) = I / (1 + I C_ss) · Σ_{k open} C_ks²;
 * - target mode: the expected reduction in readiness-classification loss (knowledge gradient),
 *     summed over blueprint domains with their exam weights W_d: with Δ_d = (w_dᵀ c_s)² I/(1 + I C_ss)
 *     the variance of the domain-ability update and z_d = |w_dᵀμ − cut_d| / √Δ_d,
 *     V(s, I) = Σ_d W_d √Δ_d (φ(z_d) − z_d Φ(−z_d)).
 *   Domains already settled contribute almost nothing; close calls, heavy domains and skills that
 *   load on them (directly or through correlations) dominate.
 *
 * Then content balancing (no sub-topic runs more than `slack` items ahead of its share), exposure
 * control (randomesque choice among near-best candidates, fading out over the first items, and
 * Sympson–Hetter pass-over with each item's exposure parameter), all driven by the seeded Rng.
 * @see docs/algorithms/irt.md#item-selection
 */
import { normalCdf } from "../recommend/normal";
import type { Rng } from "../shared/rng";
import { type ItemBank, rankingPoint, rankingTheta, type SkillPool } from "./item-bank";
import { informationAt } from "./item-response";
import type { CompiledDomain } from "./targets";

/** Randomesque exposure control: randomness where it costs least, at the start of a session. */
export interface ExposureControl {
  /** Choose uniformly among at most this many of the best candidates (1 = always the best). */
  candidates: number;
  /** Only candidates worth at least this share of the best candidate's value qualify (0–1). */
  minValueRatio: number;
  /** Items over which the randomness fades to none (0 = never fades). Early items are chosen at a
   * poorly known ability anyway, so randomising them costs little precision. */
  fadeItems: number;
}

export const DEFAULT_EXPOSURE_CONTROL: ExposureControl = { candidates: 5, minValueRatio: 0.8, fadeItems: 5 };

/** Content balancing across the sub-topics of each skill. */
export interface ContentBalance {
  /** How many items a sub-topic may run ahead of its proportional share. */
  slack: number;
  /** Target shares by skill and sub-topic (normalised per skill); default: equal shares. */
  shares?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export const DEFAULT_CONTENT_BALANCE: ContentBalance = { slack: 1 };

export interface SelectionInput {
  skills: readonly string[];
  mean: Float64Array;
  covariance: Float64Array;
  answered: readonly { itemId: string; skill: string }[];
  /** Compiled readiness domains; empty = profile mode. */
  domains: readonly CompiledDomain[];
  targetCount: number;
  /** Profile mode counts only skills whose SD is above this (null: all skills). */
  targetSe: number | null;
  maxItemsPerSkill: number;
  exposure: ExposureControl | null;
  content: ContentBalance | null;
}

const MIN_PER_SKILL = 4;

/** Knowledge gradient of a normal belief at `distance` from a cut when its mean can move by N(0, Δ). */
function knowledgeGradient(delta: number, distance: number): number {
  if (!(delta > 0)) return 0;
  const spread = Math.sqrt(delta);
  const z = distance / spread;
  const value = spread * (Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) - z * normalCdf(-z));
  return Math.max(value, 0);
}

/**
 * Chooses the next item: a bank index, or −1 when no eligible item is left.
 * Pure apart from the draws it takes from `rng`.
 */
export function chooseItem(input: SelectionInput, bank: ItemBank, rng: Rng): number {
  const k = input.skills.length;
  const { mean } = input;
  const skillIndex = new Map(input.skills.map((skill, index) => [skill, index]));
  const answered = new Set<number>();
  const perSkill = new Int32Array(k);
  const subtopicCounts = new Map<string, Int32Array>();
  for (const response of input.answered) {
    const s = skillIndex.get(response.skill);
    if (s !== undefined) perSkill[s] = (perSkill[s] as number) + 1;
    const position = bank.positionOf.get(response.itemId);
    if (position === undefined) continue;
    answered.add(position);
    const pool = bank.pools.get(response.skill);
    if (pool === undefined) continue;
    const counts = subtopicCounts.get(pool.skill) ?? new Int32Array(pool.subtopics.length);
    const sub = bank.subtopicIndex[position] as number;
    counts[sub] = (counts[sub] as number) + 1;
    subtopicCounts.set(pool.skill, counts);
  }

  const value = valueFunction(input);
  const fade =
    input.exposure && input.exposure.fadeItems > 0
      ? Math.max(0, 1 - input.answered.length / input.exposure.fadeItems)
      : 0;
  const poolSize = input.exposure ? 1 + Math.round((Math.max(1, input.exposure.candidates) - 1) * fade) : 1;
  const ratio = input.exposure ? 1 - (1 - input.exposure.minValueRatio) * fade : 1;
  const wanted = Math.max(poolSize + 2, MIN_PER_SKILL);

  const candidateItem: number[] = [];
  const candidateValue: number[] = [];
  for (let s = 0; s < k; s++) {
    const pool = bank.pools.get(input.skills[s] as string);
    if (pool === undefined || (perSkill[s] as number) >= input.maxItemsPerSkill) continue;
    const theta = mean[s] as number;
    const shares = subtopicShares(pool, input.content);
    const counts = subtopicCounts.get(pool.skill) ?? null;
    const allowed = (index: number) =>
      shares === null ||
      contentAllows(
        shares,
        counts,
        bank.subtopicIndex[index] as number,
        perSkill[s] as number,
        input.content?.slack ?? 0,
      );
    let found = collect(pool, bank, theta, answered, allowed, wanted);
    if (found.length === 0 && shares !== null)
      found = collect(pool, bank, theta, answered, () => true, wanted);
    for (const [index, info] of found) {
      candidateItem.push(index);
      candidateValue.push(value(s, info));
    }
  }
  if (candidateItem.length === 0) return -1;

  const order = candidateItem
    .map((_, i) => i)
    .sort((x, y) => (candidateValue[y] as number) - (candidateValue[x] as number));
  const best = candidateValue[order[0] as number] as number;
  const shortlist = order.filter(
    (i, rank) => rank < poolSize && (candidateValue[i] as number) >= ratio * best,
  );
  // Sympson–Hetter: a picked item is given with probability k_i, else passed over this time and
  // the next one is tried — first the rest of the shortlist, then the remaining candidates in order.
  const passes = (candidate: number) => {
    const limit = bank.exposure[candidateItem[candidate] as number] as number;
    return limit >= 1 || rng() < limit;
  };
  const tried = new Set(shortlist);
  while (shortlist.length > 0) {
    const pick = shortlist.length === 1 ? 0 : Math.floor(rng() * shortlist.length);
    const candidate = shortlist[pick] as number;
    if (passes(candidate)) return candidateItem[candidate] as number;
    shortlist.splice(pick, 1);
  }
  for (const candidate of order)
    if (!tried.has(candidate) && passes(candidate)) return candidateItem[candidate] as number;
  return candidateItem[order[0] as number] as number;
}

/** The value function V(s, I) of the current mode (see module doc). */
function valueFunction(input: SelectionInput): (s: number, info: number) => number {
  const k = input.skills.length;
  const { covariance, mean } = input;
  if (input.domains.length === 0) {
    const open = new Uint8Array(k);
    let anyOpen = false;
    for (let i = 0; i < k; i++) {
      const isOpen = input.targetSe === null || Math.sqrt(covariance[i * k + i] as number) > input.targetSe;
      open[i] = isOpen ? 1 : 0;
      anyOpen ||= isOpen;
    }
    const spread = new Float64Array(k); // Σ_{k open} C_ks²
    for (let s = 0; s < k; s++) {
      let sum = 0;
      for (let i = 0; i < k; i++) if (!anyOpen || open[i]) sum += (covariance[i * k + s] as number) ** 2;
      spread[s] = sum;
    }
    return (s, info) => ((spread[s] as number) * info) / (1 + info * (covariance[s * k + s] as number));
  }
  const d = input.domains.length;
  const exposureOf = new Float64Array(d * k); // u_ds = w_dᵀ c_s
  const distance = new Float64Array(d);
  const weight = new Float64Array(d);
  input.domains.forEach((domain, di) => {
    let m = 0;
    for (let i = 0; i < k; i++) m += (domain.loadings[i] as number) * (mean[i] as number);
    distance[di] = Math.abs(m - domain.cut);
    weight[di] = domain.weight / input.targetCount;
    for (let s = 0; s < k; s++) {
      let u = 0;
      for (let i = 0; i < k; i++) u += (domain.loadings[i] as number) * (covariance[i * k + s] as number);
      exposureOf[di * k + s] = u;
    }
  });
  return (s, info) => {
    const shrink = info / (1 + info * (covariance[s * k + s] as number));
    let total = 0;
    for (let di = 0; di < d; di++) {
      const u = exposureOf[di * k + s] as number;
      total += (weight[di] as number) * knowledgeGradient(u * u * shrink, distance[di] as number);
    }
    return total;
  };
}

/** Normalised target shares of a pool's sub-topics, or null when balancing is off or moot. */
function subtopicShares(pool: SkillPool, content: ContentBalance | null): Float64Array | null {
  if (content === null || pool.subtopics.length < 2) return null;
  const given = content.shares?.[pool.skill];
  const shares = Float64Array.from(pool.subtopics, (sub) => (given ? (given[sub] ?? 0) : 1));
  const total = shares.reduce((sum, x) => sum + x, 0);
  if (!(total > 0)) return null;
  for (let i = 0; i < shares.length; i++) shares[i] = (shares[i] as number) / total;
  return shares;
}

/** After one more item of sub-topic `sub`, would it run more than `slack` items ahead of its share? */
function contentAllows(
  shares: Float64Array,
  counts: Int32Array | null,
  sub: number,
  answeredInSkill: number,
  slack: number,
): boolean {
  const count = counts ? (counts[sub] as number) : 0;
  return count + 1 - (shares[sub] as number) * (answeredInSkill + 1) <= slack + 1e-9;
}

/**
 * The `wanted` most informative eligible items of a pool at θ, as [bank index, information] pairs,
 * best first — exactly, not approximately. Walks the ranking of the nearest grid point θ_g and
 * stops once no further item can make the list: items are ranked by I(θ_g), and
 * I(θ) ≤ I(θ_g) + L·|θ − θ_g| with L the largest |dI/dθ| among the items still ahead in the ranking
 * (beyond it, of the whole pool). Scans the whole pool only when the ranking runs out before that
 * is certain (a skill with most of its best items already used).
 */
function collect(
  pool: SkillPool,
  bank: ItemBank,
  theta: number,
  answered: ReadonlySet<number>,
  allowed: (index: number) => boolean,
  wanted: number,
): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const g = rankingPoint(theta);
  const offset = g * pool.depth;
  const distance = Math.abs(theta - rankingTheta(g));
  const consider = (index: number) => {
    const info = informationAt(
      theta,
      bank.a[index] as number,
      bank.b[index] as number,
      bank.c[index] as number,
    );
    if (found.length === wanted && info <= (found[wanted - 1] as [number, number])[1]) return;
    let at = found.length;
    while (at > 0 && (found[at - 1] as [number, number])[1] < info) at--;
    found.splice(at, 0, [index, info]);
    if (found.length > wanted) found.length = wanted;
  };
  const full = () => found.length === wanted;
  let certain = pool.depth === pool.members.length;
  for (let r = 0; r < pool.depth; r++) {
    const bound =
      (pool.rankingInfo[offset + r] as number) + (pool.rankingSlope[offset + r] as number) * distance;
    if (full() && bound < (found[wanted - 1] as [number, number])[1]) {
      certain = true;
      break;
    }
    const index = pool.rankings[offset + r] as number;
    if (!answered.has(index) && allowed(index)) consider(index);
  }
  if (!certain) {
    // Items beyond the ranking have I(θ_g) ≤ the last ranked value.
    const last = (pool.rankingInfo[offset + pool.depth - 1] as number) + pool.slope * distance;
    certain = full() && last < (found[wanted - 1] as [number, number])[1];
  }
  if (!certain) {
    found.length = 0;
    for (let m = 0; m < pool.members.length; m++) {
      const index = pool.members[m] as number;
      if (!answered.has(index) && allowed(index)) consider(index);
    }
  }
  return found;
}
