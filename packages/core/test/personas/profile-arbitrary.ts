/**
 * fast-check generators for profiles, shared by the recommendation property tests.
 */
import fc from "fast-check";
import {
  FOCUSES,
  PROFILE_PLATFORMS,
  type Profile,
  ROLES,
  SKILL_IDS,
  SKILL_LEVELS,
  type SkillId,
  type SkillLevel,
} from "../../src/index";

const level = fc.constantFrom(...SKILL_LEVELS);

export const skillRatingsArbitrary: fc.Arbitrary<Partial<Record<SkillId, SkillLevel>>> = fc.dictionary(
  fc.constantFrom(...SKILL_IDS),
  level,
  { maxKeys: SKILL_IDS.length },
) as fc.Arbitrary<Partial<Record<SkillId, SkillLevel>>>;

export const cloudsArbitrary = fc.uniqueArray(
  fc.record({ platform: fc.constantFrom(...PROFILE_PLATFORMS), years: fc.integer({ min: 0, max: 12 }) }),
  { selector: (c) => c.platform, maxLength: PROFILE_PLATFORMS.length },
);

const isoDate = fc
  .integer({ min: 0, max: 900 })
  .map((days) => new Date(Date.UTC(2026, 10, 24) + days * 86_400_000).toISOString().slice(0, 10));

/** Any profile the API would accept (every field optional, values in range). */
export const profileArbitrary: fc.Arbitrary<Profile> = fc.record(
  {
    experienceYears: fc.integer({ min: 0, max: 30 }),
    mlExperienceYears: fc.integer({ min: 0, max: 20 }),
    currentRole: fc.constantFrom(...ROLES),
    targetRole: fc.constantFrom(...ROLES),
    clouds: cloudsArbitrary,
    focus: fc.constantFrom(...FOCUSES),
    skills: skillRatingsArbitrary,
    assessment: fc.record({
      abilities: fc.dictionary(
        fc.constantFrom(...SKILL_IDS),
        fc.record({
          theta: fc.double({ min: -3, max: 3, noNaN: true }),
          se: fc.double({ min: 0.2, max: 1.2, noNaN: true }),
        }),
        { maxKeys: 6 },
      ),
    }),
    hoursPerWeek: fc.integer({ min: 0, max: 40 }),
    budgetUsd: fc.integer({ min: 0, max: 1500 }),
    targetDate: isoDate,
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Profile>;
