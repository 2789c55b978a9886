/**
 * @module The verification record, data/items/verified-with.json: the interpreter and library
 * versions the bank was last verified with, and the question hash of every item that passed. An
 * item counts as verified only while its question still has the recorded hash.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Item } from "@certpath/core";
import { z } from "zod";
import { readJsonFile } from "../load/read-json";
import { questionHash } from "./item-versions";
import type { ItemVerdict } from "./verify-items";

export interface VerificationRecord {
  verifiedOn: string;
  versions: Record<string, string>;
  passed: Record<string, string>;
}

export function recordPath(dataDir: string): string {
  return path.join(dataDir, "items", "verified-with.json");
}

const VerificationRecordSchema = z.object({
  verifiedOn: z.string(),
  versions: z.record(z.string(), z.string()),
  passed: z.record(z.string(), z.string()),
});

/** Throws ContentError naming the field when the file is damaged. */
export function readVerificationRecord(dataDir: string): VerificationRecord | undefined {
  const file = recordPath(dataDir);
  if (!existsSync(file)) return undefined;
  return readJsonFile(file, "items/verified-with.json", VerificationRecordSchema, (field) => ({
    record: "verified-with",
    field: field.map(String).join("."),
  }));
}

/** Verdicts implied by the record: ok where the current hash was recorded as passing. */
export function verdictsFromRecord(
  items: readonly Item[],
  record: VerificationRecord | undefined,
): ItemVerdict[] {
  return items.map((item) => {
    const ok = record?.passed[item.id] === questionHash(item);
    return {
      id: item.id,
      skill: item.skill,
      kind: "sourced",
      ok,
      problems: ok ? [] : ["not verified since last edit"],
    };
  });
}

export function writeVerificationRecord(
  dataDir: string,
  items: readonly Item[],
  verdicts: readonly ItemVerdict[],
  versions: Record<string, string>,
  today: string,
): VerificationRecord {
  const ok = new Set(verdicts.filter((v) => v.ok).map((v) => v.id));
  const passed: Record<string, string> = {};
  for (const item of [...items].sort((a, b) => a.id.localeCompare(b.id))) {
    if (ok.has(item.id)) passed[item.id] = questionHash(item);
  }
  const previous = readVerificationRecord(dataDir);
  // Keep the old date when nothing changed, so re-running the verifier leaves the file as it is.
  const unchanged =
    previous &&
    JSON.stringify(previous.passed) === JSON.stringify(passed) &&
    JSON.stringify(previous.versions) === JSON.stringify(versions);
  const record = { verifiedOn: unchanged ? previous.verifiedOn : today, versions, passed };
  writeFileSync(recordPath(dataDir), `${JSON.stringify(record, null, 1)}\n`);
  return record;
}
