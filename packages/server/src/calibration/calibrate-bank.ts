/**
 * @module The calibration job: re-estimates item parameters and skill correlations from every
 * stored diagnostic answer (marginal maximum likelihood by EM, packages/core/src/irt/calibration.ts)
 * and stores the result; the diagnostic bank uses the latest calibration from the next start.
 * Each diagnostic session counts as one person: ability may change between sessions.
 */
import { randomUUID } from "node:crypto";
import {
  type BankItem,
  type CalibrationResult,
  calibrate,
  type Item,
  type ResponseRecord,
} from "@certpath/core";
import { desc } from "drizzle-orm";
import type { Database } from "../db/database";
import { assessments, itemCalibrations } from "../db/schema";
import { provisionalBankItems } from "../routes/assessments-bank";

export type ItemParameters = ReadonlyMap<string, { a: number; b: number; c: number }>;

export interface StoredCalibration {
  id: string;
  createdAt: string;
  responses: number;
  people: number;
  result: CalibrationResult;
}

/** Every answered item of every stored diagnostic, as calibration input. */
export async function collectResponses(db: Database, known: ReadonlySet<string>): Promise<ResponseRecord[]> {
  const rows = await db.select({ id: assessments.id, state: assessments.state }).from(assessments);
  const records: ResponseRecord[] = [];
  for (const row of rows) {
    const answered = (row.state as { session?: { responses?: Array<{ itemId: string; correct: boolean }> } })
      .session?.responses;
    // Answers to items since removed from the bank cannot inform today's parameters.
    for (const r of answered ?? [])
      if (known.has(r.itemId)) records.push({ personId: row.id, itemId: r.itemId, correct: r.correct });
  }
  return records;
}

export async function runCalibration(db: Database, items: readonly Item[]): Promise<StoredCalibration> {
  const bankItems: BankItem[] = provisionalBankItems(items);
  const responses = await collectResponses(db, new Set(bankItems.map((i) => i.id)));
  const result = calibrate(bankItems, responses);
  const stored: StoredCalibration = {
    id: randomUUID(),
    createdAt: new Date().toISOString(),
    responses: responses.length,
    people: new Set(responses.map((r) => r.personId)).size,
    result,
  };
  await db
    .insert(itemCalibrations)
    .values({ id: stored.id, data: stored, createdAt: new Date(stored.createdAt) });
  return stored;
}

/** Parameters of the items the latest calibration estimated (provisional ones are left out). */
export async function latestItemParameters(db: Database): Promise<ItemParameters> {
  const [row] = await db.select().from(itemCalibrations).orderBy(desc(itemCalibrations.createdAt)).limit(1);
  const parameters = new Map<string, { a: number; b: number; c: number }>();
  for (const item of (row?.data as StoredCalibration | undefined)?.result.items ?? []) {
    if (!item.provisional) parameters.set(item.id, { a: item.a, b: item.b, c: item.c });
  }
  return parameters;
}
