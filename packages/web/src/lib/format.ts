/**
 * @module Locale-aware formatting of money and dates, in the reader's own locale.
 */
const locale = typeof navigator === "undefined" ? undefined : navigator.language;

export function formatUsd(amount: number | null): string {
  if (amount === null) return "Not published";
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "USD",
    maximumFractionDigits: 0,
  }).format(amount);
}

/** A calendar date (YYYY-MM-DD) in the reader's format; the day never shifts with time zones. */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return "—";
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatRange(range: { min: number; max: number } | null, unit: string): string {
  if (!range) return "Not published";
  return range.min === range.max ? `${range.min} ${unit}` : `${range.min}–${range.max} ${unit}`;
}
