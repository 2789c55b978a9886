/**
 * @module Test helpers for teams: create a team through better-auth's organization endpoints and
 * bring people in by invitation and acceptance, as the web app does.
 */
import type { FastifyInstance } from "fastify";
import { as, type Person } from "./accounts";

export interface Team {
  id: string;
  memberIds: Map<string, string>;
}

let teams = 0;

export async function createTeam(app: FastifyInstance, owner: Person, name: string): Promise<Team> {
  const created = await as(app, owner, {
    method: "POST",
    url: "/api/auth/organization/create",
    payload: { name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${++teams}-${Date.now()}` },
  });
  if (created.status !== 200)
    throw new Error(`create team failed: ${created.status} ${JSON.stringify(created.body)}`);
  const ownerMember = (created.body.members as Array<{ id: string; userId: string }>)[0];
  return { id: created.body.id, memberIds: new Map([[owner.id, ownerMember?.id ?? ""]]) };
}

export async function invite(
  app: FastifyInstance,
  inviter: Person,
  team: Team,
  email: string,
  role = "member",
) {
  return as(app, inviter, {
    method: "POST",
    url: "/api/auth/organization/invite-member",
    payload: { email, role, organizationId: team.id },
  });
}

export async function join(
  app: FastifyInstance,
  inviter: Person,
  team: Team,
  person: Person,
  role = "member",
) {
  const invitation = await invite(app, inviter, team, person.email, role);
  if (invitation.status !== 200)
    throw new Error(`invite failed: ${invitation.status} ${JSON.stringify(invitation.body)}`);
  const accepted = await as(app, person, {
    method: "POST",
    url: "/api/auth/organization/accept-invitation",
    payload: { invitationId: invitation.body.id },
  });
  if (accepted.status !== 200)
    throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  team.memberIds.set(person.id, accepted.body.member.id);
}
