import { describe, expect, it } from "vitest";
import {
  type BankItem,
  CertpathError,
  createRng,
  equicorrelated,
  itemInformation,
  normalDraw,
  prepareBank,
  probabilityCorrect,
  type Rng,
  recordResponse,
  type SessionOptions,
  type SessionState,
  selectNextItem,
  startSession,
} from "../index";

/** Seeded simulations: ~1 s alone, but give them room on a loaded CI machine. */
const SLOW = { timeout: 30_000 };

function simulatedBank(seed: number, size: number, skill = "s", subtopics = ["general"]): BankItem[] {
  const rng = createRng(seed);
  return Array.from({ length: size }, (_, i) => ({
    id: `${skill}-${i}`,
    skill,
    subtopic: subtopics[i % subtopics.length] as string,
    a: Math.exp(0.3 * normalDraw(rng)),
    b: normalDraw(rng),
    c: 0,
  }));
}

const oneSkill: SessionOptions = {
  skills: ["s"],
  correlations: { skills: ["s"], matrix: [[1]] },
  stop: { maxItems: 1000, targetSe: null, confidence: null, maxItemsPerSkill: 1000 },
  exposure: false,
  content: false,
};

/** Runs `steps` select/answer rounds with simulated answers; returns the asked skill ids in order. */
function simulate(
  state0: SessionState,
  items: BankItem[],
  theta: Record<string, number>,
  steps: number,
  rng: Rng,
) {
  const bank = prepareBank(items);
  let state = state0;
  const asked: BankItem[] = [];
  for (let step = 0; step < steps; step++) {
    const next = selectNextItem(state, bank, rng);
    if (next.item === null) break;
    asked.push(next.item);
    state = recordResponse(
      next.state,
      next.item.id,
      rng() < probabilityCorrect(theta[next.item.skill] ?? 0, next.item),
    );
  }
  return { state, asked };
}

describe.each([0, 0.2])("maximum-information selection (c = %s)", (c) => {
  it(
    "picks the most informative unanswered item at the estimate, also after its ranking runs out",
    SLOW,
    () => {
      const items = simulatedBank(3, 300).map((item) => ({ ...item, c }));
      const bank = prepareBank(items);
      const rng = createRng(4);
      let state = startSession(oneSkill);
      for (let step = 0; step < 160; step++) {
        const theta = state.posterior.mean[0] as number;
        const used = new Set(state.responses.map((r) => r.itemId));
        let best = -1;
        for (const item of items) if (!used.has(item.id)) best = Math.max(best, itemInformation(theta, item));
        const next = selectNextItem(state, bank, rng);
        expect(itemInformation(theta, next.item as BankItem)).toBeCloseTo(best, 12);
        state = recordResponse(next.state, (next.item as BankItem).id, rng() < 0.6);
      }
    },
  );
});

describe("goal-directed selection", () => {
  const skills = ["a", "b", "c", "d"];
  const items = skills.flatMap((skill, k) => simulatedBank(10 + k, 80, skill));
  const correlations = {
    skills,
    matrix: [
      [1, 0.5, 0.5, 0],
      [0.5, 1, 0.5, 0],
      [0.5, 0.5, 1, 0],
      [0, 0, 0, 1],
    ],
  };

  it("asks about the skills the target's domains load on", SLOW, () => {
    const target = {
      id: "exam",
      domains: [
        { id: "d1", weight: 60, skills: { a: 1 }, cut: 0.5 },
        { id: "d2", weight: 40, skills: { a: 1, b: 2 }, cut: 0 },
      ],
    };
    const rng = createRng(21);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0, d: 0 };
    for (let person = 0; person < 40; person++) {
      const theta = { a: normalDraw(rng), b: normalDraw(rng), c: normalDraw(rng), d: normalDraw(rng) };
      const state = startSession({
        skills,
        correlations,
        targets: [target],
        stop: { maxItems: 100, confidence: null },
      });
      for (const item of simulate(state, items, theta, 8, rng).asked)
        counts[item.skill] = (counts[item.skill] ?? 0) + 1;
    }
    const total = Object.values(counts).reduce((x, y) => x + y, 0);
    expect(((counts.a ?? 0) + (counts.b ?? 0)) / total).toBeGreaterThan(0.9);
    expect(counts.d).toBe(0); // uncorrelated with every target skill: no information about readiness
  });

  it("spreads over the whole profile without a target, skipping skills already precise enough", () => {
    const rng = createRng(22);
    const state = startSession({
      skills,
      correlations,
      selfRatings: { a: 2 },
      stop: { targetSe: 0.75, maxItems: 100 },
    });
    // a starts at SD 0.7 < 0.75: the profile criterion spends nothing on it at first
    const { asked } = simulate(state, items, { a: 0, b: 0, c: 0, d: 0 }, 3, rng);
    expect(asked.map((item) => item.skill)).not.toContain("a");
    expect(new Set(asked.map((item) => item.skill)).size).toBeGreaterThan(1);
  });
});

describe("content balancing", () => {
  const subtopics = ["s1", "s2", "s3", "s4"];
  // s1 items are far more informative: unbalanced selection would pick them first.
  const items = simulatedBank(5, 120, "s", subtopics).map((item) =>
    item.subtopic === "s1" ? { ...item, a: item.a * 2.5 } : item,
  );

  it("keeps every sub-topic within one item of its share", () => {
    const state = startSession({ ...oneSkill, content: { slack: 1 } });
    const { asked } = simulate(state, items, { s: 0.3 }, 8, createRng(6));
    for (let n = 1; n <= asked.length; n++) {
      for (const sub of subtopics) {
        const count = asked.slice(0, n).filter((item) => item.subtopic === sub).length;
        expect(count - n / 4).toBeLessThanOrEqual(1 + 1e-9);
      }
    }
  });

  it("honours explicit shares, and is what prevents one sub-topic from dominating", () => {
    const weighted = startSession({
      ...oneSkill,
      content: { slack: 1, shares: { s: { s1: 1, s2: 1, s3: 0, s4: 0 } } },
    });
    const asked = simulate(weighted, items, { s: 0.3 }, 8, createRng(6)).asked;
    expect(
      asked.filter((item) => item.subtopic === "s3" || item.subtopic === "s4").length,
    ).toBeLessThanOrEqual(2);
    const free = simulate(startSession(oneSkill), items, { s: 0.3 }, 8, createRng(6)).asked;
    expect(free.filter((item) => item.subtopic === "s1").length).toBeGreaterThanOrEqual(6);
  });
});

describe("exposure control", () => {
  const items = simulatedBank(20240601, 300);
  const bank = prepareBank(items);
  const firstItemRates = (options: SessionOptions) => {
    const rng = createRng(8);
    const counts = new Map<string, number>();
    for (let person = 0; person < 500; person++) {
      const id = (selectNextItem(startSession(options), bank, rng).item as BankItem).id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts.values()].map((count) => count / 500).sort((x, y) => y - x);
  };

  it("caps how often the most-shown first item appears (randomesque)", () => {
    const withControl = firstItemRates({ ...oneSkill, exposure: {} });
    expect(withControl[0]).toBeLessThan(0.35);
    expect(withControl.length).toBeGreaterThanOrEqual(4);
    expect(firstItemRates(oneSkill)).toEqual([1]); // without it, everyone starts on the same item
  });

  it("gives an item with Sympson–Hetter parameter k about a share k of the times it is picked", SLOW, () => {
    const best = items.reduce((x, y) => (itemInformation(0, y) > itemInformation(0, x) ? y : x));
    const limited = prepareBank(
      items.map((item) => (item.id === best.id ? { ...item, exposure: 0.2 } : item)),
    );
    const rng = createRng(9);
    let shown = 0;
    for (let person = 0; person < 1000; person++) {
      if (selectNextItem(startSession(oneSkill), limited, rng).item?.id === best.id) shown++;
    }
    expect(shown / 1000).toBeGreaterThan(0.15);
    expect(shown / 1000).toBeLessThan(0.25);
  });
});

describe("pending item", () => {
  const bank = prepareBank(simulatedBank(1, 30));

  it("is returned again until answered, and only it can be answered", () => {
    const rng = createRng(2);
    const first = selectNextItem(startSession(oneSkill), bank, rng);
    const again = selectNextItem(first.state, bank, rng);
    expect(again.item?.id).toBe(first.item?.id);
    expect(() => recordResponse(first.state, "s-999", true)).toThrow(CertpathError);
    expect(() => recordResponse(startSession(oneSkill), "s-1", true)).toThrow(
      /not the session's pending item/,
    );
  });

  it("runs out cleanly when the bank is exhausted", () => {
    const rng = createRng(3);
    const { state, asked } = simulate(startSession(oneSkill), simulatedBank(1, 30), { s: 0 }, 40, rng);
    expect(asked).toHaveLength(30);
    expect(selectNextItem(state, bank, rng).item).toBeNull();
  });
});

describe("selection across correlated skills", () => {
  it("never asks more than the per-skill cap", () => {
    const skills = ["x", "y"];
    const items = [...simulatedBank(30, 50, "x"), ...simulatedBank(31, 50, "y")];
    const state = startSession({
      skills,
      correlations: equicorrelated(skills, 0.5),
      stop: { maxItemsPerSkill: 3, maxItems: 100, targetSe: 0.01 },
      exposure: false,
    });
    const { asked } = simulate(state, items, { x: 1, y: -1 }, 20, createRng(5));
    expect(asked).toHaveLength(6);
  });
});
