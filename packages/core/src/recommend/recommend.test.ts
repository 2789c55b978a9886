import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MINI_MARKET, MINI_TODAY, miniCatalog } from "../../test/personas/mini-catalog";
import { profileArbitrary } from "../../test/personas/profile-arbitrary";
import { isBookable } from "../catalog/certification";
import type { Profile } from "../profile/profile";
import { CertpathError } from "../shared/errors";
import { FACTOR_NAMES } from "./factor";
import { type RecommendationInput, recommend } from "./recommend";
import { DEFAULT_WEIGHTS } from "./weights";

const catalog = miniCatalog();
const run = (profile: Profile, extra: Partial<RecommendationInput> = {}) =>
  recommend({ profile, certifications: catalog, market: MINI_MARKET, today: MINI_TODAY, ...extra });

const weightsArbitrary = fc.record(
  {
    readiness: fc.double({ min: 0, max: 1, noNaN: true }),
    environment: fc.double({ min: 0, max: 5, noNaN: true }),
    goal: fc.double({ min: 0, max: 5, noNaN: true }),
    cost: fc.double({ min: 0, max: 5, noNaN: true }),
  },
  { requiredKeys: [] },
);

const awsEngineer: Profile = {
  experienceYears: 4,
  currentRole: "ml-engineer",
  clouds: [{ platform: "aws", years: 3 }],
  focus: "mlops",
  skills: { python: 3, "classical-ml": 3, "data-engineering": 3, "cloud-aws": 3, mlops: 3 },
};

describe("recommend: rules", () => {
  it("never ranks a retired or closed program, whatever the profile and weights", () => {
    const bookable = new Set(catalog.filter(isBookable).map((c) => c.id));
    fc.assert(
      fc.property(profileArbitrary, weightsArbitrary, (profile, weights) => {
        const result = run(profile, { weights, consider: ["aws-ml-specialty"] });
        expect(result.recommendations.every((r) => bookable.has(r.id))).toBe(true);
        expect(result.recommendations).toHaveLength(bookable.size);
        expect(result.excluded.every((e) => !bookable.has(e.id))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("explains every factor of every recommendation, with values and weights in range", () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        for (const r of run(profile).recommendations) {
          expect(r.factors.map((f) => f.name)).toEqual([...FACTOR_NAMES]);
          for (const f of r.factors) {
            expect(f.explanation.trim().length).toBeGreaterThan(10);
            expect(f.value).toBeGreaterThanOrEqual(0);
            expect(f.value).toBeLessThanOrEqual(1);
            expect(f.weight).toBeGreaterThanOrEqual(0);
          }
          const fitWeight = r.factors.filter((f) => f.name !== "readiness").reduce((s, f) => s + f.weight, 0);
          expect([0, 1].some((w) => Math.abs(fitWeight - w) < 0.01)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("is deterministic: the same input gives the same answer", () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        expect(run(profile)).toEqual(run(structuredClone(profile)));
      }),
      { numRuns: 30 },
    );
  });

  it("ranks best first, and the score is fit × (1 − w_r + w_r × readiness)", () => {
    const { recommendations } = run(awsEngineer);
    expect(recommendations[0]?.id).toBe("aws-ml-associate");
    const scores = recommendations.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const r of recommendations) {
      const fit = r.factors.filter((f) => f.name !== "readiness").reduce((s, f) => s + f.weight * f.value, 0);
      const readiness = r.factors.find((f) => f.name === "readiness");
      const multiplier = 1 - DEFAULT_WEIGHTS.readiness + DEFAULT_WEIGHTS.readiness * (readiness?.value ?? 0);
      expect(r.score).toBeCloseTo(fit * multiplier, 2);
    }
  });
});

describe("recommend: excluded programs", () => {
  it("explains a retired exam the person asks about, naming its successor", () => {
    const { excluded } = run(awsEngineer, { consider: ["aws-ml-specialty"] });
    const specialty = excluded.find((e) => e.id === "aws-ml-specialty");
    expect(specialty?.status).toBe("retired");
    expect(specialty?.successors).toEqual([{ id: "aws-ml-associate", name: "AWS ML Associate" }]);
    expect(specialty?.reason).toContain("Retired on 2026-03-31");
    expect(specialty?.reason).toContain("AWS ML Associate ranks #1 for you");
  });

  it("lists a retired exam unasked when it would fit best, and only then", () => {
    // Without its successor in the catalog, the retired AWS specialty would be this person's #1.
    const withoutSuccessor = catalog.filter((c) => c.id !== "aws-ml-associate");
    const result = recommend({
      profile: awsEngineer,
      certifications: withoutSuccessor,
      market: MINI_MARKET,
      today: MINI_TODAY,
    });
    expect(result.excluded.map((e) => e.id)).toEqual(["aws-ml-specialty"]);
    expect(result.excluded[0]?.reason).toContain("It would otherwise rank #1 for you");
    // With its successor present, the successor wins and the retired exam is not listed unasked.
    expect(run(awsEngineer).excluded).toEqual([]);
  });

  it("points a closed program with no successor at the closest live option", () => {
    const { excluded } = run({ focus: "deep-learning" }, { consider: ["framework-developer"] });
    const closed = excluded.find((e) => e.id === "framework-developer");
    expect(closed?.successors).toEqual([]);
    expect(closed?.reason).toContain("Program closed");
    expect(closed?.reason).toContain("No successor was announced");
  });

  it("rejects an unknown id with a suggestion", () => {
    expect(() => run({}, { consider: ["aws-ml-specialy"] })).toThrowError(/Did you mean "aws-ml-specialty"/);
    try {
      run({}, { consider: ["nope"] });
    } catch (error) {
      expect((error as CertpathError).code).toBe("NOT_FOUND");
    }
  });
});

describe("recommend: foundations first", () => {
  it("lists Python first when it is far below what every candidate exam needs", () => {
    const result = run({ targetRole: "ml-engineer", skills: { python: 0, statistics: 2 } });
    expect(result.foundations.map((f) => f.skill)).toEqual(["python"]);
    const python = result.foundations[0];
    expect(python?.current).toBe(0);
    expect(python?.needed).toBe(2);
    expect(python?.why).toMatch(/build it before any of them/);
    const technical = result.recommendations.find((r) => r.id === "aws-ml-associate");
    expect(technical?.cautions.join(" ")).toContain("Foundations first: build Python");
  });

  it("says nothing without evidence, or when the foundations are close enough", () => {
    expect(run({ targetRole: "ml-engineer" }).foundations).toEqual([]);
    expect(run({ targetRole: "ml-engineer", skills: { python: 2 } }).foundations).toEqual([]);
  });
});

describe("recommend: options", () => {
  it("keeps the top N, plus any id the person asked about", () => {
    const result = run(awsEngineer, { limit: 1, consider: ["databricks-ml"] });
    expect(result.recommendations.map((r) => r.id)).toEqual(["aws-ml-associate", "databricks-ml"]);
  });

  it("rejects a bad weight, naming it", () => {
    expect(() => run({}, { weights: { colour: 1 } })).toThrowError(/weights\.colour/);
    expect(() => run({}, { weights: { readiness: 2 } })).toThrowError(/weights\.readiness/);
    expect(() => run({}, { weights: { goal: -1 } })).toThrowError(/weights\.goal/);
    expect(() =>
      run(
        {},
        { weights: { environment: 0, market: 0, goal: 0, experience: 0, time: 0, cost: 0, format: 0 } },
      ),
    ).toThrowError(CertpathError);
  });

  it("lets weights change the ranking: cost alone puts the cheapest first", () => {
    const zero = {
      readiness: 0,
      environment: 0,
      market: 0,
      goal: 0,
      experience: 0,
      time: 0,
      format: 0,
      cost: 1,
    };
    const top = run({ budgetUsd: 100 }, { weights: zero }).recommendations[0];
    expect(top?.id).toBe("azure-ai-fundamentals");
  });
});
