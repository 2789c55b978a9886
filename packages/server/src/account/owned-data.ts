/**
 * @module Everything a person owns, in one list: the tables keyed by `owner_id`. Account deletion,
 * the anonymous-to-account upgrade and import all walk this list, so a new owned table is added
 * here once and is then deleted, claimed and replaced with the rest (export names its fields in
 * account-transfer.ts).
 */
import { and, asc, eq, ne } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { savedResults } from "../db/account-schema";
import { invitation, member, organization, user } from "../db/auth-schema";
import type { Database } from "../db/database";
import { assessments, planCheckIns, plans, profiles } from "../db/schema";
import { teamBudgets } from "../db/team-schema";
import { reminderDeliveries, walletCredentials, walletSettings } from "../db/wallet-schema";
import { LOCAL_OWNER } from "../http/owner";

interface OwnedTable {
  name: string;
  table: PgTable;
  owner: PgColumn;
  /** One row per owner: on an upgrade the account's own row wins over the anonymous one. */
  singleRow: boolean;
}

/** Children before parents, so deletes never trip a foreign key. */
export const OWNED_TABLES: readonly OwnedTable[] = [
  {
    name: "reminder_deliveries",
    table: reminderDeliveries,
    owner: reminderDeliveries.ownerId,
    singleRow: false,
  },
  {
    name: "wallet_credentials",
    table: walletCredentials,
    owner: walletCredentials.ownerId,
    singleRow: false,
  },
  { name: "wallet_settings", table: walletSettings, owner: walletSettings.ownerId, singleRow: true },
  { name: "saved_results", table: savedResults, owner: savedResults.ownerId, singleRow: false },
  { name: "assessments", table: assessments, owner: assessments.ownerId, singleRow: false },
  { name: "plan_check_ins", table: planCheckIns, owner: planCheckIns.ownerId, singleRow: false },
  { name: "plans", table: plans, owner: plans.ownerId, singleRow: false },
  { name: "profiles", table: profiles, owner: profiles.ownerId, singleRow: true },
];

/** Deletes every owned row and the person's footprint in teams; better-auth then deletes the user. */
export async function deleteOwnedData(db: Database, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    for (const owned of OWNED_TABLES) await tx.delete(owned.table).where(eq(owned.owner, userId));
    const [person] = await tx.select({ email: user.email }).from(user).where(eq(user.id, userId));
    // Invitations addressed to the person carry their e-mail address: personal data, so they go too.
    if (person) await tx.delete(invitation).where(eq(invitation.email, person.email));
    await tx
      .update(teamBudgets)
      .set({ updatedBy: "deleted-account" })
      .where(eq(teamBudgets.updatedBy, userId));
    const memberships = await tx.select().from(member).where(eq(member.userId, userId));
    for (const membership of memberships) {
      const others = await tx
        .select()
        .from(member)
        .where(and(eq(member.organizationId, membership.organizationId), ne(member.userId, userId)))
        .orderBy(asc(member.createdAt));
      if (others.length === 0) {
        // Nobody is left to hold the team's data: the team goes with its last member.
        await tx.delete(organization).where(eq(organization.id, membership.organizationId));
        continue;
      }
      const hasOwner = others.some((other) => other.role.split(",").includes("owner"));
      const successor = others.find((other) => other.role.includes("manager")) ?? others[0];
      if (!hasOwner && successor) {
        // A team is never left without an owner: the longest-serving manager (or member) takes over.
        await tx.update(member).set({ role: "owner" }).where(eq(member.id, successor.id));
      }
    }
  });
}

export interface ClaimResult {
  moved: Record<string, number>;
}

/**
 * The anonymous-to-account upgrade: the "local" person's rows become the account's. For one-row
 * tables (profile, wallet settings) the account keeps its own row when it already has one, and the
 * local row stays where it was rather than being lost.
 */
export async function claimLocalData(db: Database, userId: string): Promise<ClaimResult> {
  return db.transaction(async (tx) => {
    const moved: Record<string, number> = {};
    for (const owned of OWNED_TABLES) {
      if (owned.singleRow) {
        const existing = await tx.select().from(owned.table).where(eq(owned.owner, userId));
        if (existing.length > 0) {
          moved[owned.name] = 0;
          continue;
        }
      }
      const rows = await tx
        .update(owned.table)
        .set({ [ownerKey(owned)]: userId })
        .where(eq(owned.owner, LOCAL_OWNER))
        .returning();
      moved[owned.name] = rows.length;
    }
    return { moved };
  });
}

/** Whether the anonymous person has stored anything. */
export async function hasLocalData(db: Database): Promise<boolean> {
  for (const owned of OWNED_TABLES) {
    const rows = await db.select().from(owned.table).where(eq(owned.owner, LOCAL_OWNER)).limit(1);
    if (rows.length > 0) return true;
  }
  return false;
}

/** The Drizzle property name of the owner column (ownerId in every owned table). */
function ownerKey(owned: OwnedTable): string {
  const entry = Object.entries(owned.table).find(([, column]) => column === owned.owner);
  if (!entry) throw new Error(`no owner column on ${owned.name}`);
  return entry[0];
}
