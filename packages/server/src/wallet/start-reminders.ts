/**
 * @module Starts e-mail reminders for a running server when SMTP is configured: pg-boss on
 * PostgreSQL, the in-process timer on the embedded PGlite (see reminder-scheduler.ts). Without
 * SMTP nothing starts; the calendar feed still carries every reminder.
 */
import type { Content } from "@certpath/content";
import { type Clock, systemClock, todayIso } from "../clock";
import type { Config } from "../config";
import type { DatabaseHandle } from "../db/database";
import { createSmtpMailer } from "../mail/mailer";
import { runReminderScan } from "./reminder-scan";
import { type ReminderScheduler, startInProcessScheduler, startPgBossScheduler } from "./reminder-scheduler";

export async function startReminders(input: {
  database: DatabaseHandle;
  content: Content;
  config: Config;
  log: (message: string) => void;
  clock?: Clock | undefined;
}): Promise<ReminderScheduler | null> {
  const { accounts } = input.config;
  if (!accounts.smtpUrl) return null;
  const clock = input.clock ?? systemClock;
  const mailer = createSmtpMailer(accounts.smtpUrl, accounts.mailFrom);
  const catalog = new Map(input.content.certifications.map((c) => [c.id, c]));
  const options = {
    scan: async () => {
      const result = await runReminderScan({
        db: input.database.db,
        mailer,
        catalog,
        today: todayIso(clock),
        baseUrl: accounts.baseUrl,
      });
      if (result.failed > 0)
        input.log(`reminders: ${result.sent} sent, ${result.failed} failed (retried next scan)`);
    },
    today: () => todayIso(clock),
    cron: accounts.reminderCron,
    log: input.log,
  };
  const scheduler =
    input.database.driver === "postgres" && input.config.databaseUrl
      ? await startPgBossScheduler(input.config.databaseUrl, options)
      : startInProcessScheduler(options);
  return {
    kind: scheduler.kind,
    async stop() {
      await scheduler.stop();
      mailer.close();
    },
  };
}
