/**
 * The closed-form pass distribution (readiness.ts, passDistribution) against the model it
 * approximates, computed the slow way: plain Monte Carlo over correlated skill draws. Also its
 * monotonicity on fine steps, unrounded.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validCertification } from "../../test/fixtures/certification";
import type { Certification, CertificationLevel } from "../catalog/certification";
import { createRng, normalDraw } from "../shared/rng";
import type { SkillEstimate } from "../skills/skill-estimate";
import type { SkillId } from "../skills/skill-ids";
import { SELF_RATING_CORRELATION, type SkillEvidence } from "./evidence";
import { normalCdf, normalQuantile } from "./normal";
import {
  CUT_BY_LEVEL,
  domainShares,
  EXAM_DAY_NOISE,
  PASS_MARK,
  passDistribution,
  SCORE_SLOPE_KAPPA,
} from "./readiness";

const SKILLS: SkillId[] = [
  "python",
  "statistics",
  "classical-ml",
  "deep-learning",
  "data-engineering",
  "mlops",
  "cloud-aws",
];

/** Five domains sharing skills unevenly, like the real blueprints. */
function fiveDomainExam(level: CertificationLevel): Certification {
  const base = validCertification({ level });
  return {
    ...base,
    blueprint: {
      ...base.blueprint,
      domains: [
        {
          id: "d1",
          name: "Data",
          weight: { min: 20, max: 30 },
          skills: { "data-engineering": 70, python: 30 },
        },
        {
          id: "d2",
          name: "Model",
          weight: { min: 25, max: 35 },
          skills: { "classical-ml": 60, statistics: 40 },
        },
        { id: "d3", name: "Deep", weight: { min: 10, max: 20 }, skills: { "deep-learning": 80, python: 20 } },
        { id: "d4", name: "Ops", weight: { min: 15, max: 25 }, skills: { mlops: 60, "cloud-aws": 40 } },
        { id: "d5", name: "Platform", weight: { min: 5, max: 15 }, skills: { "cloud-aws": 100 } },
      ],
    },
  };
}

/** Formulas 3–5 of readiness.ts by brute force: n correlated draws of every skill. */
function monteCarlo(certification: Certification, evidence: SkillEvidence, n: number, seed: number) {
  const rng = createRng(seed);
  const cut = CUT_BY_LEVEL[certification.level];
  const shares = domainShares(certification);
  const questions = certification.format.questions?.min ?? 50;
  const zPass = normalQuantile(PASS_MARK);
  const slope = Math.exp(-0.5 * zPass * zPass) / Math.sqrt(2 * Math.PI) / SCORE_SLOPE_KAPPA;
  const sigma = Math.sqrt((PASS_MARK * (1 - PASS_MARK)) / questions + (slope * EXAM_DAY_NOISE) ** 2);
  const passes: number[] = [];
  for (let k = 0; k < n; k++) {
    const shared = normalDraw(rng);
    const theta = new Map<SkillId, number>();
    for (const skill of SKILLS) {
      const e = evidence.get(skill) as SkillEstimate;
      const own = normalDraw(rng);
      const noise =
        e.source === "self-rating"
          ? Math.sqrt(SELF_RATING_CORRELATION) * shared + Math.sqrt(1 - SELF_RATING_CORRELATION) * own
          : own;
      theta.set(skill, e.theta + e.se * noise);
    }
    let score = 0;
    certification.blueprint.domains.forEach((domain, index) => {
      const entries = Object.entries(domain.skills) as Array<[SkillId, number]>;
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      const ability = entries.reduce((sum, [s, w]) => sum + (w / total) * (theta.get(s) as number), 0);
      score += (shares[index] as number) * normalCdf(zPass + (ability - cut) / SCORE_SLOPE_KAPPA);
    });
    passes.push(normalCdf((score - PASS_MARK) / sigma));
  }
  passes.sort((a, b) => a - b);
  const at = (q: number) => passes[Math.round((n - 1) * q)] as number;
  return { mean: passes.reduce((a, b) => a + b, 0) / n, low: at(0.1), high: at(0.9) };
}

const estimateArbitrary = fc.record({
  theta: fc.double({ min: -2.5, max: 2.5, noNaN: true }),
  se: fc.double({ min: 0.2, max: 0.9, noNaN: true }),
  source: fc.constantFrom("self-rating" as const, "diagnostic" as const),
});
const evidenceArbitrary = fc
  .tuple(...SKILLS.map(() => estimateArbitrary))
  .map((estimates) => new Map(SKILLS.map((s, i) => [s, estimates[i] as SkillEstimate])) as SkillEvidence);
const levelArbitrary = fc.constantFrom<CertificationLevel>("foundational", "associate", "professional");

describe("pass distribution in closed form", () => {
  it("agrees with 20,000 Monte Carlo draws of the same model (mean within 0.02, 10th/90th within 0.05)", () => {
    fc.assert(
      fc.property(evidenceArbitrary, levelArbitrary, (evidence, level) => {
        const exam = fiveDomainExam(level);
        const fast = passDistribution(exam, evidence);
        const slow = monteCarlo(exam, evidence, 20_000, 7);
        expect(Math.abs(fast.mean - slow.mean)).toBeLessThan(0.02);
        expect(Math.abs(fast.low - slow.low)).toBeLessThan(0.05);
        expect(Math.abs(fast.high - slow.high)).toBeLessThan(0.05);
        expect(fast.low).toBeLessThanOrEqual(fast.high);
      }),
      { numRuns: 40 },
    );
  });

  it("never lowers mean, 10th or 90th percentile as one skill rises in steps of 0.05 (unrounded, to 1e-12)", () => {
    fc.assert(
      fc.property(evidenceArbitrary, fc.constantFrom(...SKILLS), levelArbitrary, (evidence, skill, level) => {
        const exam = fiveDomainExam(level);
        const base = evidence.get(skill) as SkillEstimate;
        let previous = { mean: 0, low: 0, high: 0 };
        for (let theta = -4; theta <= 4; theta += 0.05) {
          const moved = new Map(evidence).set(skill, { ...base, theta });
          const current = passDistribution(exam, moved);
          expect(current.mean).toBeGreaterThanOrEqual(previous.mean - 1e-12);
          expect(current.low).toBeGreaterThanOrEqual(previous.low - 1e-12);
          expect(current.high).toBeGreaterThanOrEqual(previous.high - 1e-12);
          previous = current;
        }
      }),
      { numRuns: 60 },
    );
  });

  it("has no spread when every skill is known exactly, and a wider one as estimates get vaguer", () => {
    const exam = fiveDomainExam("associate");
    const at = (se: number) =>
      passDistribution(
        exam,
        new Map(SKILLS.map((s) => [s, { theta: 0.6, se, source: "diagnostic" as const }])),
      );
    const sharp = at(1e-9);
    expect(sharp.high - sharp.low).toBeLessThan(1e-6);
    expect(at(0.3).high - at(0.3).low).toBeLessThan(at(0.8).high - at(0.8).low);
  });
});
