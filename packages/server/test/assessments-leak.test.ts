/**
 * The diagnostic never shows the answer before it is given: walks whole sessions over a bank with
 * every item format (single-choice, multiple-select, numeric with a hidden solution, code-output)
 * until the bank is exhausted, so every item of the bank passes through /next, and checks each
 * response for the key, the answer value, the explanation, the solution and the IRT parameters.
 * On both databases.
 */
import { loadContent } from "@certpath/content";
import type { Item } from "@certpath/core";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { DATABASE_CASES } from "./support/databases";

/** Field names that only the server may know until the person has answered. */
const SECRET_FIELDS = new Set([
  "key",
  "answer",
  "value",
  "tolerance",
  "explanation",
  "solution",
  "references",
  "generatedBy",
  "check",
  "tier",
  "a",
  "b",
  "c",
  "exposure",
  "provisional",
  "discrimination",
  "difficulty",
  "guessing",
  "pending",
  "posterior",
  "responses",
  "state",
]);
const QUESTION_FIELDS = new Set([
  "itemId",
  "format",
  "stem",
  "code",
  "language",
  "options",
  "multiple",
  "skill",
]);

function fieldNames(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) fieldNames(v, into);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      fieldNames(v, into);
    }
  }
  return into;
}

/** The first item of each (skill, format) pair, at most 39 (an assessment stops at 40). */
function mixedBank(items: readonly Item[]): Item[] {
  const seen = new Set<string>();
  const picked: Item[] = [];
  for (const item of items) {
    const pair = `${item.skill}|${item.format}`;
    if (seen.has(pair) || picked.length >= 39) continue;
    seen.add(pair);
    picked.push(item);
  }
  return picked;
}

/** A right answer for even steps, a wrong one for odd steps. */
function responseFor(item: Item, right: boolean): string[] | number {
  if (item.format === "numeric") {
    const answer = item.answer as NonNullable<Item["answer"]>;
    return right ? answer.value : answer.value + 10 * answer.tolerance + 1;
  }
  const key = item.key ?? [];
  if (right) return key;
  const wrong = (item.options ?? []).find((o) => !key.includes(o.id));
  return [wrong?.id as string];
}

const live = loadContent();
const items = mixedBank(live.items);
const content = { ...live, items };

describe("the test bank", () => {
  it("covers every item format, hidden solutions and code", () => {
    expect(new Set(items.map((i) => i.format))).toEqual(
      new Set(["single-choice", "multiple-select", "numeric", "code-output"]),
    );
    expect(items.some((i) => i.solution)).toBe(true);
    expect(items.some((i) => i.code)).toBe(true);
  });
});

describe.each(DATABASE_CASES)("assessment key leaks on $name", (dbCase) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    if (dbCase.skipReason) return;
    database = await dbCase.open();
    app = await buildApp({ database, content });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it.skipIf(dbCase.skipReason)(
    "no /next response ever carries a key, answer, explanation, solution or IRT parameter",
    async () => {
      const start = await app.inject({ method: "POST", url: "/api/assessments", payload: { seed: 11 } });
      expect(start.statusCode).toBe(201);
      const id = start.json().id as string;
      const asked: string[] = [];
      for (let step = 0; step <= items.length; step++) {
        const next = await app.inject({ method: "GET", url: `/api/assessments/${id}/next` });
        expect(next.statusCode).toBe(200);
        const body = next.json();
        const names = fieldNames(body);
        for (const secret of SECRET_FIELDS) expect(names.has(secret), `/next field "${secret}"`).toBe(false);
        if (body.question === null) {
          expect(body).toMatchObject({ status: "finished", finishedReason: "exhausted" });
          break;
        }
        for (const field of Object.keys(body.question)) expect(QUESTION_FIELDS.has(field)).toBe(true);
        const item = content.items.find((i) => i.id === body.question.itemId) as Item;
        const raw = next.body;
        expect(raw).not.toContain(JSON.stringify(item.explanation).slice(1, -1));
        if (item.solution) expect(raw).not.toContain(JSON.stringify(item.solution).slice(1, -1));
        // The numeric answer itself: long enough that it cannot be an innocent number in the stem.
        if (item.answer && String(item.answer.value).length >= 4)
          expect(raw).not.toContain(String(item.answer.value));
        asked.push(item.id);
        const right = step % 2 === 0;
        const answer = await app.inject({
          method: "POST",
          url: `/api/assessments/${id}/answers`,
          payload: { itemId: item.id, response: responseFor(item, right) },
        });
        expect(answer.statusCode).toBe(200);
        // After answering, the person learns the right answer and why.
        expect(answer.json()).toMatchObject({
          itemId: item.id,
          correct: right,
          explanation: item.explanation,
        });
      }
      // Every item of the bank was asked once, and the result counts every answer.
      expect([...asked].sort()).toEqual(items.map((i) => i.id).sort());
      const result = await app.inject({ method: "GET", url: `/api/assessments/${id}/result` });
      expect(result.json()).toMatchObject({ status: "finished", answered: items.length });
      expect(result.json().correct).toBe(Math.ceil(items.length / 2));
    },
  );
});
