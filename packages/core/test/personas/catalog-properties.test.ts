/**
 * Properties of the engine over the real catalog and random profiles: no retired exam ever ranked,
 * every factor explained, deterministic, and more skill never lowers readiness on any real exam.
 */
import { loadCloudMarket, loadContent } from "@certpath/content";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessReadiness,
  evidenceFromProfile,
  isBookable,
  type Profile,
  priorsFromProfile,
  recommend,
  SKILL_IDS,
} from "../../src/index";
import { profileArbitrary } from "./profile-arbitrary";

const { certifications } = loadContent();
const market = loadCloudMarket();
const run = (profile: Profile) => recommend({ profile, certifications, market, today: "2026-11-24" });

describe("the engine on the real catalog", () => {
  it("never ranks a retired or closed program and explains every factor", () => {
    const unbookable = new Set(certifications.filter((c) => !isBookable(c)).map((c) => c.id));
    expect(unbookable.size).toBeGreaterThan(0);
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const result = run(profile);
        expect(result.recommendations.some((r) => unbookable.has(r.id))).toBe(false);
        for (const r of result.recommendations) {
          for (const f of r.factors) expect(f.explanation.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        expect(run(profile)).toEqual(run(structuredClone(profile)));
      }),
      { numRuns: 10 },
    );
  });

  it("more skill never lowers readiness on any certification", () => {
    fc.assert(
      fc.property(profileArbitrary, fc.constantFrom(...SKILL_IDS), (profile, skill) => {
        const current = profile.skills?.[skill] ?? 0;
        fc.pre(current < 4 && profile.assessment?.abilities?.[skill] === undefined);
        const lower: Profile = { ...profile, skills: { ...profile.skills, [skill]: current } };
        const higher: Profile = { ...profile, skills: { ...profile.skills, [skill]: current + 1 } };
        for (const cert of certifications) {
          const a = assessReadiness(cert, evidenceFromProfile(lower), priorsFromProfile(lower));
          const b = assessReadiness(cert, evidenceFromProfile(higher), priorsFromProfile(higher));
          if (a.passProbability === null || b.passProbability === null) continue;
          expect(b.passProbability).toBeGreaterThanOrEqual(a.passProbability);
        }
      }),
      { numRuns: 25 },
    );
  });
});
