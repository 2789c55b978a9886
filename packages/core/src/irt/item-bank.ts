/**
 * @module The item bank as the engine sees it: parameters, skill, sub-topic and an optional
 * exposure limit per item, prepared once into per-skill pools with information rankings on a theta
 * grid. Preparing is O(items · grid); afterwards selecting an item reads a few dozen entries of a
 * ranking instead of scanning the bank, so selection time does not grow with the bank.
 * @see docs/algorithms/irt.md#item-selection
 */
import { CertpathError } from "../shared/errors";
import { type ItemParams, informationAt, invalidParams } from "./item-response";

export interface BankItem extends ItemParams {
  id: string;
  /** Skill id the item measures (one skill per item: "simple structure"). */
  skill: string;
  /** Sub-topic of the skill, for content balancing. */
  subtopic: string;
  /**
   * Sympson–Hetter exposure parameter k in (0, 1]: when the selector picks this item it is given
   * with probability k and passed over otherwise. Default 1 (no limit). Set k below 1 for items a
   * simulation shows to be over-exposed.
   */
  exposure?: number;
}

/** The theta grid the rankings are built on: −4 to 4 in steps of 0.1 (81 points). */
export const RANKING_GRID = { min: -4, max: 4, step: 0.1 } as const;
const GRID_POINTS = Math.round((RANKING_GRID.max - RANKING_GRID.min) / RANKING_GRID.step) + 1;
/** How many items each ranking keeps. A session rarely answers more than ~40 items of a skill, so
 * 128 leaves a wide margin; when a ranking runs out, selection falls back to a full scan. */
const RANKING_DEPTH = 128;

/** One skill's items. Indices are positions in the bank's `items`. */
export interface SkillPool {
  skill: string;
  members: Int32Array;
  subtopics: readonly string[];
  /** Per grid point, the `depth` most informative members (bank indices), best first. */
  rankings: Int32Array;
  /** Information at the grid point of each ranked entry (same layout as `rankings`). */
  rankingInfo: Float64Array;
  /** max |dI/dθ| over this and all later entries of the ranking (same layout as `rankings`). */
  rankingSlope: Float64Array;
  depth: number;
  /** max over all members and θ of |dI/dθ|: bounds how much information can change off the grid. */
  slope: number;
}

export interface ItemBank {
  readonly items: readonly BankItem[];
  readonly positionOf: ReadonlyMap<string, number>;
  readonly pools: ReadonlyMap<string, SkillPool>;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly exposure: Float64Array;
  /** Index of each item's sub-topic within its pool's `subtopics`. */
  readonly subtopicIndex: Int32Array;
}

/** The ranking grid point nearest to θ (clamped to the grid). */
export function rankingPoint(theta: number): number {
  const g = Math.round((theta - RANKING_GRID.min) / RANKING_GRID.step);
  return g < 0 ? 0 : g >= GRID_POINTS ? GRID_POINTS - 1 : g;
}

/**
 * Validates a bank and builds its selection index.
 * @throws CertpathError INVALID_ARGUMENT for a duplicate id, invalid parameters or an exposure
 * parameter outside (0, 1], naming the item and the received value.
 */
export function prepareBank(items: readonly BankItem[]): ItemBank {
  const n = items.length;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  const exposure = new Float64Array(n);
  const subtopicIndex = new Int32Array(n);
  const positionOf = new Map<string, number>();
  const bySkill = new Map<string, number[]>();
  const subtopicsBySkill = new Map<string, string[]>();

  items.forEach((item, index) => {
    if (positionOf.has(item.id))
      throw new CertpathError("INVALID_ARGUMENT", `item ${item.id} appears twice in the bank`);
    const problem = invalidParams(item);
    if (problem !== null) throw new CertpathError("INVALID_ARGUMENT", `item ${item.id}: ${problem}`);
    const k = item.exposure ?? 1;
    if (!(k > 0 && k <= 1)) {
      throw new CertpathError(
        "INVALID_ARGUMENT",
        `item ${item.id}: exposure must be in (0, 1] (received ${k})`,
      );
    }
    positionOf.set(item.id, index);
    a[index] = item.a;
    b[index] = item.b;
    c[index] = item.c;
    exposure[index] = k;
    const members = bySkill.get(item.skill) ?? [];
    members.push(index);
    bySkill.set(item.skill, members);
    const subtopics = subtopicsBySkill.get(item.skill) ?? [];
    let sub = subtopics.indexOf(item.subtopic);
    if (sub < 0) sub = subtopics.push(item.subtopic) - 1;
    subtopicsBySkill.set(item.skill, subtopics);
    subtopicIndex[index] = sub;
  });

  const pools = new Map<string, SkillPool>();
  for (const [skill, members] of bySkill) {
    const memberArray = Int32Array.from(members);
    const depth = Math.min(RANKING_DEPTH, members.length);
    const slopes = new Float64Array(n);
    let slope = 0;
    for (const index of members) {
      slopes[index] = informationSlope(a[index] as number, c[index] as number);
      slope = Math.max(slope, slopes[index] as number);
    }
    pools.set(skill, {
      skill,
      members: memberArray,
      subtopics: subtopicsBySkill.get(skill) ?? [],
      ...buildRankings(memberArray, depth, a, b, c, slopes),
      depth,
      slope,
    });
  }
  return { items, positionOf, pools, a, b, c, exposure, subtopicIndex };
}

/** θ of ranking grid point g. */
export function rankingTheta(g: number): number {
  return RANKING_GRID.min + g * RANKING_GRID.step;
}

const slopeByGuessing = new Map<number, number>();

/**
 * max_θ |dI/dθ| of an item: with x = P*(θ), I = a²(1 − c)·x²(1 − x)/(c + (1 − c)x) and
 * dx/dθ = a·x(1 − x), so |dI/dθ| = a³(1 − c)·|h_c(x)|, h_c(x) = g_c'(x)·x(1 − x). For the 2PL,
 * max |h| = max |x(1 − x)(1 − 2x)| = 1/(6√3); for c > 0 it is found on a fine x grid (cached per c,
 * +1% margin for the grid).
 */
function informationSlope(a: number, c: number): number {
  let h = slopeByGuessing.get(c);
  if (h === undefined) {
    h = 0;
    if (c === 0) h = 1 / (6 * Math.sqrt(3));
    else {
      for (let i = 1; i < 4000; i++) {
        const x = i / 4000;
        const d = c + (1 - c) * x;
        const derivative = ((2 * x - 3 * x * x) * d - x * x * (1 - x) * (1 - c)) / (d * d);
        h = Math.max(h, Math.abs(derivative * x * (1 - x)));
      }
      h *= 1.01;
    }
    slopeByGuessing.set(c, h);
  }
  return a * a * a * (1 - c) * h;
}

/** Per grid point, the top `depth` members by information, best first (bounded min-heap). */
function buildRankings(
  members: Int32Array,
  depth: number,
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  slopes: Float64Array,
) {
  const rankings = new Int32Array(GRID_POINTS * depth);
  const rankingInfo = new Float64Array(GRID_POINTS * depth);
  const rankingSlope = new Float64Array(GRID_POINTS * depth);
  const heapItem = new Int32Array(depth);
  const heapInfo = new Float64Array(depth);
  for (let g = 0; g < GRID_POINTS; g++) {
    const theta = rankingTheta(g);
    let size = 0;
    for (let m = 0; m < members.length; m++) {
      const index = members[m] as number;
      const info = informationAt(theta, a[index] as number, b[index] as number, c[index] as number);
      if (size < depth) {
        heapItem[size] = index;
        heapInfo[size] = info;
        siftUp(heapItem, heapInfo, size);
        size++;
      } else if (info > (heapInfo[0] as number)) {
        heapItem[0] = index;
        heapInfo[0] = info;
        siftDown(heapItem, heapInfo, size);
      }
    }
    // Pop the min-heap from the back of the ranking forwards: best item ends up first.
    for (let slot = size - 1; slot >= 0; slot--) {
      rankings[g * depth + slot] = heapItem[0] as number;
      rankingInfo[g * depth + slot] = heapInfo[0] as number;
      size--;
      heapItem[0] = heapItem[size] as number;
      heapInfo[0] = heapInfo[size] as number;
      siftDown(heapItem, heapInfo, size);
    }
    let suffix = 0;
    for (let slot = depth - 1; slot >= 0; slot--) {
      suffix = Math.max(suffix, slopes[rankings[g * depth + slot] as number] as number);
      rankingSlope[g * depth + slot] = suffix;
    }
  }
  return { rankings, rankingInfo, rankingSlope };
}

function swap(items: Int32Array, infos: Float64Array, i: number, j: number): void {
  const item = items[i] as number;
  items[i] = items[j] as number;
  items[j] = item;
  const info = infos[i] as number;
  infos[i] = infos[j] as number;
  infos[j] = info;
}

function siftUp(items: Int32Array, infos: Float64Array, start: number): void {
  let i = start;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if ((infos[parent] as number) <= (infos[i] as number)) return;
    swap(items, infos, i, parent);
    i = parent;
  }
}

function siftDown(items: Int32Array, infos: Float64Array, size: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) return;
    const right = left + 1;
    const child = right < size && (infos[right] as number) < (infos[left] as number) ? right : left;
    if ((infos[i] as number) <= (infos[child] as number)) return;
    swap(items, infos, i, child);
    i = child;
  }
}
