/**
 * @module What the team routes read about members: their names, their latest skill estimates
 * (the stored profile's self-ratings and diagnostic abilities), their plans and their wallet.
 * Only the fields the team views need are selected; answers and raw estimates never leave
 * core's skills matrix, which turns them into levels.
 */
import type { Certification, MemberEvidence, TeamMemberPlans } from "@certpath/core";
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Profile } from "../contracts/profile";
import { member, user } from "../db/auth-schema";
import type { Database } from "../db/database";
import { plans, profiles } from "../db/schema";
import { walletCredentials } from "../db/wallet-schema";
import { credentialStatus } from "../wallet/credential-view";

export interface TeamMember {
  memberId: string;
  userId: string;
  name: string;
  role: string;
}

export async function teamMembers(db: Database, teamId: string): Promise<TeamMember[]> {
  return db
    .select({ memberId: member.id, userId: member.userId, name: user.name, role: member.role })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, teamId))
    .orderBy(asc(user.name), asc(member.id));
}

/**
 * The team's members with what the skills matrix reads, in two statements and no per-member
 * parameters: the members ordered by name (the team's memberships by the index on
 * member.organization_id, joined to user by primary key), and the two profile fields the matrix
 * uses for the same memberships (joined to profiles by primary key), matched up here. Sorting the
 * narrow member rows alone keeps the sort in memory; with the jsonb alongside, a team of 10,000
 * sorted on disk. (It used to fetch whole profiles with `owner_id in ($1 … $n)`, one parameter
 * per member: 10,000 parameters and ≈ 10 MB of jsonb for a team of 10,000; bench/team-matrix.)
 */
export async function teamMemberEvidence(db: Database, teamId: string): Promise<MemberEvidence[]> {
  const [members, fields] = await Promise.all([
    teamMembers(db, teamId),
    db
      .select({
        ownerId: profiles.ownerId,
        skills: sql<Profile["skills"] | null>`${profiles.data} -> 'skills'`,
        assessment: sql<Profile["assessment"] | null>`${profiles.data} -> 'assessment'`,
      })
      .from(member)
      .innerJoin(profiles, eq(profiles.ownerId, member.userId))
      .where(eq(member.organizationId, teamId)),
  ]);
  const byOwner = new Map(fields.map((row) => [row.ownerId, row]));
  return members.map((m) => {
    const profile = byOwner.get(m.userId);
    return {
      memberId: m.memberId,
      name: m.name,
      profile: profile
        ? { skills: profile.skills ?? undefined, assessment: profile.assessment ?? undefined }
        : null,
    };
  });
}

export async function memberPlans(
  db: Database,
  members: readonly TeamMember[],
  catalog: ReadonlyMap<string, Certification>,
  today: string,
): Promise<TeamMemberPlans[]> {
  const ids = members.map((m) => m.userId);
  const planRows = ids.length
    ? await db
        .select({
          id: plans.id,
          ownerId: plans.ownerId,
          certificationId: plans.certificationId,
          data: plans.data,
        })
        .from(plans)
        .where(inArray(plans.ownerId, ids))
    : [];
  const credentialRows = ids.length
    ? await db.select().from(walletCredentials).where(inArray(walletCredentials.ownerId, ids))
    : [];
  return members.map((m) => ({
    memberId: m.memberId,
    name: m.name,
    plans: planRows
      .filter((p) => p.ownerId === m.userId)
      .flatMap((p) => {
        const examDate = (p.data as { examDate?: unknown }).examDate;
        return typeof examDate === "string"
          ? [{ planId: p.id, certificationId: p.certificationId, examDate }]
          : [];
      }),
    credentials: credentialRows
      .filter((c) => c.ownerId === m.userId)
      .map((c) => ({
        credentialId: c.id,
        name: c.name,
        certificationId: c.certificationId,
        status: credentialStatus(c, catalog, today),
      })),
  }));
}
