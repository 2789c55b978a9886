import { describe, expect, it } from "vitest";
import {
  type BankItem,
  createRng,
  equicorrelated,
  type ItemBank,
  normalDraw,
  prepareBank,
  type Rng,
  recordResponse,
  type SessionOptions,
  type SessionState,
  selectNextItem,
  shouldStop,
  simulateResponse,
  startSession,
  summarize,
} from "../index";

/** Seeded simulations: ~1 s alone, but give them room on a loaded CI machine. */
const SLOW = { timeout: 30_000 };

function simulatedBank(seed: number, size: number, skill = "s"): BankItem[] {
  const rng = createRng(seed);
  return Array.from({ length: size }, (_, i) => ({
    id: `${skill}-${i}`,
    skill,
    subtopic: "general",
    a: Math.exp(0.3 * normalDraw(rng)),
    b: normalDraw(rng),
    c: 0,
  }));
}

/** Runs a session to its stop rule (or the bank's end) with answers simulated from `theta`. */
function runSession(
  state0: SessionState,
  bank: ItemBank,
  theta: Record<string, number>,
  rng: Rng,
): SessionState {
  let state = state0;
  while (!shouldStop(state).stop) {
    const next = selectNextItem(state, bank, rng);
    if (next.item === null) break;
    state = recordResponse(
      next.state,
      next.item.id,
      simulateResponse(theta[next.item.skill] ?? 0, next.item, rng),
    );
  }
  return state;
}

const oneSkill = (stop: SessionOptions["stop"]): SessionOptions => ({
  skills: ["s"],
  correlations: { skills: ["s"], matrix: [[1]] },
  stop: { minItems: 0, confidence: null, ...stop },
});

describe("session state", () => {
  const bank = prepareBank(simulatedBank(1, 200));

  it("survives a JSON round trip: any server can continue it with the same result", () => {
    let direct = startSession(oneSkill({ targetSe: 0.3 }));
    let stored = JSON.parse(JSON.stringify(direct)) as SessionState;
    const rngA = createRng(5);
    const rngB = createRng(5);
    for (let step = 0; step < 12; step++) {
      const a = selectNextItem(direct, bank, rngA);
      const b = selectNextItem(JSON.parse(JSON.stringify(stored)) as SessionState, bank, rngB);
      expect(b.item?.id).toBe(a.item?.id);
      const correct = step % 3 !== 0;
      direct = recordResponse(a.state, a.item?.id as string, correct);
      stored = JSON.parse(
        JSON.stringify(recordResponse(b.state, b.item?.id as string, correct)),
      ) as SessionState;
    }
    expect(stored).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(summarize(stored)).toEqual(summarize(direct));
  });

  it("can be summarised at any time, with intervals, even before the first answer", () => {
    const summary = summarize(startSession(oneSkill({})));
    expect(summary.answered).toBe(0);
    const [skill] = summary.skills;
    expect(skill?.theta).toBe(0);
    expect(skill?.se).toBe(1);
    expect(skill?.interval.high).toBeCloseTo(1.6448536269514722, 10);
    expect(summarize(startSession(oneSkill({})), 0.95).skills[0]?.interval.low).toBeCloseTo(
      -1.959963984540054,
      10,
    );
  });

  it("keeps the parameters each answer was scored with", () => {
    const next = selectNextItem(startSession(oneSkill({})), bank, createRng(1));
    const answered = recordResponse(next.state, next.item?.id as string, true);
    expect(answered.responses[0]).toMatchObject({
      itemId: next.item?.id,
      a: next.item?.a,
      b: next.item?.b,
      correct: true,
    });
    expect(answered.pending).toBeNull();
  });
});

describe("stopping", () => {
  const bank = prepareBank(simulatedBank(2, 300));

  it("stops at the maximum length", () => {
    const state = runSession(
      startSession(oneSkill({ maxItems: 7, targetSe: 0.01 })),
      bank,
      { s: 0 },
      createRng(1),
    );
    expect(state.responses).toHaveLength(7);
    expect(shouldStop(state)).toEqual({ stop: true, reason: "max-items" });
  });

  it("stops when the precision target is reached, not before the minimum", () => {
    const state = runSession(
      startSession(oneSkill({ targetSe: 0.5, minItems: 6 })),
      bank,
      { s: 0.2 },
      createRng(2),
    );
    expect(state.responses.length).toBeGreaterThanOrEqual(6);
    expect(shouldStop(state).reason).toBe("precision");
    expect(summarize(state).skills[0]?.se).toBeLessThanOrEqual(0.5);
  });

  it("stops when every readiness domain is decided", () => {
    const target = { id: "t", domains: [{ id: "d", weight: 1, skills: { s: 1 }, cut: 0.5 }] };
    const state = runSession(
      startSession({ ...oneSkill({ targetSe: null, confidence: 0.95 }), targets: [target] }),
      bank,
      { s: 2.5 },
      createRng(3),
    );
    const summary = summarize(state);
    expect(summary.stop.reason).toBe("decision");
    expect(summary.readiness[0]?.domains[0]?.decision).toBe("ready");
    expect(state.responses.length).toBeLessThan(15);
  });
});

describe("measurement quality in simulation (seeded)", () => {
  it("one skill to SE 0.3: nearly unbiased, reported SE within 10% of the actual error", SLOW, () => {
    const bank = prepareBank(simulatedBank(20240601, 300));
    const rng = createRng(77);
    let bias = 0;
    let squared = 0;
    let reported = 0;
    let items = 0;
    const people = 300;
    for (let p = 0; p < people; p++) {
      const theta = normalDraw(rng);
      const state = runSession(
        startSession(oneSkill({ targetSe: 0.3, maxItems: 40 })),
        bank,
        { s: theta },
        rng,
      );
      const estimate = summarize(state).skills[0];
      bias += (estimate?.theta ?? 0) - theta;
      squared += ((estimate?.theta ?? 0) - theta) ** 2;
      reported += estimate?.se ?? 0;
      items += state.responses.length;
    }
    expect(Math.abs(bias / people)).toBeLessThan(0.05);
    const ratio = Math.sqrt(squared / people) / (reported / people);
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
    expect(items / people).toBeLessThan(26); // ~21–24 on a bank like this (see bench/cat)
  });

  it("correlated skills: honest SEs, and fewer items than separate tests", SLOW, () => {
    const skills = ["w", "x", "y", "z"];
    const r = 0.7;
    const bank = prepareBank(skills.flatMap((skill, k) => simulatedBank(40 + k, 150, skill)));
    const rng = createRng(78);
    let squared = 0;
    let reported = 0;
    let joint = 0;
    let separate = 0;
    const people = 80;
    for (let p = 0; p < people; p++) {
      const common = normalDraw(rng);
      const theta = Object.fromEntries(
        skills.map((s) => [s, Math.sqrt(r) * common + Math.sqrt(1 - r) * normalDraw(rng)]),
      );
      const stop = { targetSe: 0.4, maxItems: 160, maxItemsPerSkill: 40, minItems: 0, confidence: null };
      const state = runSession(
        startSession({ skills, correlations: equicorrelated(skills, r), stop }),
        bank,
        theta,
        rng,
      );
      joint += state.responses.length;
      for (const result of summarize(state).skills) {
        squared += (result.theta - (theta[result.skill] as number)) ** 2;
        reported += result.se;
      }
      for (const skill of skills) {
        const alone = startSession({
          skills: [skill],
          correlations: { skills: [skill], matrix: [[1]] },
          stop,
        });
        separate += runSession(alone, bank, theta, rng).responses.length;
      }
    }
    const ratio = Math.sqrt(squared / (people * 4)) / (reported / (people * 4));
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
    expect(joint / separate).toBeLessThan(0.8);
  });
});
