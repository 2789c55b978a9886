/**
 * @module What the team routes read about members: their names, their latest skill estimates
 * (the stored profile's self-ratings and diagnostic abilities), their plans and their wallet.
 * Only the fields the team views need are selected; answers and raw estimates never leave
 * core's skills matrix, which turns them into levels.
 */
import type { Certification, MemberEvidence, TeamMemberPlans } from "@certpath/core";
import { asc, eq, inArray } from "drizzle-orm";
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

export async function memberEvidence(
  db: Database,
  members: readonly TeamMember[],
): Promise<MemberEvidence[]> {
  const ids = members.map((m) => m.userId);
  const rows = ids.length ? await db.select().from(profiles).where(inArray(profiles.ownerId, ids)) : [];
  const byOwner = new Map(rows.map((row) => [row.ownerId, row.data as Profile]));
  return members.map((m) => {
    const profile = byOwner.get(m.userId);
    return {
      memberId: m.memberId,
      name: m.name,
      profile: profile ? { skills: profile.skills, assessment: profile.assessment } : null,
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
