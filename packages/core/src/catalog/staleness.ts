/**
 * @module Staleness: a fact group whose newest source is older than the threshold is flagged, so
 * the API and the UI can say "check this" instead of presenting an old price as current.
 */
import { daysBetween } from "../calendar/iso-date";
import type { Certification } from "./certification";

export const DEFAULT_STALE_AFTER_DAYS = 180;

export const FACT_GROUPS = [
  "status",
  "format",
  "price",
  "passingScore",
  "validity",
  "experience",
  "blueprint",
] as const;
export type FactGroup = (typeof FACT_GROUPS)[number];

export interface StaleFact {
  group: FactGroup;
  /** The newest source date backing the group. */
  newestSource: string;
  ageDays: number;
}

/**
 * Lists the fact groups whose newest source is more than `staleAfterDays` old on `today`.
 * @param today the caller's date (core reads no clock).
 */
export function findStaleFacts(
  certification: Certification,
  today: string,
  staleAfterDays: number = DEFAULT_STALE_AFTER_DAYS,
): StaleFact[] {
  const dateById = new Map(certification.sources.map((source) => [source.id, source.date]));
  const stale: StaleFact[] = [];
  for (const group of FACT_GROUPS) {
    const ids = certification[group].sources;
    const dates = ids.map((id) => dateById.get(id)).filter((d): d is string => d !== undefined);
    if (dates.length === 0) continue;
    // ISO dates sort as strings.
    const newestSource = [...dates].sort().at(-1) as string;
    const ageDays = daysBetween(newestSource, today);
    if (ageDays > staleAfterDays) stale.push({ group, newestSource, ageDays });
  }
  return stale;
}
