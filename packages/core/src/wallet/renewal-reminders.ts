/**
 * @module Renewal reminders: the dated events a credential produces for the calendar feed and the
 * e-mail reminders — the renewal window opening, a month before expiry, and the expiry itself.
 * Both surfaces use this one list, so the calendar and the inbox never disagree.
 */
import { addDays, daysBetween } from "../calendar/iso-date";
import type { IsoDate } from "../catalog/certification";
import type { CredentialStatus } from "./credential-status";

export const REMINDER_KINDS = ["renewal-window-opens", "expires-soon", "expires"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** A month's notice is enough to book a retake; closer than that the reminder is a warning. */
export const EXPIRES_SOON_DAYS = 30;
/** A reminder missed by a stopped server is still sent this many days late, never later. */
export const REMINDER_CATCH_UP_DAYS = 7;

export interface RenewalReminder {
  kind: ReminderKind;
  on: IsoDate;
  title: string;
  description: string;
}

export function renewalReminders(credentialName: string, status: CredentialStatus): RenewalReminder[] {
  const { expiresOn } = status;
  if (!expiresOn) return [];
  const reminders: RenewalReminder[] = [];
  const window = status.renewal.window;
  if (window) {
    reminders.push({
      kind: "renewal-window-opens",
      on: window.opensOn,
      title: `Renewal window opens: ${credentialName}`,
      description: `${status.renewal.needs} The credential expires on ${expiresOn}.`,
    });
  }
  const soon = addDays(expiresOn, -EXPIRES_SOON_DAYS);
  if (!window || daysBetween(window.opensOn, soon) > 0) {
    reminders.push({
      kind: "expires-soon",
      on: soon,
      title: `${credentialName} expires in ${EXPIRES_SOON_DAYS} days`,
      description: `${status.renewal.needs} It expires on ${expiresOn}.`,
    });
  }
  reminders.push({
    kind: "expires",
    on: expiresOn,
    title: `${credentialName} expires today`,
    description: status.renewal.needs,
  });
  return reminders;
}

/** Reminders whose day has come, at most REMINDER_CATCH_UP_DAYS late. */
export function dueReminders(reminders: readonly RenewalReminder[], today: IsoDate): RenewalReminder[] {
  return reminders.filter((r) => {
    const late = daysBetween(r.on, today);
    return late >= 0 && late <= REMINDER_CATCH_UP_DAYS;
  });
}
