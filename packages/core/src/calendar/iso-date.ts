/**
 * @module Calendar dates as ISO strings (YYYY-MM-DD). Certification facts, expiries and study weeks
 * are calendar days, not instants, so arithmetic runs on UTC day numbers and never on a clock.
 */
import { CertpathError } from "../shared/errors";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  );
}

/** Days since 1970-01-01 for an ISO date. Throws INVALID_ARGUMENT on anything else. */
export function toDayNumber(date: string): number {
  if (!isIsoDate(date))
    throw new CertpathError("INVALID_ARGUMENT", `expected a date as YYYY-MM-DD, got "${date}"`);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** b − a in days (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29), which is
 * how vendors state "valid for N years" from an earned date.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  toDayNumber(date);
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(year, month, Math.min(d, lastDay)) / MS_PER_DAY);
}

export function addYears(date: string, years: number): string {
  return addMonths(date, Math.round(years * 12));
}

/** The Monday on or before a date (ISO weeks start on Monday). */
export function startOfWeek(date: string): string {
  const day = toDayNumber(date);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const offset = (((day + 3) % 7) + 7) % 7;
  return fromDayNumber(day - offset);
}
