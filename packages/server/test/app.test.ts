import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { DATABASE_CASES } from "./support/databases";
import { testContent } from "./support/test-content";

describe.each(DATABASE_CASES)("app on $name", (dbCase) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    if (dbCase.skipReason) return;
    database = await dbCase.open();
    app = await buildApp({ database, content: testContent() });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it.skipIf(dbCase.skipReason)("reports ok health with the driver and applied migrations", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe("ok");
    expect(body.database.driver).toBe(dbCase.name);
    expect(body.database.migrations.applied).toBe(body.database.migrations.expected);
    expect(body.database.migrations.applied).toBeGreaterThan(0);
  });

  it.skipIf(dbCase.skipReason)("sends security headers", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it.skipIf(dbCase.skipReason)("serves an OpenAPI 3.1 document listing the routes", async () => {
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/health", "/api/profile"]));
  });

  it.skipIf(dbCase.skipReason)("answers unknown API routes with a JSON 404", async () => {
    const response = await app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: "not_found" });
  });

  it.skipIf(dbCase.skipReason)("stores a profile and reads it back", async () => {
    const profile = { experienceYears: 4, clouds: [{ platform: "aws", years: 2 }], skills: { python: 3 } };
    const put = await app.inject({ method: "PUT", url: "/api/profile", payload: profile });
    expect(put.statusCode).toBe(200);
    const get = await app.inject({ method: "GET", url: "/api/profile" });
    expect(get.statusCode).toBe(200);
    expect(get.json().profile).toEqual(profile);
  });

  it.skipIf(dbCase.skipReason)(
    "rejects a profile with an unknown field, naming it, and keeps the old one",
    async () => {
      await app.inject({ method: "PUT", url: "/api/profile", payload: { experienceYears: 2 } });
      const response = await app.inject({
        method: "PUT",
        url: "/api/profile",
        payload: { experienceYears: 3, favouriteColour: "blue" },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toContain("favouriteColour");
      const get = await app.inject({ method: "GET", url: "/api/profile" });
      expect(get.json().profile).toEqual({ experienceYears: 2 });
    },
  );

  it.skipIf(dbCase.skipReason)("rejects bad values and unknown skill ids with the field's path", async () => {
    const badYears = await app.inject({
      method: "PUT",
      url: "/api/profile",
      payload: { experienceYears: -1 },
    });
    expect(badYears.statusCode).toBe(400);
    expect(badYears.json().message).toContain("experienceYears");
    const badSkill = await app.inject({
      method: "PUT",
      url: "/api/profile",
      payload: { skills: { cooking: 3 } },
    });
    expect(badSkill.statusCode).toBe(400);
    expect(badSkill.json().message).toContain("cooking");
  });

  it.skipIf(dbCase.skipReason)("answers malformed JSON with a 400, not a 500", async () => {
    const response = await app.inject({
      method: "PUT",
      url: "/api/profile",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toContain("at ");
  });
});
