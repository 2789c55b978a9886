/**
 * Accounts on both databases: better-auth sign-up/sign-in/sign-out everywhere, the per-request
 * owner (session user or "local"), the rate-limited sign-in on database storage, and deletion
 * that leaves no row mentioning the person.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { as, cookieHeader, PASSWORD, signUp, TEST_ORIGIN } from "./support/accounts";
import { DATABASE_CASES } from "./support/databases";
import { testContent } from "./support/test-content";

const NOW = new Date("2026-11-24T12:00:00Z");

describe.each(DATABASE_CASES)("accounts on $name", (dbCase) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    if (dbCase.skipReason) return;
    database = await dbCase.open();
    // A shared server: no anonymous use.
    app = await buildApp({
      database,
      content: testContent(),
      clock: () => NOW,
      accounts: { allowAnonymous: false },
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it.skipIf(dbCase.skipReason)(
    "signs up with an httpOnly Secure session cookie and keeps the profile per person",
    async () => {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-up/email",
        headers: { origin: TEST_ORIGIN },
        payload: { email: "ada@example.com", password: PASSWORD, name: "Ada" },
      });
      expect(response.statusCode).toBe(200);
      const setCookie = String(response.headers["set-cookie"]);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/Secure/);
      const ada = {
        id: "",
        email: "ada@example.com",
        name: "Ada",
        cookie: cookieHeader(response.headers["set-cookie"]),
        ip: "10.9.0.1",
      };
      const grace = await signUp(app, "Grace");
      expect(
        (await as(app, ada, { method: "PUT", url: "/api/profile", payload: { hoursPerWeek: 5 } })).status,
      ).toBe(200);
      expect((await as(app, ada, { method: "GET", url: "/api/profile" })).body.profile).toEqual({
        hoursPerWeek: 5,
      });
      expect((await as(app, grace, { method: "GET", url: "/api/profile" })).status).toBe(404);
      const session = await as(app, ada, { method: "GET", url: "/api/account/session" });
      expect(session.body).toMatchObject({
        user: { email: "ada@example.com", name: "Ada" },
        anonymousAllowed: false,
      });
    },
  );

  it.skipIf(dbCase.skipReason)("refuses anonymous use when it is off", async () => {
    expect((await as(app, null, { method: "GET", url: "/api/profile" })).status).toBe(401);
    expect((await as(app, null, { method: "GET", url: "/api/wallet/credentials" })).status).toBe(401);
    expect((await as(app, null, { method: "GET", url: "/api/account/session" })).body.user).toBeNull();
  });

  it.skipIf(dbCase.skipReason)("rejects a short password and a POST from a foreign origin", async () => {
    const short = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { origin: TEST_ORIGIN },
      payload: { email: "short@example.com", password: "short", name: "Short" },
    });
    expect(short.statusCode).toBe(400);
    const person = await signUp(app);
    const foreign = await app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { origin: "https://evil.example", cookie: person.cookie },
      payload: {},
    });
    expect(foreign.statusCode).toBe(403);
  });

  it.skipIf(dbCase.skipReason)("rate-limits sign-in attempts per address in the database", async () => {
    const person = await signUp(app);
    const attempt = () =>
      app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        headers: { origin: TEST_ORIGIN },
        remoteAddress: "10.200.0.7",
        payload: { email: person.email, password: "wrong password!!" },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt()).statusCode);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const rows = await database.execute("select count(*)::int as n from rate_limit");
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    // Another address is not blocked.
    const other = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: TEST_ORIGIN },
      remoteAddress: "10.200.0.8",
      payload: { email: person.email, password: PASSWORD },
    });
    expect(other.statusCode).toBe(200);
  });

  it.skipIf(dbCase.skipReason)("shares the sign-in count between two servers on one database", async () => {
    const person = await signUp(app);
    const second = await buildApp({
      database,
      content: testContent(),
      clock: () => NOW,
      accounts: { allowAnonymous: false },
    });
    try {
      const statuses: number[] = [];
      for (const server of [app, second, app, second, app, second]) {
        const response = await server.inject({
          method: "POST",
          url: "/api/auth/sign-in/email",
          headers: { origin: TEST_ORIGIN },
          remoteAddress: "10.201.0.9",
          payload: { email: person.email, password: "wrong password!!" },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      await second.close();
    }
  });

  it.skipIf(dbCase.skipReason)(
    "signs out everywhere: every session of the person stops working",
    async () => {
      const person = await signUp(app);
      const second = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        headers: { origin: TEST_ORIGIN },
        remoteAddress: person.ip,
        payload: { email: person.email, password: PASSWORD },
      });
      const laptop = { ...person, cookie: cookieHeader(second.headers["set-cookie"]) };
      expect(
        (await as(app, laptop, { method: "GET", url: "/api/account/session" })).body.user,
      ).not.toBeNull();
      const revoke = await as(app, person, { method: "POST", url: "/api/auth/revoke-sessions", payload: {} });
      expect(revoke.status).toBe(200);
      expect((await as(app, laptop, { method: "GET", url: "/api/account/session" })).body.user).toBeNull();
      expect((await as(app, person, { method: "GET", url: "/api/profile" })).status).toBe(401);
    },
  );

  it.skipIf(dbCase.skipReason)("deletes the account and every row that mentions the person", async () => {
    const person = await signUp(app, "Leaving Person");
    const colleague = await signUp(app, "Staying Person");
    await as(app, person, {
      method: "PUT",
      url: "/api/profile",
      payload: { hoursPerWeek: 3, skills: { python: 2 } },
    });
    await as(app, person, {
      method: "POST",
      url: "/api/wallet/credentials",
      payload: { certificationId: "acme-ml-engineer", earnedOn: "2026-01-10" },
    });
    await as(app, person, {
      method: "POST",
      url: "/api/saved-results",
      payload: { kind: "diagnostic", title: "First", data: { a: 1 } },
    });
    await as(app, person, { method: "GET", url: "/api/wallet/settings" });
    await as(app, person, {
      method: "POST",
      url: "/api/plans",
      payload: { certificationId: "acme-ml-engineer" },
    });
    const team = await as(app, person, {
      method: "POST",
      url: "/api/auth/organization/create",
      payload: { name: "Solo", slug: `solo-${person.ip}` },
    });
    expect(team.status).toBe(200);
    const shared = await as(app, person, {
      method: "POST",
      url: "/api/auth/organization/create",
      payload: { name: "Shared", slug: `shared-${person.ip}` },
    });
    const invite = await as(app, person, {
      method: "POST",
      url: "/api/auth/organization/invite-member",
      payload: { email: colleague.email, role: "member", organizationId: shared.body.id },
    });
    const accepted = await as(app, colleague, {
      method: "POST",
      url: "/api/auth/organization/accept-invitation",
      payload: { invitationId: invite.body.id },
    });
    expect(accepted.status).toBe(200);

    const deleted = await as(app, person, {
      method: "POST",
      url: "/api/auth/delete-user",
      payload: { password: PASSWORD },
    });
    expect(deleted.status).toBe(200);

    const leftovers = await rowsMentioning(database, [person.id, person.email]);
    expect(leftovers).toEqual([]);
    // The shared team lives on with its remaining member as owner; the solo team is gone.
    const teams = await as(app, colleague, { method: "GET", url: "/api/teams" });
    expect(teams.body.teams).toEqual([{ id: shared.body.id, name: "Shared", role: "owner" }]);
    const signIn = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: TEST_ORIGIN },
      remoteAddress: "10.77.0.1",
      payload: { email: person.email, password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(401);
  });
});

/** Every table.column (public schema, text-like or json) whose value contains one of the needles. */
async function rowsMentioning(database: DatabaseHandle, needles: string[]): Promise<string[]> {
  const columns = await database.execute(
    "select table_name, column_name from information_schema.columns where table_schema = 'public' and data_type in ('text', 'jsonb', 'character varying')",
  );
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    for (const needle of needles) {
      const literal = needle.replaceAll("'", "''");
      const rows = await database.execute(
        `select count(*)::int as n from "${String(table_name)}" where "${String(column_name)}"::text like '%${literal}%'`,
      );
      if (Number(rows[0]?.n) > 0) found.push(`${String(table_name)}.${String(column_name)}`);
    }
  }
  return found;
}
