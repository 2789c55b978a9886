/**
 * @module The daily reminder scan: for every account with e-mail reminders on, each credential's
 * reminders that fall due today (or were missed by at most a week) are e-mailed once. "Once" is
 * the reminder_deliveries unique key: a server claims a reminder by inserting its row, and only
 * the server whose insert went through sends it — so several servers scanning together, or a scan
 * run twice, still send one e-mail. A failed send releases the claim for the next scan.
 */
import { randomUUID } from "node:crypto";
import { type Certification, dueReminders, renewalReminders } from "@certpath/core";
import { and, eq, ne } from "drizzle-orm";
import { user } from "../db/auth-schema";
import type { Database } from "../db/database";
import { reminderDeliveries, walletCredentials, walletSettings } from "../db/wallet-schema";
import { LOCAL_OWNER } from "../http/owner";
import type { Mailer } from "../mail/mailer";
import { credentialStatus } from "./credential-view";

export interface ReminderScanResult {
  sent: number;
  failed: number;
}

export async function runReminderScan(input: {
  db: Database;
  mailer: Mailer;
  catalog: ReadonlyMap<string, Certification>;
  today: string;
  baseUrl: string;
}): Promise<ReminderScanResult> {
  const { db, mailer, catalog, today } = input;
  const rows = await db
    .select({
      credential: walletCredentials,
      email: user.email,
      name: user.name,
      reminders: walletSettings.emailReminders,
    })
    .from(walletCredentials)
    .innerJoin(user, eq(user.id, walletCredentials.ownerId))
    .leftJoin(walletSettings, eq(walletSettings.ownerId, walletCredentials.ownerId))
    // The anonymous local person has no address to write to.
    .where(ne(walletCredentials.ownerId, LOCAL_OWNER));
  const result: ReminderScanResult = { sent: 0, failed: 0 };
  for (const row of rows) {
    if (row.reminders === false) continue;
    const status = credentialStatus(row.credential, catalog, today);
    for (const reminder of dueReminders(renewalReminders(row.credential.name, status), today)) {
      const claimed = await db
        .insert(reminderDeliveries)
        .values({
          id: randomUUID(),
          credentialId: row.credential.id,
          ownerId: row.credential.ownerId,
          kind: reminder.kind,
          dueOn: reminder.on,
        })
        .onConflictDoNothing()
        .returning({ id: reminderDeliveries.id });
      const claim = claimed[0];
      if (!claim) continue;
      try {
        await mailer.send({
          to: row.email,
          subject: reminder.title,
          text: `Hello ${row.name},\n\n${reminder.description}\n\nYour wallet: ${input.baseUrl}/wallet\n\n— Certpath (turn these e-mails off in your wallet)`,
        });
        result.sent++;
      } catch {
        await db.delete(reminderDeliveries).where(and(eq(reminderDeliveries.id, claim.id)));
        result.failed++;
      }
    }
  }
  return result;
}
