import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validCertification } from "../../test/fixtures/certification";
import { skillRatingsArbitrary } from "../../test/personas/profile-arbitrary";
import { CERTIFICATION_LEVELS, type Certification } from "../catalog/certification";
import type { Profile } from "../profile/profile";
import type { SkillId, SkillLevel } from "../skills/skill-ids";
import { evidenceFromProfile, priorsFromProfile, thetaFromPlatformYears } from "./evidence";
import { assessReadiness, CUT_BY_LEVEL, domainAbility, MIN_DOMAIN_EVIDENCE } from "./readiness";
import { hoursToReady } from "./study-hours";

// The fixture: domain "data" = data-engineering 70 + cloud-aws 30 (40%), "models" = classical-ml (60%).
const cert = validCertification();
const readinessOf = (profile: Profile, c: Certification = cert) =>
  assessReadiness(c, evidenceFromProfile(profile), priorsFromProfile(profile));
const allRated = (level: SkillLevel): Profile => ({
  skills: { "data-engineering": level, "cloud-aws": level, "classical-ml": level },
});

describe("readiness: evidence", () => {
  it("says 'not enough evidence' and gives no number without ratings or a diagnostic", () => {
    const r = readinessOf({});
    expect(r.passProbability).toBeNull();
    expect(r.low).toBeNull();
    expect(r.high).toBeNull();
    expect(r.domains.every((d) => d.status === "not-enough-evidence" && d.mastery === null)).toBe(true);
    expect(r.summary).toMatch(/not enough evidence/i);
    expect(r.domains[0]?.explanation).toMatch(/data-engineering/);
  });

  it("reports a domain only when most of its skill weight rests on evidence", () => {
    // cloud-aws is 30% of "data": below MIN_DOMAIN_EVIDENCE; classical-ml covers "models" entirely.
    const r = readinessOf({ skills: { "cloud-aws": 3, "classical-ml": 3 } });
    const data = r.domains.find((d) => d.id === "data");
    const models = r.domains.find((d) => d.id === "models");
    expect(data?.evidence).toBeCloseTo(0.3);
    expect(0.3).toBeLessThan(MIN_DOMAIN_EVIDENCE);
    expect(data?.status).toBe("not-enough-evidence");
    expect(data?.missingEvidence).toEqual(["data-engineering"]);
    expect(models?.status).toBe("estimated");
    // 0.4 * 0.3 + 0.6 = 72% of the exam is covered: enough for an (uncertain) number.
    expect(r.passProbability).not.toBeNull();
    expect(r.summary).toContain("Not enough evidence for: Data");
  });

  it("lets a diagnostic win over a self-rating for the same skill", () => {
    const evidence = evidenceFromProfile({
      skills: { python: 4 },
      assessment: { abilities: { python: { theta: -1.2, se: 0.3 } } },
    });
    expect(evidence.get("python")).toEqual({ theta: -1.2, se: 0.3, source: "diagnostic" });
  });

  it("gives a narrower interval for a diagnostic than for self-ratings at the same ability", () => {
    const rated = readinessOf(allRated(3));
    const measured = readinessOf({
      assessment: {
        abilities: {
          "data-engineering": { theta: 0.8, se: 0.25 },
          "cloud-aws": { theta: 0.8, se: 0.25 },
          "classical-ml": { theta: 0.8, se: 0.25 },
        },
      },
    });
    const width = (r: typeof rated) => (r.high ?? 0) - (r.low ?? 0);
    expect(width(measured)).toBeLessThan(width(rated));
  });
});

describe("readiness: the model", () => {
  it("orders the cuts by level on the shared scale", () => {
    expect(CUT_BY_LEVEL.foundational).toBeLessThan(CUT_BY_LEVEL.associate);
    expect(CUT_BY_LEVEL.associate).toBeLessThan(CUT_BY_LEVEL.professional);
    expect(CUT_BY_LEVEL.specialty).toBe(CUT_BY_LEVEL.professional);
  });

  it("puts the pass probability inside its 10th–90th percentile range, all in [0, 1]", () => {
    fc.assert(
      fc.property(skillRatingsArbitrary, fc.constantFrom(...CERTIFICATION_LEVELS), (skills, level) => {
        const r = readinessOf({ skills }, validCertification({ level }));
        if (r.passProbability === null) return;
        expect(r.low).not.toBeNull();
        expect(r.low ?? 0).toBeGreaterThanOrEqual(0);
        expect(r.high ?? 1).toBeLessThanOrEqual(1);
        expect(r.low ?? 0).toBeLessThanOrEqual(r.passProbability + 1e-3);
        expect(r.passProbability).toBeLessThanOrEqual((r.high ?? 1) + 0.05);
      }),
    );
  });

  it("is harder to pass at higher levels for the same person", () => {
    const at = (level: Certification["level"]) =>
      readinessOf(allRated(3), validCertification({ level })).passProbability ?? 0;
    expect(at("foundational")).toBeGreaterThan(at("associate"));
    expect(at("associate")).toBeGreaterThan(at("professional"));
  });

  it("names the domains that hold it back, worst shortfall first", () => {
    const r = readinessOf({ skills: { "data-engineering": 3, "cloud-aws": 3, "classical-ml": 0 } });
    expect(r.holdingBack).toEqual(["models"]);
    expect(r.domains.find((d) => d.id === "models")?.holdsBack).toBe(true);
    expect(r.summary).toContain("Held back by: Models");
  });

  it("propagates variance: correlated self-ratings average down less than independent diagnostics", () => {
    const skills = { "data-engineering": 50, "cloud-aws": 50 } as Partial<Record<SkillId, number>>;
    const rated = domainAbility(
      skills,
      evidenceFromProfile({ skills: { "data-engineering": 2, "cloud-aws": 2 } }),
    );
    const measured = domainAbility(
      skills,
      evidenceFromProfile({
        assessment: {
          abilities: { "data-engineering": { theta: 0, se: 0.7 }, "cloud-aws": { theta: 0, se: 0.7 } },
        },
      }),
    );
    expect(rated.se).toBeCloseTo(Math.sqrt(0.5 * 0.7 ** 2 + 0.5 * 0.5 * 0.7 ** 2), 10);
    expect(measured.se).toBeCloseTo(Math.sqrt(0.5 * 0.7 ** 2), 10);
  });

  it("is deterministic", () => {
    expect(readinessOf(allRated(2))).toEqual(readinessOf(allRated(2)));
  });
});

describe("readiness: monotonicity (more skill never lowers readiness)", () => {
  const skillsOfFixture: SkillId[] = ["data-engineering", "cloud-aws", "classical-ml"];

  it("raising one self-rating never lowers pass probability, its range, any domain or the hours saved", () => {
    fc.assert(
      fc.property(
        skillRatingsArbitrary,
        fc.constantFrom(...skillsOfFixture),
        fc.constantFrom(...CERTIFICATION_LEVELS),
        (skills, skill, level) => {
          const current = skills[skill] ?? 0;
          fc.pre(current < 4);
          const c = validCertification({ level });
          const lower = { skills: { ...skills, [skill]: current } } as Profile;
          const higher = { skills: { ...skills, [skill]: current + 1 } } as Profile;
          const a = readinessOf(lower, c);
          const b = readinessOf(higher, c);
          if (a.passProbability !== null && b.passProbability !== null) {
            expect(b.passProbability).toBeGreaterThanOrEqual(a.passProbability);
            expect(b.low ?? 0).toBeGreaterThanOrEqual(a.low ?? 0);
            expect(b.high ?? 0).toBeGreaterThanOrEqual(a.high ?? 0);
          }
          a.domains.forEach((d, i) => {
            const e = b.domains[i];
            if (d.mastery !== null && e?.mastery != null) expect(e.mastery).toBeGreaterThanOrEqual(d.mastery);
          });
          const hours = (p: Profile) => hoursToReady(c, evidenceFromProfile(p)).hours;
          expect(hours(higher)).toBeLessThanOrEqual(hours(lower));
        },
      ),
    );
  });

  it("raising a diagnostic ability never lowers pass probability", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0.2, max: 1, noNaN: true }),
        fc.constantFrom(...skillsOfFixture),
        (theta, step, se, skill) => {
          const abilities = (t: number) =>
            Object.fromEntries(skillsOfFixture.map((s) => [s, { theta: s === skill ? t : 0.5, se }]));
          const a = readinessOf({ assessment: { abilities: abilities(theta) } });
          const b = readinessOf({ assessment: { abilities: abilities(theta + step) } });
          expect(b.passProbability ?? 0).toBeGreaterThanOrEqual(a.passProbability ?? 0);
        },
      ),
    );
  });

  it("work history raises the platform prior, never lowers it", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (y, more) => {
          expect(thetaFromPlatformYears(y + more)).toBeGreaterThanOrEqual(thetaFromPlatformYears(y));
          expect(thetaFromPlatformYears(y)).toBeGreaterThanOrEqual(thetaFromPlatformYears(undefined));
        },
      ),
    );
  });
});
