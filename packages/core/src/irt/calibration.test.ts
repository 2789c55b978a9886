import { describe, expect, it } from "vitest";
import {
  type BankItem,
  CertpathError,
  calibrate,
  createRng,
  estimateAbility,
  normalDraw,
  type ResponseRecord,
  type Rng,
  simulateResponse,
} from "../index";

/** Seeded simulations: ~1 s alone, but give them room on a loaded CI machine. */
const SLOW = { timeout: 30_000 };

function correlation(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += ((x[i] as number) - mx) * ((y[i] as number) - my);
    sxx += ((x[i] as number) - mx) ** 2;
    syy += ((y[i] as number) - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** True 2PL items plus the provisional version the engine would start from (a = 1, b by tier). */
function itemsFor(skill: string, count: number, rng: Rng) {
  const truth: BankItem[] = Array.from({ length: count }, (_, i) => ({
    id: `${skill}-${i}`,
    skill,
    subtopic: "general",
    a: Math.exp(0.3 * normalDraw(rng)),
    b: normalDraw(rng),
    c: 0,
  }));
  const provisional = truth.map((item) => ({ ...item, a: 1, b: item.b < -0.5 ? -1 : item.b > 0.5 ? 1 : 0 }));
  return { truth, provisional };
}

describe("calibrate: item parameters", () => {
  it("recovers difficulties from a few thousand responses (250 people × 20 items)", SLOW, () => {
    const rng = createRng(101);
    const { truth, provisional } = itemsFor("s", 20, rng);
    const responses: ResponseRecord[] = [];
    for (let p = 0; p < 250; p++) {
      const theta = normalDraw(rng);
      for (const item of truth)
        responses.push({ personId: `p${p}`, itemId: item.id, correct: simulateResponse(theta, item, rng) });
    }
    const result = calibrate(provisional, responses);
    expect(result.converged).toBe(true);
    expect(
      correlation(
        result.items.map((item) => item.b),
        truth.map((item) => item.b),
      ),
    ).toBeGreaterThan(0.95);
    expect(
      correlation(
        result.items.map((item) => item.a),
        truth.map((item) => item.a),
      ),
    ).toBeGreaterThan(0.5);
    expect(result.items.every((item) => !item.provisional && (item.seB ?? 0) > 0)).toBe(true);
    const meanSeB = result.items.reduce((sum, item) => sum + (item.seB ?? 0), 0) / result.items.length;
    expect(meanSeB).toBeLessThan(0.35);
  });

  it("handles incomplete designs: each person answers 15 of 40 items (4,500 responses)", SLOW, () => {
    const rng = createRng(101);
    const { truth, provisional } = itemsFor("s", 40, rng);
    const responses: ResponseRecord[] = [];
    for (let p = 0; p < 300; p++) {
      const theta = normalDraw(rng);
      const order = truth.map((item) => ({ item, key: rng() })).sort((x, y) => x.key - y.key);
      for (const { item } of order.slice(0, 15)) {
        responses.push({ personId: `p${p}`, itemId: item.id, correct: simulateResponse(theta, item, rng) });
      }
    }
    const result = calibrate(provisional, responses);
    // ~112 responses per item: b is known to about ±0.35 here, hence the lower bar.
    expect(
      correlation(
        result.items.map((item) => item.b),
        truth.map((item) => item.b),
      ),
    ).toBeGreaterThan(0.9);
  });

  it("recovers discriminations well with a complete design (12,000 responses)", SLOW, () => {
    const rng = createRng(102);
    const { truth, provisional } = itemsFor("s", 30, rng);
    const responses: ResponseRecord[] = [];
    for (let p = 0; p < 400; p++) {
      const theta = normalDraw(rng);
      for (const item of truth)
        responses.push({ personId: `p${p}`, itemId: item.id, correct: simulateResponse(theta, item, rng) });
    }
    const result = calibrate(provisional, responses);
    expect(
      correlation(
        result.items.map((item) => item.b),
        truth.map((item) => item.b),
      ),
    ).toBeGreaterThan(0.98);
    expect(
      correlation(
        result.items.map((item) => item.a),
        truth.map((item) => item.a),
      ),
    ).toBeGreaterThan(0.75);
  });

  it("keeps items with too few responses provisional and unchanged", () => {
    const items: BankItem[] = [
      { id: "x", skill: "s", subtopic: "g", a: 1, b: 0, c: 0 },
      { id: "y", skill: "s", subtopic: "g", a: 1, b: 1, c: 0.25 },
    ];
    const responses = Array.from({ length: 40 }, (_, i) => ({
      personId: `p${i}`,
      itemId: "x",
      correct: i % 3 > 0,
    }));
    responses.push({ personId: "p0", itemId: "y", correct: true });
    const result = calibrate(items, responses);
    expect(result.items[1]).toMatchObject({ id: "y", a: 1, b: 1, c: 0.25, provisional: true, responses: 1 });
    expect(result.items[0]?.provisional).toBe(false);
    expect(result.items[0]?.b).toBeLessThan(0); // two thirds correct: easier than average
    expect(() => calibrate(items, [{ personId: "p", itemId: "nope", correct: true }])).toThrow(CertpathError);
  });
});

describe("calibrate: skill correlations", () => {
  it("re-estimates the correlation matrix without the attenuation of short tests", SLOW, () => {
    const rng = createRng(103);
    const skills = ["u", "v", "w"];
    const truth = [
      [1, 0.7, 0.4],
      [0.7, 1, 0.5],
      [0.4, 0.5, 1],
    ];
    // Cholesky factor of `truth`
    const l21 = Math.sqrt(1 - 0.49);
    const l31 = 0.4;
    const l32 = (0.5 - 0.4 * 0.7) / l21;
    const factor = [
      [1, 0, 0],
      [0.7, l21, 0],
      [l31, l32, Math.sqrt(1 - l31 * l31 - l32 * l32)],
    ];
    const banks = skills.map((skill) => itemsFor(skill, 12, rng).truth);
    const responses: ResponseRecord[] = [];
    const eap: number[][] = [[], [], []];
    for (let p = 0; p < 1000; p++) {
      const z = [normalDraw(rng), normalDraw(rng), normalDraw(rng)];
      const theta = factor.map((row) => row.reduce((s, v, j) => s + v * (z[j] as number), 0));
      banks.forEach((bank, k) => {
        const scored = bank.map((item) => ({
          ...item,
          correct: simulateResponse(theta[k] as number, item, rng),
        }));
        for (const item of scored)
          responses.push({ personId: `p${p}`, itemId: item.id, correct: item.correct });
        eap[k]?.push(estimateAbility(scored).theta);
      });
    }
    const result = calibrate(banks.flat(), responses);
    expect(result.correlations.skills).toEqual(skills);
    let ours = 0;
    let naive = 0;
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        const error = Math.abs((result.correlations.matrix[i]?.[j] as number) - (truth[i]?.[j] as number));
        expect(error).toBeLessThan(0.08);
        ours += error;
        naive += Math.abs(correlation(eap[i] as number[], eap[j] as number[]) - (truth[i]?.[j] as number));
      }
    }
    // Correlating 12-item EAP scores shrinks every correlation by the tests' reliability.
    expect(ours).toBeLessThan(naive / 2);
  });
});
