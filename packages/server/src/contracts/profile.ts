/**
 * @module Profile contract: the recommendation input, as sent to the API, read from a CLI file and
 * stored per person. Strict: an unknown field or a bad value is rejected with its path named.
 */
import { type Profile as CoreProfile, FOCUSES, PROFILE_PLATFORMS, ROLES, SKILL_IDS } from "@certpath/core";
import { z } from "zod";

const isoDate = z.iso.date({ message: "must be a date as YYYY-MM-DD" });

const skillRatings = z.record(z.string(), z.number().int().min(0).max(4)).superRefine((ratings, ctx) => {
  for (const key of Object.keys(ratings)) {
    if (!(SKILL_IDS as readonly string[]).includes(key)) {
      ctx.addIssue({ code: "custom", path: [key], message: `unknown skill id "${key}"` });
    }
  }
});

const abilityEstimate = z.strictObject({
  theta: z.number().finite(),
  se: z.number().positive().finite(),
});

export const ProfileSchema = z.strictObject({
  experienceYears: z.number().min(0).max(60).optional(),
  mlExperienceYears: z.number().min(0).max(60).optional(),
  currentRole: z.enum(ROLES).optional(),
  targetRole: z.enum(ROLES).optional(),
  clouds: z
    .array(z.strictObject({ platform: z.enum(PROFILE_PLATFORMS), years: z.number().min(0).max(40) }))
    .max(PROFILE_PLATFORMS.length)
    .optional(),
  focus: z.enum(FOCUSES).optional(),
  skills: skillRatings.optional(),
  assessment: z
    .strictObject({ abilities: z.record(z.string(), abilityEstimate) })
    .nullable()
    .optional(),
  hoursPerWeek: z.number().min(0).max(80).optional(),
  budgetUsd: z.number().min(0).max(100_000).optional(),
  targetDate: isoDate.optional(),
  industry: z.string().min(1).max(60).optional(),
  region: z.string().min(2).max(20).optional(),
});

export type Profile = z.infer<typeof ProfileSchema>;

// The wire format and core's Profile must not drift apart.
const _wireIsCoreProfile: (value: Profile) => CoreProfile = (value) => value;
void _wireIsCoreProfile;
