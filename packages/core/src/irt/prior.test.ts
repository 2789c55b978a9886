import { describe, expect, it } from "vitest";
import { CertpathError, DEFAULT_SKILL_CORRELATIONS, equicorrelated, SKILL_IDS, startSession } from "../index";
import { isPositiveDefinite } from "./linear-algebra";
import { buildPrior } from "./prior";
import { correlationMatrixFor } from "./skill-correlations";

describe("default skill correlations", () => {
  it("cover every taxonomy skill and form a valid correlation matrix", () => {
    expect(DEFAULT_SKILL_CORRELATIONS.skills).toEqual([...SKILL_IDS]);
    const n = SKILL_IDS.length;
    const matrix = correlationMatrixFor(DEFAULT_SKILL_CORRELATIONS, SKILL_IDS);
    expect(isPositiveDefinite(matrix, n)).toBe(true);
    for (let i = 0; i < n; i++) {
      expect(matrix[i * n + i]).toBe(1);
      for (let j = 0; j < n; j++) expect(matrix[i * n + j]).toBe(matrix[j * n + i]);
    }
  });

  it("rejects an invalid matrix with the offending pair named", () => {
    const bad = {
      skills: ["a", "b", "c"],
      matrix: [
        [1, 0.9, -0.9],
        [0.9, 1, 0.9],
        [-0.9, 0.9, 1],
      ],
    };
    expect(() => correlationMatrixFor(bad, ["a", "b", "c"])).toThrow(/not positive definite/);
    expect(() =>
      correlationMatrixFor(
        {
          skills: ["a", "b"],
          matrix: [
            [1, 1.2],
            [1.2, 1],
          ],
        },
        ["a", "b"],
      ),
    ).toThrow(CertpathError);
  });
});

describe("prior from self-ratings", () => {
  const r = 0.6;
  const correlation = correlationMatrixFor(equicorrelated(["calculus", "linear-algebra"], r), [
    "calculus",
    "linear-algebra",
  ]);

  it("is the population N(0, R) without ratings", () => {
    const prior = buildPrior(["calculus", "linear-algebra"], correlation);
    expect([...prior.mean]).toEqual([0, 0]);
    expect([...prior.covariance]).toEqual([1, r, r, 1]);
  });

  it("gives a rated skill the documented mapping and carries it to a correlated unrated skill", () => {
    // Level 3: band centre 1, minus 0.2 → 0.8, SD 0.7. Unrated: B = r, μ = r·0.8,
    // var = 1 − r² + r²·0.49, cov = r·0.49.
    const prior = buildPrior(["calculus", "linear-algebra"], correlation, { calculus: 3 });
    expect(prior.mean[0]).toBeCloseTo(0.8, 12);
    expect(prior.covariance[0]).toBeCloseTo(0.49, 12);
    expect(prior.mean[1]).toBeCloseTo(r * 0.8, 12);
    expect(prior.covariance[3]).toBeCloseTo(1 - r * r + r * r * 0.49, 12);
    expect(prior.covariance[1]).toBeCloseTo(r * 0.49, 12);
    expect(prior.covariance[2]).toBeCloseTo(r * 0.49, 12);
  });

  it("keeps the prior positive definite with several ratings", () => {
    const skills = SKILL_IDS.slice(0, 8);
    const prior = buildPrior(skills, correlationMatrixFor(DEFAULT_SKILL_CORRELATIONS, skills), {
      "linear-algebra": 4,
      python: 0,
      statistics: 2,
    });
    expect(isPositiveDefinite(prior.covariance, skills.length)).toBe(true);
    expect(prior.mean[0]).toBeCloseTo(1.8, 12);
  });

  it("is what a session starts from", () => {
    const state = startSession({ skills: ["calculus", "linear-algebra"], selfRatings: { calculus: 1 } });
    expect(state.posterior.mean[0]).toBeCloseTo(-1, 12);
    expect(state.posterior.mean[1]).toBeLessThan(0); // pulled down through the .5 default correlation
    expect(() => startSession({ skills: ["calculus"], selfRatings: { calculus: 7 as 4 } })).toThrow(/0–4/);
  });
});
