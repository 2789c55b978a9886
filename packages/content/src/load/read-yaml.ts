/**
 * @module Reads a YAML content file, reporting syntax errors with their line.
 */
import { readFileSync } from "node:fs";
import { parse, YAMLParseError } from "yaml";
import type { z } from "zod";
import type { ContentIssue } from "./content-error";

export function readYaml(file: string, label: string, issues: ContentIssue[]): unknown {
  try {
    return parse(readFileSync(file, "utf8"), { prettyErrors: true });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : "";
    issues.push({
      file: label,
      record: where,
      field: "",
      message: `not valid YAML: ${String((error as Error).message).split("\n")[0]}`,
    });
    return undefined;
  }
}

/** Converts zod issues for one record into content issues. */
export function zodIssues(file: string, record: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    record,
    field: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

/**
 * How an issue names a record in a list: its id when that is a usable string or number, else its
 * position ("#3"). Never String() on an arbitrary value: a damaged file can make `id` a mapping
 * whose `toString` is not a function, and String() would throw a TypeError instead of a report.
 */
export function recordName(entry: unknown, index: number): string {
  const id = typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
  if ((typeof id === "string" && id.trim() !== "") || typeof id === "number") return String(id);
  return `#${index + 1}`;
}
