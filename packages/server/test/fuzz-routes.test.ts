/**
 * Hostile input on every route (property-based, fast-check, fixed seed, bounded runs): path
 * parameters, query strings and bodies are mutated from valid ones or drawn at random. Whatever
 * comes in, the answer is never a 5xx, never carries a stack trace or a file path, and every 4xx
 * is JSON with a message. Oversized bodies are refused with a 413.
 *
 * The operations come from the app's OpenAPI document (plus better-auth's hidden endpoints), so a
 * route added later is fuzzed without touching this file; support/fuzz-route-table.ts holds the
 * valid inputs that let mutations reach deeper. Reproduce a failure with FUZZ_SEED / FUZZ_RUNS.
 */
import { readFileSync } from "node:fs";
import { loadContent } from "@certpath/content";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { type Person, signUp, TEST_ORIGIN } from "./support/accounts";
import { DATABASE_CASES } from "./support/databases";
import {
  type Fixtures,
  fuzzOrder,
  HIDDEN_OPERATIONS,
  PROFILE,
  REQUIRED_OPERATIONS,
  ROUTE_TABLE,
} from "./support/fuzz-route-table";
import {
  type FuzzRequest,
  type Operation,
  operationsOf,
  problemWith,
  requestArbitrary,
} from "./support/route-fuzz";

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_124);
/** Per operation; CI keeps it small so the whole file stays well under a minute per database. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const NOW = new Date("2026-11-24T12:00:00Z");

describe.each(DATABASE_CASES)("fuzzing every route on $name", (dbCase) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let person: Person;
  let fixtures: Fixtures;

  /** Sends a request as the signed-in person (with a browser's Origin) or anonymously. */
  const send = (request: FuzzRequest, signedIn: boolean) =>
    app.inject({
      method: request.method as "GET",
      url: request.url,
      headers: {
        ...request.headers,
        ...(signedIn ? { cookie: person.cookie, origin: TEST_ORIGIN } : {}),
      },
      remoteAddress: signedIn ? person.ip : "10.9.0.1",
      ...(request.payload === undefined ? {} : { payload: request.payload }),
    });

  const json = async (signedIn: boolean, method: string, url: string, payload?: unknown) => {
    const response = await send(
      {
        method,
        url,
        headers: payload === undefined ? {} : { "content-type": "application/json" },
        ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
      },
      signedIn,
    );
    if (response.statusCode >= 400)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };

  beforeAll(async () => {
    if (dbCase.skipReason) return;
    database = await dbCase.open();
    // The answer rate limit (60 a minute per owner and address) would turn later mutations of the
    // answer route into 429s (clean 4xx, but they no longer reach the handler), more so with a
    // raised FUZZ_RUNS: lift it here; answer-rate-limit.test.ts tests the limit itself.
    app = await buildApp({
      database,
      content: loadContent(),
      clock: () => NOW,
      answerRateLimit: { limit: 1_000_000 },
    });
    person = await signUp(app, "Fuzz Person");
    // Real rows, so that valid ids in the table reach past "not found".
    await json(false, "PUT", "/api/profile", PROFILE);
    const plan = await json(false, "POST", "/api/plans", {
      certificationId: "aws-mla",
      startDate: "2026-11-30",
    });
    const assessment = await json(false, "POST", "/api/assessments", { targets: ["aws-mla"], seed: 3 });
    const next = await json(false, "GET", `/api/assessments/${assessment.id}/next`);
    const credential = await json(true, "POST", "/api/wallet/credentials", {
      certificationId: "aws-mla",
      earnedOn: "2025-01-10",
    });
    const saved = await json(true, "POST", "/api/saved-results", {
      kind: "diagnostic",
      title: "t",
      data: {},
    });
    const settings = await json(true, "GET", "/api/wallet/settings");
    fixtures = {
      planId: plan.id,
      assessmentId: assessment.id,
      itemId: next.question?.itemId ?? "none",
      credentialId: credential.id,
      savedResultId: saved.id,
      calendarToken: String(settings.calendarUrl)
        .replace(/^.*\/calendar\//, "")
        .replace(/\.ics$/, ""),
      exportDocument: await json(true, "GET", "/api/account/export"),
      openBadge: JSON.parse(readFileSync(new URL("./fixtures/open-badge-v2.json", import.meta.url), "utf8")),
    };
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it.skipIf(dbCase.skipReason)("answers hostile input on every route with a clean 2xx/4xx", async () => {
    const listed = await operationsOf(app);
    const keys = listed.map((op) => `${op.method} ${op.path}`);
    expect(keys).toEqual(expect.arrayContaining(REQUIRED_OPERATIONS));
    const hidden: Operation[] = HIDDEN_OPERATIONS.map((h) => ({ ...h, params: [], queryKeys: [] }));
    const all = [...listed, ...hidden].sort(
      (a, b) => fuzzOrder(`${a.method} ${a.path}`) - fuzzOrder(`${b.method} ${b.path}`),
    );

    const failures: string[] = [];
    let requests = 0;
    for (const op of all) {
      const key = `${op.method} ${op.path}`;
      const seed =
        ROUTE_TABLE[key]?.(fixtures) ?? HIDDEN_OPERATIONS.find((h) => h.path === op.path)?.seed ?? {};
      const property = fc.asyncProperty(
        requestArbitrary(op, seed),
        fc.boolean(),
        async (request, signedIn) => {
          requests++;
          const response = await send(request, signedIn);
          const problem = problemWith(response);
          if (problem) throw new Error(`${request.method} ${request.url.slice(0, 200)}: ${problem}`);
        },
      );
      const result = await fc.check(property, { seed: SEED, numRuns: RUNS, endOnFailure: true });
      if (result.failed) {
        const input = JSON.stringify(result.counterexample?.[0]).slice(0, 400);
        failures.push(`${key}: ${String(result.errorInstance).slice(0, 400)}\n    input: ${input}`);
      }
    }
    expect(failures, `${failures.length} route(s) failed (seed ${SEED})`).toEqual([]);
    expect(requests).toBeGreaterThan(all.length * RUNS * 0.9);
  });

  it.skipIf(dbCase.skipReason)("refuses oversized bodies with a JSON 413", async () => {
    // Just over the app-wide 256 KB limit, and over the 8 MB limit of the account import.
    const big = (bytes: number) => JSON.stringify({ note: "x".repeat(bytes) });
    const cases: Array<[string, string, number]> = [
      ["PUT", "/api/profile", 257 * 1024],
      ["POST", "/api/recommendations", 300 * 1024],
      ["POST", "/api/plans", 1024 * 1024],
      ["POST", `/api/plans/${fixtures.planId}/check-ins`, 257 * 1024],
      ["POST", "/api/assessments", 257 * 1024],
      ["POST", "/api/account/import", 9 * 1024 * 1024],
    ];
    for (const [method, url, bytes] of cases) {
      const response = await send(
        { method, url, headers: { "content-type": "application/json" }, payload: big(bytes) },
        true,
      );
      expect(response.statusCode, `${method} ${url}`).toBe(413);
      expect(problemWith(response)).toBeNull();
    }
  });
});
