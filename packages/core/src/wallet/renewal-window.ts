/**
 * @module Renewal window: the dates between which a credential can be renewed. A vendor-published
 * window (Microsoft: 180 days before expiry; Google Cloud Professional: 60 days before, 30 days of
 * grace after) is used as is. When a vendor renews by retake but publishes no window, Certpath
 * suggests starting 90 days before expiry — enough to book and prepare — and says it is a
 * suggestion, not a rule.
 */
import { addDays } from "../calendar/iso-date";
import type { Certification, IsoDate } from "../catalog/certification";
import { isBookable } from "../catalog/certification";

export const SUGGESTED_WINDOW_DAYS = 90;

export type Renewability = "yes" | "no" | "unknown";

export interface RenewalWindow {
  opensOn: IsoDate;
  /** The last day renewal keeps the credential unbroken: the expiry plus any grace period. */
  closesOn: IsoDate;
  /** "vendor" when the catalog states the window; "suggested" when Certpath proposes one. */
  basis: "vendor" | "suggested";
}

/** Whether a holder can still renew: not when the method is "none", nor by retaking a retired exam. */
export function renewability(certification: Certification | null): Renewability {
  if (!certification) return "unknown";
  const method = certification.validity.renewal.method;
  if (method === "none") return "no";
  if (method === "unknown") return "unknown";
  if (method === "retake" && !isBookable(certification)) return "no";
  return "yes";
}

export function renewalWindow(
  expiresOn: IsoDate | null,
  certification: Certification | null,
): RenewalWindow | null {
  if (!expiresOn) return null;
  const can = renewability(certification);
  if (can === "no") return null;
  const renewal = certification?.validity.renewal;
  const grace = renewal?.graceDaysAfterExpiry ?? 0;
  const closesOn = addDays(expiresOn, Math.max(0, grace));
  if (can === "yes" && renewal && renewal.windowDaysBeforeExpiry !== null) {
    return { opensOn: addDays(expiresOn, -renewal.windowDaysBeforeExpiry), closesOn, basis: "vendor" };
  }
  return { opensOn: addDays(expiresOn, -SUGGESTED_WINDOW_DAYS), closesOn, basis: "suggested" };
}
