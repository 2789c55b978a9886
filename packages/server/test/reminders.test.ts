/**
 * E-mail reminders on both databases, over a real SMTP conversation with a loopback server: a due
 * reminder is sent once however many scans run (also concurrently, as several servers would), a
 * failed send is retried by the next scan, the switch in wallet settings is honoured, and team
 * invitations go out by mail. On PostgreSQL, pg-boss runs today's scan job once across servers.
 */
import { loadContent } from "@certpath/content";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { createSmtpMailer, type Mailer } from "../src/mail/mailer";
import { runReminderScan } from "../src/wallet/reminder-scan";
import { startInProcessScheduler, startPgBossScheduler } from "../src/wallet/reminder-scheduler";
import { as, type Person, signUp } from "./support/accounts";
import { createPostgresDatabase, DATABASE_CASES } from "./support/databases";
import { type FakeSmtp, startFakeSmtp } from "./support/fake-smtp";
import { createTeam } from "./support/teams";

const NOW = new Date("2026-11-24T12:00:00Z");
const TODAY = "2026-11-24";
const content = loadContent();
const catalog = new Map(content.certifications.map((c) => [c.id, c]));
/** Undoes quoted-printable soft breaks and folded headers, so assertions read the text as sent. */
const readable = (raw: string) => raw.replace(/=\r?\n/g, "").replace(/\r?\n[ \t]/g, " ");

describe.each(DATABASE_CASES)("reminders on $name", (dbCase) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let smtp: FakeSmtp;
  let mailer: Mailer;
  let ada: Person;
  let quiet: Person;

  beforeAll(async () => {
    if (dbCase.skipReason) return;
    database = await dbCase.open();
    smtp = await startFakeSmtp();
    mailer = createSmtpMailer(smtp.url, "Certpath <reminders@certpath.test>");
    app = await buildApp({ database, content, clock: () => NOW, accounts: { smtpUrl: smtp.url } });
    ada = await signUp(app, "Ada Reminded");
    quiet = await signUp(app, "Quiet Person");
    // Microsoft: expires 2027-05-23, so the 180-day renewal window opens today.
    await as(app, ada, {
      method: "POST",
      url: "/api/wallet/credentials",
      payload: { certificationId: "ms-ai-103", earnedOn: "2026-05-23" },
    });
    // AWS: expires 2026-12-24, a month from today.
    await as(app, ada, {
      method: "POST",
      url: "/api/wallet/credentials",
      payload: { certificationId: "aws-mla", earnedOn: "2023-12-24" },
    });
    await as(app, quiet, {
      method: "POST",
      url: "/api/wallet/credentials",
      payload: { certificationId: "aws-mla", earnedOn: "2023-12-24" },
    });
    await as(app, quiet, {
      method: "PATCH",
      url: "/api/wallet/settings",
      payload: { emailReminders: false },
    });
    // The anonymous local person has no address: never mailed.
    await as(app, null, {
      method: "POST",
      url: "/api/wallet/credentials",
      payload: { certificationId: "aws-mla", earnedOn: "2023-12-24" },
    });
  });
  afterAll(async () => {
    mailer?.close();
    await app?.close();
    await smtp?.close();
    await database?.close();
  });

  const scan = (today = TODAY) =>
    runReminderScan({ db: database.db, mailer, catalog, today, baseUrl: "https://certpath.test" });

  it.skipIf(dbCase.skipReason)("sends each due reminder once, even from concurrent scans", async () => {
    const results = await Promise.all([scan(), scan(), scan()]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(smtp.received.map((m) => m.to)).toEqual([[ada.email], [ada.email]]);
    const subjects = smtp.received.map((m) => /^Subject: (.*)$/m.exec(readable(m.raw))?.[1]?.trim());
    expect(subjects).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Renewal window opens"),
        expect.stringContaining("expires in 30 days"),
      ]),
    );
    expect(readable(smtp.received[0]?.raw ?? "")).toContain("https://certpath.test/wallet");
    expect((await scan()).sent).toBe(0);
  });

  it.skipIf(dbCase.skipReason)("retries a reminder whose delivery failed", async () => {
    // Google Professional: expires 2027-01-23, so its 60-day window opens today.
    await as(app, ada, {
      method: "POST",
      url: "/api/wallet/credentials",
      payload: { certificationId: "google-pmle", earnedOn: "2025-01-23" },
    });
    const before = smtp.received.length;
    smtp.failNext(1);
    expect(await scan()).toEqual({ sent: 0, failed: 1 });
    expect(await scan()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.length).toBe(before + 1);
  });

  it.skipIf(dbCase.skipReason)(
    "the in-process scheduler runs a scan at start and stops cleanly",
    async () => {
      let runs = 0;
      const scheduler = startInProcessScheduler(
        { scan: async () => void runs++, today: () => TODAY, cron: "0 7 * * *", log: () => {} },
        60_000,
      );
      await scheduler.stop();
      expect(runs).toBe(1);
    },
  );

  it.skipIf(dbCase.skipReason)("mails a team invitation with its link", async () => {
    const team = await createTeam(app, ada, "Mail Team");
    const invited = await as(app, ada, {
      method: "POST",
      url: "/api/auth/organization/invite-member",
      payload: { email: "newcomer@example.com", role: "member", organizationId: team.id },
    });
    expect(invited.status).toBe(200);
    // better-auth sends invitations as a background task: wait for the mail to arrive.
    const deadline = Date.now() + 5_000;
    while (!smtp.received.some((m) => m.to.includes("newcomer@example.com")) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const mail = smtp.received.find((m) => m.to.includes("newcomer@example.com"));
    expect(readable(mail?.raw ?? "")).toContain(`/team/invitations/${invited.body.id}`);
  });
});

const postgres = DATABASE_CASES.find((c) => c.name === "postgres");

describe("pg-boss on PostgreSQL", () => {
  it.skipIf(postgres?.skipReason)("runs today's scan once when several servers start together", async () => {
    const url = await createPostgresDatabase();
    let runs = 0;
    const options = {
      scan: async () => {
        runs++;
      },
      today: () => TODAY,
      cron: "0 7 * * *",
      log: () => {},
    };
    const servers = await Promise.all([1, 2, 3].map(() => startPgBossScheduler(url, options)));
    try {
      const deadline = Date.now() + 20_000;
      while (runs === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      // Give the other workers time to (wrongly) pick up a duplicate.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(runs).toBe(1);
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
  });
});
