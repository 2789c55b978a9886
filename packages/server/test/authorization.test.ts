/**
 * The authorization suite: for every route that takes an id, the other person's ids and the
 * other organization's ids are tried, and each attempt must be refused with 403 or 404 — on both
 * databases. Afterwards the victims' data is checked to be unchanged. docs/SECURITY.md lists the
 * cases and their count; keep the two in step.
 */
import { loadContent } from "@certpath/content";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { as, signUp } from "./support/accounts";
import { AUTHZ_CASES, type World } from "./support/authz-cases";
import { DATABASE_CASES } from "./support/databases";
import { createTeam, invite, join } from "./support/teams";

const NOW = new Date("2026-11-24T12:00:00Z");

describe.each(DATABASE_CASES)("authorization on $name", (dbCase) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let world: World;

  beforeAll(async () => {
    if (dbCase.skipReason) return;
    database = await dbCase.open();
    // Anonymous use on: the "local" person must not reach an account's data either.
    app = await buildApp({
      database,
      content: loadContent(),
      clock: () => NOW,
      accounts: { allowAnonymous: true },
    });
    const [alice, mia, mark, bob] = [
      await signUp(app, "Alice"),
      await signUp(app, "Mia"),
      await signUp(app, "Mark"),
      await signUp(app, "Bob"),
    ];
    const teamA = await createTeam(app, alice, "Team A");
    const teamB = await createTeam(app, bob, "Team B");
    await join(app, alice, teamA, mia);
    await join(app, alice, teamA, mark, "manager");
    await as(app, alice, { method: "PUT", url: "/api/profile", payload: { skills: { python: 4 } } });
    const credential = await as(app, alice, {
      method: "POST",
      url: "/api/wallet/credentials",
      payload: { certificationId: "aws-mla", earnedOn: "2026-01-01" },
    });
    const result = await as(app, alice, {
      method: "POST",
      url: "/api/saved-results",
      payload: { kind: "diagnostic", title: "Alice quiz", data: { secret: 42 } },
    });
    const settings = await as(app, alice, { method: "GET", url: "/api/wallet/settings" });
    await as(app, alice, { method: "POST", url: "/api/wallet/calendar-token/rotate", payload: {} });
    const invitation = await invite(app, alice, teamA, "outsider@example.com");
    const plan = await as(app, alice, {
      method: "POST",
      url: "/api/plans",
      payload: { certificationId: "aws-mla", hoursPerWeek: 6, startDate: "2026-11-30" },
    });
    const assessment = await as(app, alice, {
      method: "POST",
      url: "/api/assessments",
      payload: { maxItems: 3 },
    });
    await as(app, alice, { method: "GET", url: `/api/assessments/${assessment.body.id}/next` });
    world = {
      alice,
      mia,
      mark,
      bob,
      teamA,
      teamB,
      aliceCredential: credential.body.id,
      aliceResult: result.body.id,
      aliceOldCalendarPath: new URL(settings.body.calendarUrl).pathname,
      invitationA: invitation.body.id,
      alicePlan: plan.body.id,
      aliceAssessment: assessment.body.id,
    };
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it.skipIf(dbCase.skipReason).each(AUTHZ_CASES)("refuses: $name", async (authz) => {
    const actor = authz.actor === "anonymous" ? null : world[authz.actor];
    const response = await as(app, actor, authz.request(world));
    // Signed-in callers get 403 or 404; a caller with no session at all gets 401 or 404.
    const refused = authz.refusedWith ?? (actor ? [403, 404] : [401, 404]);
    expect(refused, `${response.status} ${JSON.stringify(response.body)}`).toContain(response.status);
    const text = typeof response.body === "string" ? response.body : JSON.stringify(response.body);
    expect(text).not.toContain("Alice quiz");
    expect(text).not.toContain(world.alice.email);
  });

  it.skipIf(dbCase.skipReason)("leaves every victim's data as it was", async () => {
    const credential = await as(app, world.alice, {
      method: "GET",
      url: `/api/wallet/credentials/${world.aliceCredential}`,
    });
    expect(credential.body).toMatchObject({
      earnedOn: "2026-01-01",
      name: expect.not.stringContaining("Mine"),
    });
    expect(
      (await as(app, world.alice, { method: "GET", url: `/api/saved-results/${world.aliceResult}` })).status,
    ).toBe(200);
    const team = await as(app, world.alice, { method: "GET", url: `/api/teams/${world.teamA.id}` });
    expect(team.body.name).toBe("Team A");
    expect(team.body.allowanceUsd).toBeNull();
    expect(
      team.body.members.map((m: { name: string; role: string }) => `${m.name}:${m.role}`).sort(),
    ).toEqual(["Alice:owner", "Mark:manager", "Mia:member"]);
    expect(team.body.invitations.map((i: { email: string }) => i.email)).toEqual(["outsider@example.com"]);
    const plan = await as(app, world.alice, { method: "GET", url: `/api/plans/${world.alicePlan}` });
    expect(plan.status).toBe(200);
    expect(plan.body.checkIns).toEqual([]);
    const result = await as(app, world.alice, {
      method: "GET",
      url: `/api/assessments/${world.aliceAssessment}/result`,
    });
    expect(result.body.answered).toBe(0);
  });

  it.skipIf(dbCase.skipReason)("never shows a member a colleague's levels or plans", async () => {
    const matrix = await as(app, world.mia, {
      method: "GET",
      url: `/api/teams/${world.teamA.id}/skills-matrix`,
    });
    expect(matrix.body.rows.map((r: { name: string }) => r.name)).toEqual(["Mia"]);
    expect(JSON.stringify(matrix.body)).not.toContain("Alice");
    const plan = await as(app, world.mia, { method: "GET", url: `/api/teams/${world.teamA.id}/plan` });
    expect(plan.body.scope).toBe("you");
  });
});
