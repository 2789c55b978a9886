/**
 * @module Credential status: everything the wallet says about one earned credential on a given day
 * — expiry, days left, the renewal window, what renewal needs, and, when the exam was retired,
 * the successor path. Pure: `today` is a parameter.
 */
import { daysBetween } from "../calendar/iso-date";
import { describeStatus } from "../catalog/catalog-query";
import type { Certification, IsoDate } from "../catalog/certification";
import { type CredentialDates, credentialExpiry } from "./credential-expiry";
import { type Renewability, type RenewalWindow, renewability, renewalWindow } from "./renewal-window";

export const CREDENTIAL_STATES = ["current", "renewal-open", "grace", "expired", "no-expiry"] as const;
export type CredentialState = (typeof CREDENTIAL_STATES)[number];

export interface CredentialRenewal {
  renewable: Renewability;
  method: Certification["validity"]["renewal"]["method"] | null;
  costUsd: number | null;
  window: RenewalWindow | null;
  /** One or two sentences: what the holder has to do, and by when. */
  needs: string;
  /** The catalog's own words about renewal, when the credential is in the catalog. */
  vendorText: string | null;
}

export interface CredentialRetirement {
  message: string;
  successors: Array<{ id: string; name: string }>;
}

export interface CredentialStatus {
  expiresOn: IsoDate | null;
  /** Days from today to the expiry; negative once expired; null when it does not expire. */
  daysLeft: number | null;
  state: CredentialState;
  renewal: CredentialRenewal;
  retirement: CredentialRetirement | null;
}

export function describeCredential(
  dates: CredentialDates,
  certification: Certification | null,
  catalog: ReadonlyMap<string, Certification>,
  today: IsoDate,
): CredentialStatus {
  const expiresOn = credentialExpiry(dates, certification?.validity ?? null);
  const window = renewalWindow(expiresOn, certification);
  const daysLeft = expiresOn ? daysBetween(today, expiresOn) : null;
  const state = stateOn(today, expiresOn, window);
  const notice = certification ? describeStatus(certification, catalog) : null;
  const retirement =
    notice && !notice.bookable && notice.message
      ? { message: notice.message, successors: notice.successors }
      : null;
  const renewable = renewability(certification);
  return {
    expiresOn,
    daysLeft,
    state,
    renewal: {
      renewable,
      method: certification?.validity.renewal.method ?? null,
      costUsd: certification?.validity.renewal.costUsd ?? null,
      window,
      needs: renewalNeeds(certification, renewable, expiresOn, window, retirement),
      vendorText: certification?.validity.renewal.text ?? null,
    },
    retirement,
  };
}

function stateOn(today: IsoDate, expiresOn: IsoDate | null, window: RenewalWindow | null): CredentialState {
  if (!expiresOn) return "no-expiry";
  const lastDay = window?.closesOn ?? expiresOn;
  if (daysBetween(lastDay, today) > 0) return "expired";
  if (daysBetween(expiresOn, today) > 0) return "grace";
  if (window && daysBetween(window.opensOn, today) >= 0) return "renewal-open";
  return "current";
}

const METHOD_WORDS: Record<Certification["validity"]["renewal"]["method"], string> = {
  retake: "Retake the current version of the exam",
  "free-online-assessment": "Pass the free online renewal assessment",
  "continuing-education": "Earn the required continuing-education credits",
  "retake-or-higher-exam": "Retake the exam or pass a higher-level exam from the same vendor",
  none: "This credential cannot be renewed",
  unknown: "The vendor's renewal rules are not confirmed",
};

function renewalNeeds(
  certification: Certification | null,
  renewable: Renewability,
  expiresOn: IsoDate | null,
  window: RenewalWindow | null,
  retirement: CredentialRetirement | null,
): string {
  const successor =
    retirement && retirement.successors.length > 0
      ? ` To stay certified, earn the successor: ${retirement.successors.map((s) => s.name).join("; ")}.`
      : "";
  if (!expiresOn) {
    return certification?.validity.years === null || !certification
      ? "No expiry is known for this credential."
      : "No renewal needed.";
  }
  if (!certification) {
    return window
      ? `Check the issuer's renewal rules; a reminder is set for ${window.opensOn}.`
      : "Check the issuer's renewal rules.";
  }
  if (renewable === "no") {
    const why = retirement ? "the exam was retired" : "the vendor offers no renewal";
    return `Cannot be renewed (${why}); it lapses on ${expiresOn}.${successor}`;
  }
  const method = METHOD_WORDS[certification.validity.renewal.method];
  const cost = certification.validity.renewal.costUsd;
  const price = cost === null ? "" : cost === 0 ? " (free)" : ` (USD ${cost})`;
  if (!window) return `${method}${price}.${successor}`;
  const when =
    window.basis === "vendor"
      ? `between ${window.opensOn} and ${window.closesOn}`
      : `before ${window.closesOn} (no window is published; start by ${window.opensOn})`;
  return `${method}${price} ${when}.${successor}`;
}
