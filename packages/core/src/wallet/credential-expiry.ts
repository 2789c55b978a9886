/**
 * @module Credential expiry: when an earned credential lapses, from the catalog's validity rule.
 * Vendors count validity from the pass date ("valid for 3 years"); a renewal either extends the
 * current expiry (Microsoft's free online assessment adds a year to the date it would have
 * expired) or restarts the clock from the renewal (a retake, as AWS, Google and Databricks do).
 */
import { addYears, daysBetween } from "../calendar/iso-date";
import type { IsoDate, Renewal } from "../catalog/certification";
import { CertpathError } from "../shared/errors";

export interface CredentialDates {
  earnedOn: IsoDate;
  /** The latest renewal, if any. */
  renewedOn?: IsoDate | null | undefined;
  /** An expiry the person or the badge states; it wins over the catalog's rule. */
  expiresOn?: IsoDate | null | undefined;
}

export interface ValidityRule {
  /** Null when the catalog has no validity period (the credential does not expire, as far as known). */
  years: number | null;
  renewal: Renewal;
}

/** Renewal methods that add one validity period to the expiry instead of restarting from the renewal. */
const EXTENDS_CURRENT_EXPIRY = new Set<Renewal["method"]>(["free-online-assessment"]);

/** Bounds the renewal-cycle search; no credential is renewed for a century. */
const MAX_CYCLES = 100;

export function validateCredentialDates(dates: CredentialDates): void {
  if (dates.renewedOn && daysBetween(dates.earnedOn, dates.renewedOn) < 0) {
    throw new CertpathError("INVALID_ARGUMENT", "renewedOn: must be on or after earnedOn");
  }
  if (dates.expiresOn && daysBetween(dates.earnedOn, dates.expiresOn) < 0) {
    throw new CertpathError("INVALID_ARGUMENT", "expiresOn: must be on or after earnedOn");
  }
}

/** The expiry date, or null when the credential does not expire (or nobody knows when). */
export function credentialExpiry(dates: CredentialDates, rule: ValidityRule | null): IsoDate | null {
  validateCredentialDates(dates);
  if (dates.expiresOn) return dates.expiresOn;
  if (!rule || rule.years === null || rule.years <= 0) return null;
  const years = rule.years;
  const renewedOn = dates.renewedOn;
  if (!renewedOn) return addYears(dates.earnedOn, years);
  if (!EXTENDS_CURRENT_EXPIRY.has(rule.renewal.method)) return addYears(renewedOn, years);
  // The renewal happened before some expiry E_k = earned + k·years (inside its window); the
  // credential now runs to E_{k+1}. Several renewals in a row land on later cycles the same way.
  for (let cycle = 1; cycle <= MAX_CYCLES; cycle++) {
    const expiry = addYears(dates.earnedOn, cycle * years);
    if (daysBetween(renewedOn, expiry) >= 0) return addYears(dates.earnedOn, (cycle + 1) * years);
  }
  throw new CertpathError("INVALID_ARGUMENT", "renewedOn: too far after earnedOn");
}
