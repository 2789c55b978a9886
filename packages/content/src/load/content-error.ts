/**
 * @module ContentError: every problem found in data/, each naming the file, the record and the
 * field, so an author can fix all of them in one pass.
 */
export interface ContentIssue {
  file: string;
  /** The record's id (or its index when it has none). */
  record: string;
  /** Dotted path to the field, "" for the whole record. */
  field: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where = [issue.file, issue.record, issue.field].filter(Boolean).join(" › ");
  return `${where}: ${issue.message}`;
}

export class ContentError extends Error {
  override name = "ContentError";
  constructor(readonly issues: ContentIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? "" : "s"} in content:\n${issues
        .slice(0, 50)
        .map((i) => `  ${formatIssue(i)}`)
        .join("\n")}${issues.length > 50 ? `\n  … and ${issues.length - 50} more` : ""}`,
    );
  }
}
