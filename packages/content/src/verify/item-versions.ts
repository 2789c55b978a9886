/**
 * @module Item versions: data/items/versions.json pins a hash of each item's question (stem, code,
 * options, key, answer) per version. Editing any of those without bumping `version` is caught, so
 * responses recorded against an old version are never scored against a new question.
 */
import { createHash } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Item } from "@certpath/core";
import { z } from "zod";
import { readJsonFile } from "../load/read-json";

export type VersionLock = Record<string, { version: number; hash: string }>;

export function questionHash(item: Item): string {
  const question = {
    stem: item.stem,
    code: item.code ?? null,
    options: item.options ?? null,
    key: item.key ?? null,
    answer: item.answer ?? null,
  };
  return createHash("sha256").update(JSON.stringify(question)).digest("hex").slice(0, 16);
}

export function lockPath(dataDir: string): string {
  return path.join(dataDir, "items", "versions.json");
}

const VersionLockSchema = z.record(
  z.string(),
  z.object({ version: z.number().int().min(1), hash: z.string().min(1) }),
);

/** Throws ContentError naming the item id and field when the file is damaged. */
export function readLock(dataDir: string): VersionLock {
  const file = lockPath(dataDir);
  if (!existsSync(file)) return {};
  return readJsonFile(file, "items/versions.json", VersionLockSchema, ([id, ...field]) => ({
    record: id === undefined ? "" : String(id),
    field: field.map(String).join("."),
  }));
}

export interface LockProblem {
  id: string;
  message: string;
}

/** Items whose question changed while their version did not, or whose version went backwards. */
export function checkLock(items: readonly Item[], lock: VersionLock): LockProblem[] {
  const problems: LockProblem[] = [];
  for (const item of items) {
    const pinned = lock[item.id];
    if (!pinned) continue;
    if (item.version < pinned.version) {
      problems.push({
        id: item.id,
        message: `version ${item.version} is older than the pinned ${pinned.version}`,
      });
    } else if (item.version === pinned.version && questionHash(item) !== pinned.hash) {
      problems.push({
        id: item.id,
        message: `the question changed but version is still ${item.version}: bump it to ${item.version + 1}`,
      });
    }
  }
  return problems;
}

/** Pins every item's current version and hash; refuses while checkLock finds problems. */
export function updateLock(dataDir: string, items: readonly Item[]): { added: number; bumped: number } {
  const lock = readLock(dataDir);
  const problems = checkLock(items, lock);
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.id}: ${p.message}`).join("\n"));
  let added = 0;
  let bumped = 0;
  const next: VersionLock = {};
  for (const item of [...items].sort((a, b) => a.id.localeCompare(b.id))) {
    const pinned = lock[item.id];
    if (!pinned) added++;
    else if (pinned.version !== item.version) bumped++;
    next[item.id] = { version: item.version, hash: questionHash(item) };
  }
  writeFileSync(lockPath(dataDir), `${JSON.stringify(next, null, 1)}\n`);
  return { added, bumped };
}
