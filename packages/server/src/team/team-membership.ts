/**
 * @module Team membership checks for Certpath's team routes. A person who is not a member of a
 * team gets the same 404 as for a team that does not exist, so team ids reveal nothing; a member
 * without the permission gets a 403.
 */
import { and, eq } from "drizzle-orm";
import { roleAllows, type TeamPermission } from "../auth/team-roles";
import { member, organization } from "../db/auth-schema";
import type { Database } from "../db/database";
import { HttpError } from "../http/errors";

export interface Membership {
  teamId: string;
  teamName: string;
  memberId: string;
  userId: string;
  role: string;
}

export async function requireMembership(db: Database, teamId: string, userId: string): Promise<Membership> {
  const [row] = await db
    .select({ memberId: member.id, role: member.role, teamName: organization.name })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .where(and(eq(member.organizationId, teamId), eq(member.userId, userId)));
  if (!row) throw new HttpError(404, "not_found", `No team "${teamId}".`);
  return { teamId, teamName: row.teamName, memberId: row.memberId, userId, role: row.role };
}

export function can(membership: Membership, permission: TeamPermission): boolean {
  return roleAllows(membership.role, permission);
}

export function requirePermission(membership: Membership, permission: TeamPermission): void {
  if (!can(membership, permission)) {
    throw new HttpError(403, "forbidden", "Only the team's owner or a manager can do this.");
  }
}
