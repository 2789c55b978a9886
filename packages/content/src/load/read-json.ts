/**
 * @module Reads a JSON content file (the item bank's version lock and verification record) and
 * validates it, so a damaged file is a ContentError naming the file, record and field instead of
 * a SyntaxError or a TypeError deep inside whatever reads it next.
 */
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { ContentError } from "./content-error";

/**
 * `recordOf` names the record an issue path belongs to: a keyed map names the key (an item id), a
 * single-record file names itself.
 */
export function readJsonFile<T>(
  file: string,
  label: string,
  schema: z.ZodType<T>,
  recordOf: (path: PropertyKey[]) => { record: string; field: string },
): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const message = `not valid JSON: ${String((error as Error).message)
      .split("\n")[0]
      ?.slice(0, 200)}`;
    throw new ContentError([{ file: label, record: "", field: "", message }]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => ({ file: label, ...recordOf(issue.path), message: issue.message })),
    );
  }
  return parsed.data;
}
