import { describe, expect, it } from "vitest";
import { MINI_MARKET, MINI_TODAY, miniCatalog } from "../../test/personas/mini-catalog";
import type { Profile } from "../profile/profile";
import { recommend } from "./recommend";
import { explainCertification } from "./why-not";

const catalog = miniCatalog();
const profile: Profile = {
  experienceYears: 4,
  currentRole: "ml-engineer",
  clouds: [{ platform: "aws", years: 3 }],
  focus: "mlops",
  skills: { python: 3, "classical-ml": 3, "data-engineering": 3, "cloud-aws": 3, mlops: 3, "cloud-gcp": 1 },
  budgetUsd: 300,
};
const explain = (id: string) =>
  explainCertification({ id, profile, certifications: catalog, market: MINI_MARKET, today: MINI_TODAY });

describe("why not X", () => {
  it("gives the same breakdown as the recommendation, plus rank", () => {
    const listed = recommend({ profile, certifications: catalog, market: MINI_MARKET, today: MINI_TODAY });
    const second = listed.recommendations[1];
    const why = explain(second?.id ?? "");
    expect(why.rank).toBe(2);
    expect(why.of).toBe(listed.recommendations.length);
    expect(why.factors).toEqual(second?.factors);
    expect(why.readiness).toEqual(second?.readiness);
    expect(why.bookable).toBe(true);
    expect(why.excluded).toBeNull();
  });

  it("splits the gap to the top choice exactly across the factors", () => {
    const why = explain("gcp-ml-professional");
    expect(why.versusTop?.id).toBe("aws-ml-associate");
    const total = why.versusTop?.gaps.reduce((s, g) => s + g.difference, 0) ?? 0;
    expect(total).toBeCloseTo((why.versusTop?.score ?? 0) - why.score, 2);
    expect(why.versusTop?.gaps[0]?.name).toBe("environment");
    expect(why.summary).toContain("loses most on environment");
  });

  it("says the top choice is the top choice", () => {
    const why = explain("aws-ml-associate");
    expect(why.rank).toBe(1);
    expect(why.versusTop).toBeNull();
    expect(why.summary).toContain("top choice");
  });

  it("explains a retired exam: never bookable, never ranked, with its successor and why", () => {
    const why = explain("aws-ml-specialty");
    expect(why.bookable).toBe(false);
    expect(why.rank).toBeNull();
    expect(why.excluded?.successors.map((s) => s.id)).toEqual(["aws-ml-associate"]);
    expect(why.summary).toMatch(/is not recommended: Retired on 2026-03-31/);
    expect(why.factors.length).toBeGreaterThan(0);
  });

  it("answers an unknown id with NOT_FOUND and a suggestion", () => {
    expect(() => explain("aws-ml-asociate")).toThrowError(/Did you mean "aws-ml-associate"/);
  });
});
