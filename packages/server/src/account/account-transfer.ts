/**
 * @module Export and import of one person's data. Import replaces what the person has with the
 * document, in one transaction: either all of it lands or nothing changes. Ids are kept, so an
 * export imported back into the same account round-trips exactly; an id already used by someone
 * else on this server gets a fresh one (and check-ins follow their plan's new id).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { savedResults } from "../db/account-schema";
import type { Database } from "../db/database";
import { assessments, planCheckIns, plans, profiles } from "../db/schema";
import { walletCredentials, walletSettings } from "../db/wallet-schema";
import { EXPORT_FORMAT, type ExportDocument } from "./export-document";
import { OWNED_TABLES } from "./owned-data";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export async function exportOwnedData(db: Database, ownerId: string, now: Date): Promise<ExportDocument> {
  const [profile] = await db.select().from(profiles).where(eq(profiles.ownerId, ownerId));
  const planRows = await db
    .select()
    .from(plans)
    .where(eq(plans.ownerId, ownerId))
    .orderBy(asc(plans.createdAt), asc(plans.id));
  const checkIns = await db
    .select()
    .from(planCheckIns)
    .where(eq(planCheckIns.ownerId, ownerId))
    .orderBy(asc(planCheckIns.createdAt), asc(planCheckIns.id));
  const results = await db
    .select()
    .from(savedResults)
    .where(eq(savedResults.ownerId, ownerId))
    .orderBy(asc(savedResults.createdAt), asc(savedResults.id));
  const credentials = await db
    .select()
    .from(walletCredentials)
    .where(eq(walletCredentials.ownerId, ownerId))
    .orderBy(asc(walletCredentials.createdAt), asc(walletCredentials.id));
  const [settings] = await db.select().from(walletSettings).where(eq(walletSettings.ownerId, ownerId));
  const diagnostics = await db
    .select()
    .from(assessments)
    .where(eq(assessments.ownerId, ownerId))
    .orderBy(asc(assessments.createdAt), asc(assessments.id));
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    profile: profile ? { data: profile.data as never, updatedAt: profile.updatedAt.toISOString() } : null,
    plans: planRows.map((plan) => ({
      id: plan.id,
      certificationId: plan.certificationId,
      profile: plan.profile as never,
      data: plan.data as Record<string, unknown>,
      createdAt: plan.createdAt.toISOString(),
      updatedAt: plan.updatedAt.toISOString(),
      checkIns: checkIns
        .filter((c) => c.planId === plan.id)
        .map((c) => ({
          id: c.id,
          data: c.data as Record<string, unknown>,
          createdAt: c.createdAt.toISOString(),
        })),
    })),
    assessments: diagnostics.map((a) => ({
      id: a.id,
      state: a.state as Record<string, unknown>,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
      finishedAt: a.finishedAt?.toISOString() ?? null,
    })),
    savedResults: results.map((r) => ({
      id: r.id,
      kind: r.kind as "diagnostic" | "recommendation",
      title: r.title,
      data: r.data as Record<string, unknown>,
      createdAt: r.createdAt.toISOString(),
    })),
    wallet: {
      emailReminders: settings?.emailReminders ?? true,
      credentials: credentials.map((c) => ({
        id: c.id,
        certificationId: c.certificationId,
        name: c.name,
        issuer: c.issuer,
        earnedOn: c.earnedOn,
        renewedOn: c.renewedOn,
        expiresOn: c.expiresOn,
        source: c.source as "catalog" | "manual" | "open-badges",
        credentialUrl: c.credentialUrl,
        badge: (c.badge as Record<string, unknown> | null) ?? null,
        createdAt: c.createdAt.toISOString(),
        updatedAt: c.updatedAt.toISOString(),
      })),
    },
  };
}

export interface ImportSummary {
  profile: boolean;
  assessments: number;
  plans: number;
  checkIns: number;
  savedResults: number;
  credentials: number;
}

export async function importOwnedData(
  db: Database,
  ownerId: string,
  doc: ExportDocument,
): Promise<ImportSummary> {
  return db.transaction(async (tx) => {
    for (const owned of OWNED_TABLES) await tx.delete(owned.table).where(eq(owned.owner, ownerId));
    const planIds = await freshIds(
      tx,
      plans,
      plans.id,
      doc.plans.map((p) => p.id),
    );
    const checkInIds = await freshIds(
      tx,
      planCheckIns,
      planCheckIns.id,
      doc.plans.flatMap((p) => p.checkIns.map((c) => c.id)),
    );
    const resultIds = await freshIds(
      tx,
      savedResults,
      savedResults.id,
      doc.savedResults.map((r) => r.id),
    );
    const assessmentIds = await freshIds(
      tx,
      assessments,
      assessments.id,
      doc.assessments.map((a) => a.id),
    );
    const credentialIds = await freshIds(
      tx,
      walletCredentials,
      walletCredentials.id,
      doc.wallet.credentials.map((c) => c.id),
    );
    if (doc.profile) {
      await tx
        .insert(profiles)
        .values({ ownerId, data: doc.profile.data, updatedAt: new Date(doc.profile.updatedAt) });
    }
    for (const plan of doc.plans) {
      const planId = planIds(plan.id);
      await tx.insert(plans).values({
        id: planId,
        ownerId,
        certificationId: plan.certificationId,
        profile: plan.profile,
        data: plan.data,
        createdAt: new Date(plan.createdAt),
        updatedAt: new Date(plan.updatedAt),
      });
      for (const checkIn of plan.checkIns) {
        await tx.insert(planCheckIns).values({
          id: checkInIds(checkIn.id),
          planId,
          ownerId,
          data: checkIn.data,
          createdAt: new Date(checkIn.createdAt),
        });
      }
    }
    for (const assessment of doc.assessments) {
      await tx.insert(assessments).values({
        id: assessmentIds(assessment.id),
        ownerId,
        state: assessment.state,
        createdAt: new Date(assessment.createdAt),
        updatedAt: new Date(assessment.updatedAt),
        finishedAt: assessment.finishedAt ? new Date(assessment.finishedAt) : null,
      });
    }
    for (const result of doc.savedResults) {
      await tx
        .insert(savedResults)
        .values({ ...result, id: resultIds(result.id), ownerId, createdAt: new Date(result.createdAt) });
    }
    for (const credential of doc.wallet.credentials) {
      await tx.insert(walletCredentials).values({
        ...credential,
        id: credentialIds(credential.id),
        ownerId,
        createdAt: new Date(credential.createdAt),
        updatedAt: new Date(credential.updatedAt),
      });
    }
    await tx.insert(walletSettings).values({
      ownerId,
      calendarToken: newCalendarToken(),
      emailReminders: doc.wallet.emailReminders,
    });
    return {
      profile: doc.profile !== null,
      assessments: doc.assessments.length,
      plans: doc.plans.length,
      checkIns: doc.plans.reduce((n, p) => n + p.checkIns.length, 0),
      savedResults: doc.savedResults.length,
      credentials: doc.wallet.credentials.length,
    };
  });
}

/** 256 bits, URL-safe: the private calendar feed's capability. */
export function newCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Maps each wanted id to itself when unused on this server, else to a new UUID. */
async function freshIds(
  tx: Tx,
  table: PgTable,
  idColumn: PgColumn,
  wanted: string[],
): Promise<(id: string) => string> {
  const taken = new Set<string>();
  if (wanted.length > 0) {
    const rows = (await tx
      .select({ id: idColumn })
      .from(table)
      .where(and(inArray(idColumn, wanted)))) as Array<{ id: string }>;
    for (const row of rows) taken.add(row.id);
  }
  const mapping = new Map(wanted.map((id) => [id, taken.has(id) ? randomUUID() : id]));
  return (id) => mapping.get(id) ?? randomUUID();
}
