/**
 * Export, import and the anonymous-to-account upgrade on both databases: everything one person
 * stored (profile, plans with check-ins, saved results, wallet) round-trips through one JSON
 * document, and signing up on the embedded default keeps what the anonymous person had.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { assessments } from "../src/db/schema";
import { as, type Person, signUp } from "./support/accounts";
import { DATABASE_CASES } from "./support/databases";
import { testContent } from "./support/test-content";

const NOW = new Date("2026-11-24T12:00:00Z");

/** A document without the fields that legitimately differ between two exports of the same data. */
function comparable(doc: Record<string, unknown>, dropIds = false): unknown {
  const json = JSON.parse(JSON.stringify({ ...doc, exportedAt: "(any)" }));
  if (!dropIds) return json;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== "id")
          .map(([k, v]) => [k, strip(v)]),
      );
    }
    return value;
  };
  return strip(json);
}

describe.each(DATABASE_CASES)("export, import and upgrade on $name", (dbCase) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let ada: Person;
  let anonymousExport: Record<string, unknown>;

  beforeAll(async () => {
    if (dbCase.skipReason) return;
    database = await dbCase.open();
    app = await buildApp({ database, content: testContent(), clock: () => NOW });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it.skipIf(dbCase.skipReason)(
    "an anonymous person stores a profile, a plan with a check-in, results and a wallet",
    async () => {
      await as(app, null, {
        method: "PUT",
        url: "/api/profile",
        payload: { hoursPerWeek: 6, skills: { python: 3 } },
      });
      const plan = await as(app, null, {
        method: "POST",
        url: "/api/plans",
        payload: { certificationId: "acme-ml-engineer" },
      });
      expect(plan.status).toBe(201);
      const checkIn = await as(app, null, {
        method: "POST",
        url: `/api/plans/${plan.body.id}/check-ins`,
        payload: { hoursDone: 3 },
      });
      expect(checkIn.status).toBe(201);
      await as(app, null, {
        method: "POST",
        url: "/api/saved-results",
        payload: { kind: "recommendation", title: "Nov", data: { top: "acme" } },
      });
      await as(app, null, {
        method: "POST",
        url: "/api/wallet/credentials",
        payload: { certificationId: "acme-ml-engineer", earnedOn: "2026-02-02" },
      });
      await as(app, null, {
        method: "PATCH",
        url: "/api/wallet/settings",
        payload: { emailReminders: false },
      });
      // A finished adaptive diagnostic, as routes/assessments.ts stores it.
      await database.db.insert(assessments).values({
        id: `a-${dbCase.name}`,
        ownerId: "local",
        state: { asked: [{ itemId: "py-1", correct: true }], abilities: { python: { theta: 0.4, se: 0.3 } } },
        createdAt: NOW,
        updatedAt: NOW,
        finishedAt: NOW,
      });
      const listed = await as(app, null, { method: "GET", url: "/api/account/data" });
      expect(listed.body).toMatchObject({ profile: { updatedAt: expect.any(String) }, credentials: 1 });
      expect(listed.body.assessments).toEqual([expect.objectContaining({ finishedAt: NOW.toISOString() })]);
      expect(listed.body.plans).toEqual([
        expect.objectContaining({ certificationName: "Acme ML Engineer", checkIns: 1 }),
      ]);
      expect(listed.body.savedResults).toEqual([
        expect.objectContaining({ kind: "recommendation", title: "Nov" }),
      ]);
      const exported = await as(app, null, { method: "GET", url: "/api/account/export" });
      expect(exported.headers["content-disposition"]).toContain("certpath-export-2026-11-24.json");
      anonymousExport = exported.body;
      expect(anonymousExport).toMatchObject({ format: "certpath-export", version: 1 });
    },
  );

  it.skipIf(dbCase.skipReason)(
    "signing up upgrades the anonymous data into the account without losing any",
    async () => {
      ada = await signUp(app, "Ada Upgrade");
      expect((await as(app, ada, { method: "GET", url: "/api/account/session" })).body.localData).toBe(true);
      const claim = await as(app, ada, { method: "POST", url: "/api/account/claim-local", payload: {} });
      expect(claim.body.moved).toMatchObject({
        profiles: 1,
        plans: 1,
        plan_check_ins: 1,
        wallet_credentials: 1,
        saved_results: 1,
      });
      const mine = await as(app, ada, { method: "GET", url: "/api/account/export" });
      expect(comparable(mine.body)).toEqual(comparable(anonymousExport));
      const left = await as(app, null, { method: "GET", url: "/api/account/export" });
      expect(left.body).toMatchObject({
        profile: null,
        plans: [],
        savedResults: [],
        wallet: { credentials: [] },
      });
    },
  );

  it.skipIf(dbCase.skipReason)(
    "imports into another account: the same data, fresh ids where the old are taken",
    async () => {
      const grace = await signUp(app, "Grace Import");
      const imported = await as(app, grace, {
        method: "POST",
        url: "/api/account/import",
        payload: anonymousExport,
      });
      expect(imported.body).toEqual({
        profile: true,
        assessments: 1,
        plans: 1,
        checkIns: 1,
        savedResults: 1,
        credentials: 1,
      });
      const hers = await as(app, grace, { method: "GET", url: "/api/account/export" });
      expect(comparable(hers.body, true)).toEqual(comparable(anonymousExport, true));
      expect(hers.body.plans[0].id).not.toBe((anonymousExport.plans as Array<{ id: string }>)[0]?.id);
    },
  );

  it.skipIf(dbCase.skipReason)(
    "an export imported back into the same account round-trips exactly",
    async () => {
      const before = await as(app, ada, { method: "GET", url: "/api/account/export" });
      await as(app, ada, { method: "PUT", url: "/api/profile", payload: { hoursPerWeek: 1 } });
      const imported = await as(app, ada, {
        method: "POST",
        url: "/api/account/import",
        payload: before.body,
      });
      expect(imported.status).toBe(200);
      const after = await as(app, ada, { method: "GET", url: "/api/account/export" });
      expect(comparable(after.body)).toEqual(comparable(before.body));
    },
  );

  it.skipIf(dbCase.skipReason)("rejects a bad document whole, changing nothing", async () => {
    const before = await as(app, ada, { method: "GET", url: "/api/account/export" });
    const broken = structuredClone(before.body);
    broken.wallet.credentials.push({ ...broken.wallet.credentials[0] });
    const duplicate = await as(app, ada, { method: "POST", url: "/api/account/import", payload: broken });
    expect(duplicate.status).toBe(400);
    const invalid = await as(app, ada, {
      method: "POST",
      url: "/api/account/import",
      payload: { ...before.body, version: 2 },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.message).toContain("version");
    const after = await as(app, ada, { method: "GET", url: "/api/account/export" });
    expect(comparable(after.body)).toEqual(comparable(before.body));
  });

  it.skipIf(dbCase.skipReason)("keeps saved results per person", async () => {
    const saved = await as(app, ada, {
      method: "POST",
      url: "/api/saved-results",
      payload: { kind: "diagnostic", title: "Quiz 1", data: { abilities: { python: 0.4 } } },
    });
    expect(saved.status).toBe(201);
    const list = await as(app, ada, { method: "GET", url: "/api/saved-results?kind=diagnostic" });
    expect(list.body.results.map((r: { title: string }) => r.title)).toEqual(["Quiz 1"]);
    const one = await as(app, ada, { method: "GET", url: `/api/saved-results/${saved.body.id}` });
    expect(one.body.data).toEqual({ abilities: { python: 0.4 } });
    expect(
      (await as(app, ada, { method: "DELETE", url: `/api/saved-results/${saved.body.id}` })).status,
    ).toBe(204);
  });
});
