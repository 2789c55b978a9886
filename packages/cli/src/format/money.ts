/** @module Money and dates for people: locale-aware, from the environment's locale. */
export function formatUsd(amount: number | null, locale?: string): string {
  if (amount === null) return "unknown";
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "USD",
    maximumFractionDigits: 0,
  }).format(amount);
}
