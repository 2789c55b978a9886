/**
 * @module The wallet as an iCalendar feed (RFC 5545): one all-day event per renewal reminder —
 * the renewal window opening, a month before expiry, the expiry. UIDs are stable (credential id +
 * kind), so a calendar app that refreshes the subscription updates events instead of duplicating
 * them.
 */

import type { CredentialStatus } from "@certpath/core";
import { type RenewalReminder, renewalReminders } from "@certpath/core";
import ical, { ICalCalendarMethod } from "ical-generator";

export interface CalendarCredential {
  id: string;
  name: string;
  status: CredentialStatus;
}

export function walletToIcs(credentials: readonly CalendarCredential[], stamp: Date): string {
  const calendar = ical({
    name: "Certpath: credential renewals",
    prodId: { company: "certpath", product: "wallet", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60 * 12,
  });
  for (const credential of credentials) {
    for (const reminder of renewalReminders(credential.name, credential.status)) {
      calendar.createEvent({
        id: `${credential.id}-${reminder.kind}@certpath`,
        start: dayAsUtcDate(reminder),
        allDay: true,
        stamp,
        summary: reminder.title,
        description: reminder.description,
      });
    }
  }
  return calendar.toString();
}

/** All-day events are written from the date's UTC fields here; the day never shifts. */
function dayAsUtcDate(reminder: RenewalReminder): Date {
  const [y, m, d] = reminder.on.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}
