import { describe, expect, it } from "vitest";
import {
  createRng,
  estimateAbility,
  itemInformation,
  normalDraw,
  probabilityCorrect,
  type ScoredResponse,
} from "../index";

/** Seeded simulations: ~1 s alone, but give them room on a loaded CI machine. */
const SLOW = { timeout: 30_000 };

/** Independent reference: Simpson's rule on 4,001 points over [−10, 10], no shared code. */
function simpsonPosterior(responses: readonly ScoredResponse[], mean = 0, sd = 1) {
  const n = 4000;
  const h = 20 / n;
  let z = 0;
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i <= n; i++) {
    const t = -10 + i * h;
    let density = Math.exp(-0.5 * ((t - mean) / sd) ** 2);
    for (const r of responses) {
      const p = r.c + (1 - r.c) / (1 + Math.exp(-r.a * (t - r.b)));
      density *= r.correct ? p : 1 - p;
    }
    const w = (i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2) * density;
    z += w;
    m1 += w * t;
    m2 += w * t * t;
  }
  const m = m1 / z;
  return { theta: m, se: Math.sqrt(m2 / z - m * m) };
}

describe("EAP", () => {
  it("after one correct answer to a = 1, b = 0 equals 2·E[σ'(Z)] ≈ 0.4133 (hand derivation)", () => {
    // E[θ | x = 1] = ∫θφσ / ∫φσ; ∫φσ = 1/2 by symmetry and ∫θφσ = ∫φσ' (parts), so EAP = 2·E[σ(Z)(1 − σ(Z))].
    const reference = simpsonPosterior([{ a: 1, b: 0, c: 0, correct: true }]);
    const estimate = estimateAbility([{ a: 1, b: 0, c: 0, correct: true }]);
    expect(estimate.theta).toBeCloseTo(0.4132, 3);
    expect(estimate.theta).toBeCloseTo(reference.theta, 7);
    expect(estimate.se).toBeCloseTo(reference.se, 7);
  });

  it("matches independent quadrature on a small mixed 2PL/3PL bank", () => {
    const responses: ScoredResponse[] = [
      { a: 1.2, b: -0.5, c: 0, correct: true },
      { a: 0.8, b: 0.3, c: 0.25, correct: false },
      { a: 1.9, b: 0.9, c: 0, correct: true },
      { a: 1.1, b: 1.6, c: 0.2, correct: false },
    ];
    for (const prior of [
      { mean: 0, sd: 1 },
      { mean: 0.8, sd: 0.7 },
    ]) {
      const reference = simpsonPosterior(responses, prior.mean, prior.sd);
      const estimate = estimateAbility(responses, "eap", prior);
      expect(estimate.theta).toBeCloseTo(reference.theta, 7);
      expect(estimate.se).toBeCloseTo(reference.se, 7);
    }
  });

  it("stays finite and shrinks towards the prior for all-correct patterns", () => {
    const responses = [0, 1, 2].map((b) => ({ a: 1, b, c: 0, correct: true }));
    const estimate = estimateAbility(responses);
    expect(estimate.theta).toBeGreaterThan(1);
    expect(estimate.theta).toBeLessThan(3);
    expect(estimate.se).toBeLessThan(1);
  });

  it("keeps precision when the likelihood is far sharper than the prior", () => {
    const responses: ScoredResponse[] = [];
    for (let i = 0; i < 400; i++)
      responses.push({ a: 2.5, b: 0.3 + ((i % 21) - 10) * 0.01, c: 0, correct: i % 2 === 0 });
    const reference = simpsonPosterior(responses, 0, 3);
    const estimate = estimateAbility(responses, "eap", { mean: 0, sd: 3 });
    expect(estimate.theta).toBeCloseTo(reference.theta, 5);
    expect(estimate.se / reference.se).toBeCloseTo(1, 3);
  });
});

describe("MAP", () => {
  it("sits where the posterior's slope is zero and reports SE = (ΣI + 1/σ²)^−½", () => {
    const responses: ScoredResponse[] = [
      { a: 1.2, b: -0.5, c: 0, correct: true },
      { a: 0.8, b: 0.3, c: 0.2, correct: false },
      { a: 1.9, b: 0.9, c: 0, correct: true },
    ];
    const map = estimateAbility(responses, "map");
    const logPost = (t: number) =>
      -0.5 * t * t +
      responses.reduce(
        (sum, r) => sum + Math.log(r.correct ? probabilityCorrect(t, r) : 1 - probabilityCorrect(t, r)),
        0,
      );
    const h = 1e-5;
    expect((logPost(map.theta + h) - logPost(map.theta - h)) / (2 * h)).toBeCloseTo(0, 6);
    const information = responses.reduce((sum, r) => sum + itemInformation(map.theta, r), 1);
    expect(map.se).toBeCloseTo(1 / Math.sqrt(information), 8);
  });
});

describe.each(["eap", "map"] as const)("%s in simulation (seeded)", (estimator) => {
  it("is nearly unbiased and reports SEs within 10% of the actual error", SLOW, () => {
    const rng = createRng(11);
    const bank = Array.from({ length: 25 }, () => ({
      a: Math.exp(0.3 * normalDraw(rng)),
      b: normalDraw(rng),
      c: 0,
    }));
    let bias = 0;
    let squared = 0;
    let reported = 0;
    const people = 800;
    for (let p = 0; p < people; p++) {
      const theta = normalDraw(rng);
      const responses = bank.map((item) => ({ ...item, correct: rng() < probabilityCorrect(theta, item) }));
      const estimate = estimateAbility(responses, estimator);
      bias += estimate.theta - theta;
      squared += (estimate.theta - theta) ** 2;
      reported += estimate.se ** 2;
    }
    expect(Math.abs(bias / people)).toBeLessThan(0.03);
    const ratio = Math.sqrt(squared / people) / Math.sqrt(reported / people);
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
  });
});
