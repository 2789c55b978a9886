/**
 * Security properties a person could check from outside:
 *  - security headers on the HTML page, its assets and the API;
 *  - no answer key or item parameter in any client response: every GET under /api (walked from the
 *    OpenAPI document, with real ids) and the built web bundle;
 *  - the sign-in rate limit answers 429 (skipped, with the reason, when /api/auth does not exist).
 * assessments-leak.test.ts covers /api/assessments/:id/next item by item; this file covers the
 * rest of the surface. The dependency audit is a CI step (.ci/run, docs/SECURITY.md).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "@certpath/content";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { type Person, signUp, TEST_ORIGIN } from "./support/accounts";
import { DATABASE_CASES } from "./support/databases";
import { operationsOf } from "./support/route-fuzz";

const content = loadContent();
const webRoot = path.resolve(import.meta.dirname, "../../web");

/** Item fields only the server may hold: the key, the numeric answer, solutions … */
const SECRET_FIELDS = ["key", "answer", "tolerance", "solution", "generatedBy"];
/** … and IRT parameters, which are numbers (a project brief's "difficulty" is a word, and fine). */
const IRT_FIELDS = ["discrimination", "difficulty", "guessing"];

/** Long, distinctive strings of the item bank that must never reach a client unasked. */
const secretTexts = content.items
  .flatMap((item) => [item.explanation, ...(item.solution ? [item.solution] : [])])
  .filter((text) => text.length >= 40);

/** Every field name in a JSON value, and the names of the fields that hold a number. */
function fieldNames(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) fieldNames(v, into);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      if (typeof v === "number") into.add(`${k}:number`);
      fieldNames(v, into);
    }
  }
  return into;
}

/** Builds the web app into a temporary directory (never touching packages/web/dist). */
async function buildWeb(): Promise<string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), "certpath-security-web-"));
  const { build } = await import("vite");
  await build({
    root: webRoot,
    configFile: path.join(webRoot, "vite.config.ts"),
    logLevel: "silent",
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
  return outDir;
}

const pglite = DATABASE_CASES.find((c) => c.name === "pglite");

describe("security", () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let webDist: string;
  let person: Person;

  beforeAll(async () => {
    webDist = await buildWeb();
    database = await (pglite as (typeof DATABASE_CASES)[number]).open();
    app = await buildApp({ database, content, webDist });
    person = await signUp(app, "Security Person");
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    if (webDist) rmSync(webDist, { recursive: true, force: true });
  });

  const get = (url: string, signedIn = false) =>
    app.inject({
      method: "GET",
      url,
      headers: signedIn ? { cookie: person.cookie, origin: TEST_ORIGIN } : {},
    });
  const post = (url: string, payload: unknown, signedIn = false) =>
    app.inject({
      method: "POST",
      url,
      payload: payload as object,
      headers: signedIn ? { cookie: person.cookie, origin: TEST_ORIGIN } : {},
    });

  it("sends security headers on the page, its scripts and the API", async () => {
    const script = readdirSync(path.join(webDist, "assets")).find((f) => f.endsWith(".js"));
    const responses = {
      page: await get("/"),
      "deep link": await get("/certifications/aws-mla"),
      script: await get(`/assets/${script}`),
      api: await get("/api/certifications"),
      "api error": await get("/api/plans/nope"),
    };
    expect(responses.page.headers["content-type"]).toContain("text/html");
    expect(responses["deep link"].headers["content-type"]).toContain("text/html");
    for (const [what, response] of Object.entries(responses)) {
      const h = response.headers;
      expect(h["content-security-policy"], what).toMatch(/default-src 'self'/);
      expect(h["content-security-policy"], what).toMatch(/script-src 'self'(;|$)/);
      expect(h["content-security-policy"], what).toMatch(/object-src 'none'/);
      expect(h["content-security-policy"], what).toMatch(/frame-ancestors 'none'/);
      expect(h["x-content-type-options"], what).toBe("nosniff");
      expect(h["x-frame-options"], what).toBe("SAMEORIGIN");
      expect(h["referrer-policy"], what).toBe("no-referrer");
      expect(h["strict-transport-security"], what).toMatch(/max-age=\d+/);
      expect(h["cross-origin-opener-policy"], what).toBe("same-origin");
      expect(h["x-powered-by"], what).toBeUndefined();
    }
    // The CSP allows no inline script, so the page must not need one.
    expect(responses.page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("never sends an answer key, item parameter or explanation in a GET under /api", async () => {
    // Real rows, so that the walk reaches past "not found" on every id route.
    const plan = (await post("/api/plans", { certificationId: "aws-mla" })).json();
    const assessment = (await post("/api/assessments", { targets: ["aws-mla"], seed: 5 })).json();
    await post(`/api/assessments/${assessment.id}/finish`, {});
    const credential = (
      await post("/api/wallet/credentials", { certificationId: "aws-mla", earnedOn: "2025-05-01" }, true)
    ).json();
    const ids: Record<string, string> = {
      "/api/plans/{id}": plan.id,
      "/api/plans/{id}.ics": plan.id,
      "/api/assessments/{id}/next": assessment.id,
      "/api/assessments/{id}/result": assessment.id,
      "/api/certifications/{id}": "aws-mla",
      "/api/recommendations/why/{id}": "aws-mla",
      "/api/wallet/credentials/{id}": credential.id,
    };
    const walked: string[] = [];
    for (const op of await operationsOf(app)) {
      if (op.method !== "GET") continue;
      const id = ids[op.path] ?? "x";
      const url =
        op.path.replace(/\{\w+\}/g, id) + (op.path.endsWith("/compare") ? "?ids=aws-mla,google-pmle" : "");
      for (const signedIn of [false, true]) {
        const response = await get(url, signedIn);
        walked.push(`${url} ${response.statusCode}`);
        const body = response.body;
        for (const text of secretTexts)
          expect(body.includes(text), `${url}: an item explanation`).toBe(false);
        if (!String(response.headers["content-type"]).includes("json")) continue;
        const names = fieldNames(response.json());
        for (const field of SECRET_FIELDS) expect(names.has(field), `${url}: field "${field}"`).toBe(false);
        for (const field of IRT_FIELDS)
          expect(names.has(`${field}:number`), `${url}: "${field}"`).toBe(false);
      }
    }
    expect(walked.filter((w) => w.endsWith(" 200")).length).toBeGreaterThan(15);
  });

  it("reveals only the answered item's key, after the answer", async () => {
    const started = (await post("/api/assessments", { seed: 9, maxItems: 3 })).json();
    const next = (await get(`/api/assessments/${started.id}/next`)).json();
    const response = next.question.options ? [next.question.options[0].id] : 0;
    const answered = await post(`/api/assessments/${started.id}/answers`, {
      itemId: next.question.itemId,
      response,
    });
    expect(answered.statusCode).toBe(200);
    const names = fieldNames(answered.json());
    for (const field of ["solution", "generatedBy", "key"]) expect(names.has(field), field).toBe(false);
    for (const field of IRT_FIELDS) expect(names.has(`${field}:number`), field).toBe(false);
    // Other items' explanations stay on the server.
    const own = content.items.find((i) => i.id === next.question.itemId)?.explanation;
    for (const text of secretTexts) if (text !== own) expect(answered.body.includes(text)).toBe(false);
  });

  it("ships no item bank in the web bundle", () => {
    const assets = path.join(webDist, "assets");
    const code = readdirSync(assets)
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(path.join(assets, f), "utf8"))
      .join("\n");
    const leaked = secretTexts.filter((text) => code.includes(text.slice(0, 60)));
    expect(leaked, "item explanations in the bundle").toEqual([]);
    const stems = content.items.map((i) => i.stem).filter((s) => s.length >= 40);
    expect(
      stems.filter((s) => code.includes(s.slice(0, 60))),
      "item stems in the bundle",
    ).toEqual([]);
    // Field names may appear as property reads (the feedback shows a numeric answer's tolerance);
    // what must not appear is data: a literal value given to them.
    expect(code).not.toMatch(/\b(discrimination|difficulty|guessing|tolerance)["']?\s*:\s*-?[\d.]/);
  });

  const hasAuth = async () => (await post("/api/auth/sign-in/email", {})).statusCode !== 404;

  it("rate-limits sign-in per client address (429)", async (context) => {
    if (!(await hasAuth())) return context.skip("no /api/auth routes in this build: nothing to rate-limit");
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        headers: { origin: TEST_ORIGIN },
        remoteAddress: "10.77.0.1",
        payload: { email: person.email, password: "wrong password, wrong" },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    // Another address is not held back by the first one's attempts.
    const other = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: TEST_ORIGIN },
      remoteAddress: "10.77.0.2",
      payload: { email: person.email, password: "wrong password, wrong" },
    });
    expect(other.statusCode).toBe(401);
  });
});
