/**
 * Wallet routes on both databases, on the real catalog (data/certifications): each vendor's
 * expiry and renewal window, the retired-exam successor path, corrections and renewals, the
 * private calendar feed read back with node-ical, and the Open Badges 2.0 / 3.0 import.
 */
import { readFileSync } from "node:fs";
import { loadContent } from "@certpath/content";
import type { FastifyInstance } from "fastify";
import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { as, type Person, signUp } from "./support/accounts";
import { DATABASE_CASES } from "./support/databases";

const NOW = new Date("2026-11-24T12:00:00Z");
const badge = (file: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), "utf8"));

describe.each(DATABASE_CASES)("wallet routes on $name", (dbCase) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let ada: Person;

  beforeAll(async () => {
    if (dbCase.skipReason) return;
    database = await dbCase.open();
    app = await buildApp({ database, content: loadContent(), clock: () => NOW });
    ada = await signUp(app, "Ada Wallet");
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const add = (payload: object) => as(app, ada, { method: "POST", url: "/api/wallet/credentials", payload });

  it.skipIf(dbCase.skipReason)("computes expiry and the renewal window from each vendor's rule", async () => {
    const microsoft = await add({ certificationId: "ms-ai-103", earnedOn: "2026-03-10" });
    expect(microsoft.status).toBe(201);
    expect(microsoft.body).toMatchObject({
      name: expect.stringContaining("AI"),
      expiresOn: "2027-03-10",
      daysLeft: 106,
      state: "renewal-open",
      renewalWindow: { opensOn: "2026-09-11", closesOn: "2027-03-10", basis: "vendor" },
      renewal: { renewable: "yes", method: "free-online-assessment", costUsd: 0 },
    });
    const aws = await add({ certificationId: "aws-mla", earnedOn: "2026-01-20" });
    expect(aws.body).toMatchObject({
      expiresOn: "2029-01-20",
      renewalWindow: { basis: "suggested" },
      state: "current",
    });
    const google = await add({ certificationId: "google-pmle", earnedOn: "2025-01-05" });
    expect(google.body).toMatchObject({
      expiresOn: "2027-01-05",
      renewalWindow: { opensOn: "2026-11-06", closesOn: "2027-02-04", basis: "vendor" },
      state: "renewal-open",
    });
    const databricks = await add({ certificationId: "databricks-ml-associate", earnedOn: "2026-06-01" });
    expect(databricks.body.expiresOn).toBe("2028-06-01");
  });

  it.skipIf(dbCase.skipReason)(
    "says a retired certification cannot be renewed and links its successor",
    async () => {
      const retired = await add({ certificationId: "ms-ai-102", earnedOn: "2026-02-01" });
      expect(retired.body.retirement.message).toContain("Retired");
      expect(retired.body.retirement.successors[0].id).toBe("ms-ai-103");
      expect(retired.body.renewal.renewable).toBe("no");
      expect(retired.body.renewal.needs).toContain("successor");
    },
  );

  it.skipIf(dbCase.skipReason)(
    "lists soonest expiry first and reads, corrects, renews and deletes one",
    async () => {
      const list = await as(app, ada, { method: "GET", url: "/api/wallet/credentials" });
      const expiries = list.body.credentials.map((c: { expiresOn: string | null }) => c.expiresOn ?? "9999");
      expect(expiries).toEqual([...expiries].sort());
      const free = await add({ name: "Kaggle Grandmaster", issuer: "Kaggle", earnedOn: "2025-05-05" });
      expect(free.body).toMatchObject({
        certificationId: null,
        source: "manual",
        expiresOn: null,
        state: "no-expiry",
      });
      const aws = await add({ certificationId: "aws-mla", earnedOn: "2023-12-01" });
      const renewed = await as(app, ada, {
        method: "PATCH",
        url: `/api/wallet/credentials/${aws.body.id}`,
        payload: { renewedOn: "2026-11-01" },
      });
      expect(renewed.body.expiresOn).toBe("2029-11-01");
      const bad = await as(app, ada, {
        method: "PATCH",
        url: `/api/wallet/credentials/${aws.body.id}`,
        payload: { renewedOn: "2020-01-01" },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toContain("renewedOn");
      expect(
        (await as(app, ada, { method: "DELETE", url: `/api/wallet/credentials/${free.body.id}` })).status,
      ).toBe(204);
      expect(
        (await as(app, ada, { method: "GET", url: `/api/wallet/credentials/${free.body.id}` })).status,
      ).toBe(404);
    },
  );

  it.skipIf(dbCase.skipReason)(
    "rejects an unknown certification with a suggestion, and bad dates by field",
    async () => {
      const unknown = await add({ certificationId: "ms-ai-10", earnedOn: "2026-01-01" });
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toMatch(/Did you mean "ms-ai-10\d"/);
      const date = await add({ certificationId: "ms-ai-103", earnedOn: "2026-02-30" });
      expect(date.status).toBe(400);
    },
  );

  it.skipIf(dbCase.skipReason)(
    "serves a private calendar feed with renewal-window and expiry events; rotation kills the old URL",
    async () => {
      const settings = await as(app, ada, { method: "GET", url: "/api/wallet/settings" });
      expect(settings.body.calendarUrl).toMatch(
        /^http:\/\/127\.0\.0\.1:3000\/api\/wallet\/calendar\/[\w-]{40,}\.ics$/,
      );
      const path = new URL(settings.body.calendarUrl).pathname;
      const feed = await app.inject({ method: "GET", url: path });
      expect(feed.statusCode).toBe(200);
      expect(feed.headers["content-type"]).toContain("text/calendar");
      const events = Object.values(ical.sync.parseICS(feed.body)).filter(
        (e) => e?.type === "VEVENT",
      ) as ical.VEvent[];
      const summaries = events.map((e) => String(e.summary));
      expect(summaries.some((s) => s.startsWith("Renewal window opens"))).toBe(true);
      expect(summaries.some((s) => s.endsWith("expires today"))).toBe(true);
      const windowEvent = events.find(
        (e) =>
          String(e.summary).startsWith("Renewal window opens") &&
          String(e.description).includes("2027-03-10"),
      );
      expect(windowEvent?.start.toISOString().slice(0, 10)).toBe("2026-09-11");
      const rotated = await as(app, ada, {
        method: "POST",
        url: "/api/wallet/calendar-token/rotate",
        payload: {},
      });
      expect(rotated.body.calendarUrl).not.toBe(settings.body.calendarUrl);
      expect((await app.inject({ method: "GET", url: path })).statusCode).toBe(404);
      expect(
        (await app.inject({ method: "GET", url: new URL(rotated.body.calendarUrl).pathname })).statusCode,
      ).toBe(200);
    },
  );

  it.skipIf(dbCase.skipReason)("imports Open Badges 2.0 and 3.0 credentials, unverified", async () => {
    const v2 = await as(app, ada, {
      method: "POST",
      url: "/api/wallet/open-badges",
      payload: badge("open-badge-v2.json"),
    });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({
      name: "MLOps Practitioner",
      issuer: "Example Academy",
      earnedOn: "2026-03-10",
      expiresOn: "2029-03-10",
      source: "open-badges",
      badge: { spec: "2.0", verified: false, issuerId: "https://badges.example.org/issuer" },
    });
    const v3 = await as(app, ada, {
      method: "POST",
      url: "/api/wallet/open-badges",
      payload: badge("open-badge-v3.json"),
    });
    expect(v3.body).toMatchObject({
      name: "Teaching with Generative AI",
      issuer: "Example University",
      earnedOn: "2026-05-01",
      expiresOn: null,
      badge: { spec: "3.0", verified: false },
    });
    const hosted = await as(app, ada, {
      method: "POST",
      url: "/api/wallet/open-badges",
      payload: { ...badge("open-badge-v2.json"), badge: "https://badges.example.org/badges/ml-ops" },
    });
    expect(hosted.status).toBe(400);
    expect(hosted.body.message).toContain("BadgeClass embedded");
    const junk = await as(app, ada, {
      method: "POST",
      url: "/api/wallet/open-badges",
      payload: { type: "Nope" },
    });
    expect(junk.status).toBe(400);
  });

  it.skipIf(dbCase.skipReason)("keeps the anonymous local wallet apart from accounts", async () => {
    const local = await as(app, null, {
      method: "POST",
      url: "/api/wallet/credentials",
      payload: { certificationId: "aws-mla", earnedOn: "2026-01-01" },
    });
    expect(local.status).toBe(201);
    expect(
      (await as(app, ada, { method: "GET", url: `/api/wallet/credentials/${local.body.id}` })).status,
    ).toBe(404);
    expect(
      (await as(app, null, { method: "GET", url: `/api/wallet/credentials/${local.body.id}` })).status,
    ).toBe(200);
  });
});
