import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validCertification } from "../../test/fixtures/certification";
import { MINI_MARKET, miniCatalog } from "../../test/personas/mini-catalog";
import { cloudsArbitrary } from "../../test/personas/profile-arbitrary";
import { PLATFORMS, type Platform } from "../catalog/certification";
import type { Profile, ProfilePlatform } from "../profile/profile";
import { evidenceFromProfile } from "./evidence";
import { costFit } from "./factors/cost";
import { environmentFit } from "./factors/environment";
import { formatFit } from "./factors/exam-format";
import { experienceFit } from "./factors/experience";
import { goalFit } from "./factors/goal";
import { marketBreadth } from "./factors/market-breadth";
import { timeFit } from "./factors/time-to-ready";

const base = validCertification();
const onPlatform = (platform: Platform | "none") =>
  validCertification({ emphasis: { ...base.emphasis, platform } });
const byId = (id: string) => {
  const cert = miniCatalog().find((c) => c.id === id);
  if (!cert) throw new Error(id);
  return cert;
};

describe("environment alignment", () => {
  it("prefers the cloud the person works in (the guide's first rule)", () => {
    const profile: Profile = { clouds: [{ platform: "aws", years: 3 }] };
    const own = environmentFit(onPlatform("aws"), profile);
    const other = environmentFit(onPlatform("gcp"), profile);
    expect(own.value).toBe(1);
    expect(own.explanation).toContain("first rule");
    expect(other.value).toBeLessThan(0.2);
    expect(other.explanation).toContain("certify in the cloud you work in");
    expect(other.cautions?.[0]).toContain("Google Cloud");
    expect(environmentFit(onPlatform("none"), profile).value).toBe(0.5);
  });

  it("does not apply to someone with no cloud yet (market breadth does)", () => {
    const none = environmentFit(onPlatform("aws"), { clouds: [] });
    expect(none.applicable).toBe(false);
    expect(none.explanation).toContain("market breadth");
    expect(environmentFit(onPlatform("aws"), {}).applicable).toBe(false);
  });

  it("more platform years never lower environment fit", () => {
    fc.assert(
      fc.property(
        cloudsArbitrary,
        fc.constantFrom(...PLATFORMS, "none" as const),
        fc.constantFrom<ProfilePlatform>("aws", "azure", "gcp", "databricks"),
        fc.integer({ min: 1, max: 10 }),
        (clouds, platform, grown, extra) => {
          const cert = onPlatform(platform);
          const before = clouds.some((c) => c.platform === grown)
            ? clouds
            : [...clouds, { platform: grown, years: 0 }];
          const after = before.map((c) => (c.platform === grown ? { ...c, years: c.years + extra } : c));
          expect(environmentFit(cert, { clouds: after }).value).toBeGreaterThanOrEqual(
            environmentFit(cert, { clouds: before }).value,
          );
        },
      ),
    );
  });
});

describe("experience against the provider's recommendation", () => {
  const pmleLike = byId("gcp-ml-professional");

  it("ranks lower and says so below the bar (3+ years incl. 1+ on Google Cloud)", () => {
    const f = experienceFit(pmleLike, { experienceYears: 5, clouds: [{ platform: "aws", years: 5 }] });
    expect(f.value).toBe(0.5);
    expect(f.explanation).toContain("asks for 3+ years in industry, including 1+ year on Google Cloud");
    expect(f.explanation).toContain("none on Google Cloud");
    expect(f.cautions?.[0]).toContain("ranks lower");
    expect(
      experienceFit(pmleLike, { experienceYears: 3, clouds: [{ platform: "gcp", years: 1 }] }).value,
    ).toBe(1);
  });

  it("leaves out what the person has not told us, and says what it needs", () => {
    const f = experienceFit(pmleLike, {});
    expect(f.applicable).toBe(false);
    expect(f.explanation).toContain("tell us");
  });

  it("counts a few months' exposure as half met by preparing with labs", () => {
    expect(experienceFit(byId("databricks-ml"), { clouds: [] }).value).toBe(0.5);
  });

  it("never drops when years grow", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 5 }),
        (y, g, more) => {
          const at = (years: number, gcp: number) =>
            experienceFit(pmleLike, { experienceYears: years, clouds: [{ platform: "gcp", years: gcp }] })
              .value;
          expect(at(y + more, g)).toBeGreaterThanOrEqual(at(y, g));
          expect(at(y, g + more)).toBeGreaterThanOrEqual(at(y, g));
        },
      ),
    );
  });
});

describe("goal alignment", () => {
  const genai = byId("azure-ai-fundamentals");
  const classical = byId("neutral-practitioner");

  it("matches the focus against the exam's emphasis", () => {
    const profile: Profile = { focus: "generative-ai" };
    expect(goalFit(genai, profile).value).toBeGreaterThan(goalFit(classical, profile).value);
    expect(goalFit(genai, profile).explanation).toContain("generative AI");
  });

  it("separates developers adding AI to apps from data scientists", () => {
    const developer: Profile = { targetRole: "software-engineer" };
    const scientist: Profile = { targetRole: "data-scientist" };
    expect(goalFit(genai, developer).value).toBeGreaterThan(goalFit(classical, developer).value);
    expect(goalFit(classical, scientist).value).toBeGreaterThan(goalFit(genai, scientist).value);
    expect(goalFit(genai, developer).explanation).toContain("adding AI to applications");
  });

  it("marks a foundational exam as little signal for a seasoned builder", () => {
    const seasoned: Profile = { currentRole: "ml-engineer", experienceYears: 6, focus: "generative-ai" };
    const f = goalFit(genai, seasoned);
    expect(f.value).toBeLessThan(goalFit(genai, { focus: "generative-ai" }).value);
    expect(f.explanation).toContain("adds little signal");
  });

  it("does not apply without a focus or a role", () => {
    expect(goalFit(genai, {}).applicable).toBe(false);
  });
});

describe("exam format, cost and time", () => {
  it("fits a hands-on exam only with Python to match", () => {
    const handsOn = byId("framework-developer");
    const weak = formatFit(handsOn, {}, evidenceFromProfile({ skills: { python: 1 } }));
    const strong = formatFit(handsOn, {}, evidenceFromProfile({ skills: { python: 4 } }));
    expect(strong.value).toBeGreaterThan(weak.value);
    expect(weak.explanation).toMatch(/Hands-on/);
    const mc = formatFit(base, {}, evidenceFromProfile({}));
    expect(mc.explanation).toMatch(/No hands-on tasks/);
  });

  it("compares the fee with the budget", () => {
    expect(costFit(base, { budgetUsd: 200 }).value).toBe(1);
    const over = costFit(base, { budgetUsd: 75 });
    expect(over.value).toBe(0.5);
    expect(over.explanation).toContain("above your USD 75 budget");
    expect(costFit(base, {}).applicable).toBe(false);
    expect(costFit(byId("neutral-practitioner"), { budgetUsd: 100 }).explanation).toContain("not published");
  });

  it("compares hours needed with hours available before the target date", () => {
    const study = { hours: 100, evidence: 1 };
    const enough = timeFit(base, { hoursPerWeek: 10, targetDate: "2027-06-01" }, study, "2026-11-24");
    expect(enough.value).toBe(1);
    const short = timeFit(base, { hoursPerWeek: 2, targetDate: "2027-01-05" }, study, "2026-11-24");
    expect(short.value).toBeCloseTo(((42 / 7) * 2) / 100, 5);
    expect(short.cautions?.[0]).toContain("100 hours needed");
    const noDate = timeFit(base, { hoursPerWeek: 5 }, study, "2026-11-24");
    expect(noDate.applicable).toBe(false);
    expect(noDate.explanation).toContain("20 weeks");
  });

  it("stops the clock at the last day of a retiring exam", () => {
    const retiring = validCertification({
      status: { ...base.status, value: "retiring", retiringOn: "2026-12-31" },
    });
    const f = timeFit(
      retiring,
      { hoursPerWeek: 10, targetDate: "2027-06-01" },
      { hours: 100, evidence: 1 },
      "2026-11-24",
    );
    expect(f.explanation).toContain("2026-12-31, the last day this exam can be taken");
    expect(f.value).toBeLessThan(1);
  });
});

describe("market breadth", () => {
  it("ranks clouds by share for someone with no cloud, citing firm and quarter", () => {
    const aws = marketBreadth(onPlatform("aws"), { clouds: [] }, MINI_MARKET);
    const azure = marketBreadth(onPlatform("azure"), { clouds: [] }, MINI_MARKET);
    const gcp = marketBreadth(onPlatform("gcp"), { clouds: [] }, MINI_MARKET);
    expect(aws.value).toBe(1);
    expect(azure.value).toBeCloseTo(21 / 28);
    expect(gcp.value).toBeCloseTo(14 / 28);
    expect(aws.explanation).toContain("28%");
    expect(aws.explanation).toContain("Synergy Research Group, Q1 2026");
    expect(aws.explanation).toContain("Omdia (Canalys) puts it at 32% for Q4 2025");
  });

  it("does not apply once the person works on a platform, or without figures", () => {
    expect(
      marketBreadth(onPlatform("aws"), { clouds: [{ platform: "gcp", years: 1 }] }, MINI_MARKET).applicable,
    ).toBe(false);
    expect(marketBreadth(onPlatform("aws"), { clouds: [] }, null).applicable).toBe(false);
  });

  it("says when no share figure applies", () => {
    expect(marketBreadth(onPlatform("none"), {}, MINI_MARKET).explanation).toContain(
      "no market-share figure",
    );
    expect(marketBreadth(onPlatform("databricks"), {}, MINI_MARKET).explanation).toContain("63%");
  });
});
