/**
 * @module When the reminder scan runs.
 *
 * On PostgreSQL: a pg-boss queue (10.x, the last line that supports Node 20). `schedule` makes one
 * job per cron tick across all servers, the queue's "singleton" policy lets only one of them run at
 * a time, and a start-up job keyed by the date (`singletonKey`) runs today's scan once however
 * many servers start. The delivery log (reminder-scan.ts) is the last guard: a reminder is sent
 * once even if a scan runs twice.
 *
 * On the embedded PGlite (one process by construction): an in-process timer runs the scan at start
 * and then every hour; the scan is idempotent, so the hourly repeat sends nothing twice.
 */
import PgBoss from "pg-boss";

export const REMINDER_QUEUE = "wallet-reminders";
const HOUR_MS = 60 * 60 * 1000;

export interface ReminderScheduler {
  /** pg-boss, or the in-process timer. */
  kind: "pg-boss" | "in-process";
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  /** Runs one scan for the given day. */
  scan: () => Promise<void>;
  today: () => string;
  cron: string;
  log: (message: string) => void;
}

export async function startPgBossScheduler(
  connectionString: string,
  options: SchedulerOptions,
): Promise<ReminderScheduler> {
  const boss = new PgBoss({ connectionString, max: 2, application_name: "certpath-jobs" });
  boss.on("error", (error) => options.log(`job queue: ${String(error)}`));
  await boss.start();
  // createQueue is not idempotent in pg-boss 10 and servers start together: when our create loses
  // the race, wait until the winner's queue is visible before scheduling on it.
  for (let attempt = 0; !(await boss.getQueue(REMINDER_QUEUE)); attempt++) {
    if (attempt >= 50) throw new Error(`job queue ${REMINDER_QUEUE} could not be created`);
    await boss.createQueue(REMINDER_QUEUE, { name: REMINDER_QUEUE, policy: "singleton" }).catch(() => {});
    if (!(await boss.getQueue(REMINDER_QUEUE))) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await boss.schedule(REMINDER_QUEUE, options.cron, {}, { tz: "UTC" });
  await boss.work(REMINDER_QUEUE, async () => {
    await options.scan();
  });
  await sendTodaysScan(boss, options.today());
  return {
    kind: "pg-boss",
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/** Queues today's scan unless some server already did: the date is the singleton key. */
export async function sendTodaysScan(boss: PgBoss, today: string): Promise<string | null> {
  return boss.send(REMINDER_QUEUE, {}, { singletonKey: `scan-${today}`, singletonHours: 24 });
}

export function startInProcessScheduler(options: SchedulerOptions, intervalMs = HOUR_MS): ReminderScheduler {
  let running: Promise<void> | null = null;
  const tick = () => {
    // Never two scans at once in this process; a slow scan just skips a tick.
    if (running) return;
    running = options
      .scan()
      .catch((error: unknown) => options.log(`reminder scan failed: ${String(error)}`))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    kind: "in-process",
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
