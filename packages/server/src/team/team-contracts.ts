/**
 * @module Response contracts of the team routes. The matrix carries levels and their source only;
 * no theta, standard error or answer is in the contract, so none can leak through serialisation.
 */
import { SKILL_IDS } from "@certpath/core";
import { z } from "zod";

const Cell = z.object({
  level: z.number().int().min(0).max(4).nullable(),
  source: z.enum(["diagnostic", "self-rating"]).nullable(),
});
const Aggregate = z.union([
  z.object({
    shown: z.literal(true),
    people: z.number(),
    meanLevel: z.number(),
    distribution: z.array(z.number()),
  }),
  z.object({ shown: z.literal(false), reason: z.string() }),
]);

export const TeamMatrixSchema = z.object({
  teamId: z.string(),
  skills: z.array(z.enum(SKILL_IDS)).readonly(),
  rows: z.array(z.object({ memberId: z.string(), name: z.string(), cells: z.record(z.string(), Cell) })),
  members: z.number(),
  aggregates: z.record(z.string(), Aggregate),
  minGroup: z.number(),
  /** Which rows this answer holds: `limit` (null: all) from `offset`, of `rows` the viewer may see. */
  page: z.object({ offset: z.number(), limit: z.number().nullable(), rows: z.number() }),
});

export const TeamPlanSchema = z.object({
  teamId: z.string(),
  /** "you" when a member sees only their own paths and renewals. */
  scope: z.enum(["team", "you"]),
  asOf: z.string(),
  horizonDays: z.number(),
  paths: z.array(
    z.object({
      memberId: z.string(),
      name: z.string(),
      planId: z.string(),
      certificationId: z.string(),
      certificationName: z.string(),
      examDate: z.string(),
      feeUsd: z.number().nullable(),
    }),
  ),
  budget: z.object({
    allowanceUsd: z.number().nullable(),
    plannedUsd: z.number(),
    unpricedExams: z.number(),
    remainingUsd: z.number().nullable(),
    overBudget: z.boolean(),
  }),
  renewalsDue: z.array(
    z.object({
      memberId: z.string(),
      name: z.string(),
      credentialId: z.string(),
      credentialName: z.string(),
      expiresOn: z.string(),
      daysLeft: z.number(),
      windowOpensOn: z.string().nullable(),
      needs: z.string(),
      costUsd: z.number().nullable(),
    }),
  ),
});

export const TeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  members: z.array(z.object({ memberId: z.string(), name: z.string(), role: z.string(), you: z.boolean() })),
  invitations: z.array(
    z.object({ id: z.string(), email: z.string(), role: z.string(), expiresAt: z.string() }),
  ),
  allowanceUsd: z.number().nullable(),
});
