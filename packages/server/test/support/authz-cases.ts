/**
 * @module The authorization cases: every route that takes an id, tried with another person's and
 * another organization's ids, and the role limits inside one organization. docs/SECURITY.md lists
 * them with their count; keep the two in step.
 */
import type { InjectOptions } from "fastify";
import type { Person } from "./accounts";
import type { Team } from "./teams";

export interface World {
  alice: Person; // owner of team A, holds a credential and a saved result
  mia: Person; // member of team A
  mark: Person; // manager of team A
  bob: Person; // owner of team B, the outsider
  teamA: Team;
  teamB: Team;
  aliceCredential: string;
  aliceResult: string;
  aliceOldCalendarPath: string;
  invitationA: string; // pending, to outsider@example.com
  alicePlan: string;
  aliceAssessment: string;
}

export type Actor = "bob" | "mia" | "mark" | "anonymous";

export interface AuthzCase {
  name: string;
  actor: Actor;
  request: (w: World) => InjectOptions;
  /** Only where better-auth refuses before any role check with its own status (documented). */
  refusedWith?: number[];
}

/** A person's own ids, tried by someone else. */
export const OTHER_PERSON_CASES: AuthzCase[] = [
  {
    name: "read another person's credential",
    actor: "bob",
    request: (w) => ({ method: "GET", url: `/api/wallet/credentials/${w.aliceCredential}` }),
  },
  {
    name: "change another person's credential",
    actor: "bob",
    request: (w) => ({
      method: "PATCH",
      url: `/api/wallet/credentials/${w.aliceCredential}`,
      payload: { name: "Mine now" },
    }),
  },
  {
    name: "delete another person's credential",
    actor: "bob",
    request: (w) => ({ method: "DELETE", url: `/api/wallet/credentials/${w.aliceCredential}` }),
  },
  {
    name: "a teammate reads a colleague's credential",
    actor: "mia",
    request: (w) => ({ method: "GET", url: `/api/wallet/credentials/${w.aliceCredential}` }),
  },
  {
    name: "a team manager changes a member's credential",
    actor: "mark",
    request: (w) => ({
      method: "PATCH",
      url: `/api/wallet/credentials/${w.aliceCredential}`,
      payload: { earnedOn: "2020-01-01" },
    }),
  },
  {
    name: "anonymous reads a person's credential",
    actor: "anonymous",
    request: (w) => ({ method: "GET", url: `/api/wallet/credentials/${w.aliceCredential}` }),
  },
  {
    name: "anonymous deletes a person's credential",
    actor: "anonymous",
    request: (w) => ({ method: "DELETE", url: `/api/wallet/credentials/${w.aliceCredential}` }),
  },
  {
    name: "read another person's saved result",
    actor: "bob",
    request: (w) => ({ method: "GET", url: `/api/saved-results/${w.aliceResult}` }),
  },
  {
    name: "a teammate reads a colleague's saved diagnostic",
    actor: "mia",
    request: (w) => ({ method: "GET", url: `/api/saved-results/${w.aliceResult}` }),
  },
  {
    name: "delete another person's saved result",
    actor: "bob",
    request: (w) => ({ method: "DELETE", url: `/api/saved-results/${w.aliceResult}` }),
  },
  {
    name: "anonymous reads a person's saved result",
    actor: "anonymous",
    request: (w) => ({ method: "GET", url: `/api/saved-results/${w.aliceResult}` }),
  },
  {
    name: "read a calendar feed by a rotated token",
    actor: "bob",
    request: (w) => ({ method: "GET", url: w.aliceOldCalendarPath }),
  },
  {
    name: "read a calendar feed by a made-up token",
    actor: "anonymous",
    request: () => ({ method: "GET", url: `/api/wallet/calendar/${"A".repeat(43)}.ics` }),
  },
];

/** Another organization's ids, tried by an outsider (Bob owns team B, not team A). */
export const OTHER_ORGANIZATION_CASES: AuthzCase[] = [
  {
    name: "read another team",
    actor: "bob",
    request: (w) => ({ method: "GET", url: `/api/teams/${w.teamA.id}` }),
  },
  {
    name: "read another team's skills matrix",
    actor: "bob",
    request: (w) => ({ method: "GET", url: `/api/teams/${w.teamA.id}/skills-matrix` }),
  },
  {
    name: "read another team's plan",
    actor: "bob",
    request: (w) => ({ method: "GET", url: `/api/teams/${w.teamA.id}/plan` }),
  },
  {
    name: "set another team's budget",
    actor: "bob",
    request: (w) => ({ method: "PUT", url: `/api/teams/${w.teamA.id}/budget`, payload: { allowanceUsd: 1 } }),
  },
  {
    name: "anonymous reads a team's skills matrix",
    actor: "anonymous",
    request: (w) => ({ method: "GET", url: `/api/teams/${w.teamA.id}/skills-matrix` }),
  },
  {
    name: "better-auth: get another organization",
    actor: "bob",
    request: (w) => ({
      method: "GET",
      url: `/api/auth/organization/get-full-organization?organizationId=${w.teamA.id}`,
    }),
  },
  {
    name: "better-auth: list another organization's members",
    actor: "bob",
    request: (w) => ({
      method: "GET",
      url: `/api/auth/organization/list-members?organizationId=${w.teamA.id}`,
    }),
  },
  {
    name: "better-auth: list another organization's invitations",
    actor: "bob",
    request: (w) => ({
      method: "GET",
      url: `/api/auth/organization/list-invitations?organizationId=${w.teamA.id}`,
    }),
  },
  {
    name: "better-auth: invite into another organization",
    actor: "bob",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/invite-member",
      payload: { email: "spy@example.com", role: "owner", organizationId: w.teamA.id },
    }),
  },
  {
    name: "better-auth: change a role in another organization",
    actor: "bob",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/update-member-role",
      payload: { memberId: w.teamA.memberIds.get(w.mia.id), role: "owner", organizationId: w.teamA.id },
    }),
  },
  {
    name: "better-auth: change a role by member id from one's own organization",
    actor: "bob",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/update-member-role",
      payload: { memberId: w.teamA.memberIds.get(w.mia.id), role: "owner", organizationId: w.teamB.id },
    }),
  },
  {
    name: "better-auth: remove another organization's member via one's own organization",
    actor: "bob",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/remove-member",
      payload: { memberIdOrEmail: w.teamA.memberIds.get(w.mia.id), organizationId: w.teamB.id },
    }),
  },
  {
    name: "better-auth: remove a member of another organization",
    actor: "bob",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/remove-member",
      payload: { memberIdOrEmail: w.teamA.memberIds.get(w.mia.id), organizationId: w.teamA.id },
    }),
  },
  {
    name: "better-auth: rename another organization",
    actor: "bob",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/update",
      payload: { organizationId: w.teamA.id, data: { name: "Pwned" } },
    }),
  },
  {
    name: "better-auth: delete another organization",
    actor: "bob",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/delete",
      payload: { organizationId: w.teamA.id },
    }),
  },
  {
    name: "better-auth: make another organization active",
    actor: "bob",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/set-active",
      payload: { organizationId: w.teamA.id },
    }),
  },
  {
    name: "better-auth: leave an organization one is not in",
    actor: "bob",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/leave",
      payload: { organizationId: w.teamA.id },
    }),
  },
  {
    name: "better-auth: cancel another organization's invitation",
    actor: "bob",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/cancel-invitation",
      payload: { invitationId: w.invitationA },
    }),
  },
  {
    name: "better-auth: accept an invitation addressed to someone else",
    actor: "bob",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/accept-invitation",
      payload: { invitationId: w.invitationA },
    }),
  },
  {
    name: "better-auth: reject an invitation addressed to someone else",
    actor: "bob",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/reject-invitation",
      payload: { invitationId: w.invitationA },
    }),
  },
  {
    name: "better-auth: read an invitation addressed to someone else",
    actor: "bob",
    request: (w) => ({ method: "GET", url: `/api/auth/organization/get-invitation?id=${w.invitationA}` }),
  },
];

/** Inside one organization, a member's role does not allow the lead's actions. */
export const ROLE_CASES: AuthzCase[] = [
  {
    name: "a member sets the budget",
    actor: "mia",
    request: (w) => ({ method: "PUT", url: `/api/teams/${w.teamA.id}/budget`, payload: { allowanceUsd: 1 } }),
  },
  {
    name: "a member invites",
    actor: "mia",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/invite-member",
      payload: { email: "friend@example.com", role: "member", organizationId: w.teamA.id },
    }),
  },
  {
    name: "a member promotes themself",
    actor: "mia",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/update-member-role",
      payload: { memberId: w.teamA.memberIds.get(w.mia.id), role: "owner", organizationId: w.teamA.id },
    }),
  },
  {
    name: "a member removes the manager",
    actor: "mia",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/remove-member",
      payload: { memberIdOrEmail: w.teamA.memberIds.get(w.mark.id), organizationId: w.teamA.id },
    }),
  },
  {
    name: "a member cancels an invitation",
    actor: "mia",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/cancel-invitation",
      payload: { invitationId: w.invitationA },
    }),
  },
  {
    name: "a manager deletes the team",
    actor: "mark",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/delete",
      payload: { organizationId: w.teamA.id },
    }),
  },
  // better-auth refuses a non-owner removing an owner with 400 ("only owner"), before its role check.
  {
    name: "a manager removes the owner",
    actor: "mark",
    refusedWith: [400, 403],
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/remove-member",
      payload: { memberIdOrEmail: w.teamA.memberIds.get(w.alice.id), organizationId: w.teamA.id },
    }),
  },
  {
    name: "a manager promotes themself to owner",
    actor: "mark",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/update-member-role",
      payload: { memberId: w.teamA.memberIds.get(w.mark.id), role: "owner", organizationId: w.teamA.id },
    }),
  },
  {
    name: "a manager demotes the owner",
    actor: "mark",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/update-member-role",
      payload: { memberId: w.teamA.memberIds.get(w.alice.id), role: "member", organizationId: w.teamA.id },
    }),
  },
  {
    name: "a manager invites an owner",
    actor: "mark",
    request: (w) => ({
      method: "POST",
      url: "/api/auth/organization/invite-member",
      payload: { email: "boss@example.com", role: "owner", organizationId: w.teamA.id },
    }),
  },
];

/** Plans and diagnostics belong to one person; a teammate, an outsider or "local" never reaches them. */
export const PLAN_AND_DIAGNOSTIC_CASES: AuthzCase[] = [
  ...(["bob", "mia", "anonymous"] as const).flatMap((actor): AuthzCase[] => [
    {
      name: `${actor} reads another person's plan`,
      actor,
      request: (w) => ({ method: "GET", url: `/api/plans/${w.alicePlan}` }),
    },
    {
      name: `${actor} downloads another person's plan calendar`,
      actor,
      request: (w) => ({ method: "GET", url: `/api/plans/${w.alicePlan}.ics` }),
    },
    {
      name: `${actor} checks in on another person's plan`,
      actor,
      request: (w) => ({
        method: "POST",
        url: `/api/plans/${w.alicePlan}/check-ins`,
        payload: { hoursDone: 1 },
      }),
    },
    {
      name: `${actor} previews a check-in on another person's plan`,
      actor,
      request: (w) => ({
        method: "POST",
        url: `/api/plans/${w.alicePlan}/check-ins/preview`,
        payload: { hoursDone: 1 },
      }),
    },
    {
      name: `${actor} reads another person's next diagnostic question`,
      actor,
      request: (w) => ({ method: "GET", url: `/api/assessments/${w.aliceAssessment}/next` }),
    },
    {
      name: `${actor} answers in another person's diagnostic`,
      actor,
      request: (w) => ({
        method: "POST",
        url: `/api/assessments/${w.aliceAssessment}/answers`,
        payload: { itemId: "python-001", response: ["a"] },
      }),
    },
    {
      name: `${actor} finishes another person's diagnostic`,
      actor,
      request: (w) => ({ method: "POST", url: `/api/assessments/${w.aliceAssessment}/finish`, payload: {} }),
    },
    {
      name: `${actor} reads another person's diagnostic result`,
      actor,
      request: (w) => ({ method: "GET", url: `/api/assessments/${w.aliceAssessment}/result` }),
    },
  ]),
];

export const AUTHZ_CASES = [
  ...OTHER_PERSON_CASES,
  ...OTHER_ORGANIZATION_CASES,
  ...ROLE_CASES,
  ...PLAN_AND_DIAGNOSTIC_CASES,
];
