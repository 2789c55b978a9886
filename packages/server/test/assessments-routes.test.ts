/**
 * Assessment routes on both databases: a targeted session to the end with the result stored in the
 * profile, resume (the pending question survives a second request and a second server), the
 * seed reproducing a session, serialised concurrent answers, and the 400/404/409 answers.
 */
import { loadContent } from "@certpath/content";
import type { Item } from "@certpath/core";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { DATABASE_CASES } from "./support/databases";

const content = loadContent();
const itemById = new Map(content.items.map((i) => [i.id, i]));
const NOW = new Date("2026-11-24T12:00:00Z");

function rightResponse(item: Item): string[] | number {
  return item.format === "numeric" ? (item.answer?.value as number) : (item.key ?? []);
}
function wrongResponse(item: Item): string[] | number {
  if (item.format === "numeric") return (item.answer?.value as number) + 1000;
  return [(item.options ?? []).find((o) => !(item.key ?? []).includes(o.id))?.id as string];
}

describe.each(DATABASE_CASES)("assessment routes on $name", (dbCase) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    if (dbCase.skipReason) return;
    database = await dbCase.open();
    app = await buildApp({ database, content, clock: () => NOW });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const call = async (method: "GET" | "POST" | "PUT", url: string, payload?: unknown, on = app) => {
    const response = await on.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, body: response.json() };
  };
  const start = (body: Record<string, unknown> = {}) => call("POST", "/api/assessments", body);
  const next = (id: string, on = app) => call("GET", `/api/assessments/${id}/next`, undefined, on);
  const answer = (id: string, itemId: string, response: unknown, on = app) =>
    call("POST", `/api/assessments/${id}/answers`, { itemId, response }, on);

  it.skipIf(dbCase.skipReason)(
    "runs a targeted assessment to the engine's stop and stores the abilities in the profile",
    async () => {
      await call("PUT", "/api/profile", { skills: { python: 3 }, industry: "retail" });
      const started = await start({
        targets: ["aws-mla"],
        selfRatings: { "cloud-aws": 3 },
        maxItems: 8,
        seed: 3,
      });
      expect(started.status).toBe(201);
      expect(started.body).toMatchObject({
        status: "in-progress",
        seed: 3,
        createdAt: NOW.toISOString(),
        targets: [{ id: "aws-mla", name: expect.stringContaining("AWS") }],
        progress: { answered: 0, maxItems: 8, maxRemaining: 8 },
      });
      expect(started.body.skills.map((s: { id: string }) => s.id)).toContain("cloud-aws");
      const { id } = started.body;

      let finishedReason: string | null = null;
      for (let step = 0; step < 8 && finishedReason === null; step++) {
        const { status, body } = await next(id);
        expect(status).toBe(200);
        expect(body.progress.answered).toBe(step);
        expect(body.progress.remaining).toBeGreaterThanOrEqual(1);
        expect(body.progress.remaining).toBeLessThanOrEqual(body.progress.maxRemaining);
        expect(started.body.skills.map((s: { id: string }) => s.id)).toContain(body.question.skill.id);
        const item = itemById.get(body.question.itemId) as Item;
        const right = step % 3 !== 2;
        const answered = await answer(id, item.id, right ? rightResponse(item) : wrongResponse(item));
        expect(answered.status).toBe(200);
        expect(answered.body.correct).toBe(right);
        expect(answered.body.explanation).toBe(item.explanation);
        if (item.key) expect(answered.body.correctOptions).toEqual(item.key);
        expect(answered.body.next.progress.answered).toBe(step + 1);
        finishedReason = answered.body.next.finishedReason;
      }
      expect(["max-items", "decision", "precision"]).toContain(finishedReason);
      const done = await next(id);
      expect(done.body).toMatchObject({ status: "finished", question: null, progress: { remaining: 0 } });

      const result = await call("GET", `/api/assessments/${id}/result`);
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ status: "finished", finishedReason, intervalLevel: 0.9 });
      for (const skill of result.body.skills) {
        expect(skill.interval.low).toBeLessThan(skill.theta);
        expect(skill.interval.high).toBeGreaterThan(skill.theta);
        expect(skill.se).toBeGreaterThan(0);
      }
      const [target] = result.body.targets;
      expect(target).toMatchObject({ id: "aws-mla", level: "associate", cut: 0.5 });
      expect(target.domains.length).toBeGreaterThan(1);
      expect(target.domains.reduce((sum: number, d: { weight: number }) => sum + d.weight, 0)).toBeCloseTo(1);
      for (const s of result.body.studyFirst) expect(target.skills).toContain(s.skill);

      // The measured and self-rated skills reach the profile; the rest of the profile is kept.
      const profile = (await call("GET", "/api/profile")).body.profile;
      expect(profile).toMatchObject({ skills: { python: 3 }, industry: "retail" });
      const measured = result.body.skills.filter((s: { answered: number }) => s.answered > 0);
      for (const s of measured) {
        expect(profile.assessment.abilities[s.skill]).toEqual({ theta: s.theta, se: s.se });
      }
      expect(profile.assessment.abilities["cloud-aws"]).toBeDefined();

      // Finished: answering is a conflict, finishing again returns the same result.
      const late = await answer(id, "python-001", ["a"]);
      expect(late.status).toBe(409);
      const again = await call("POST", `/api/assessments/${id}/finish`);
      expect(again.status).toBe(200);
      expect(again.body.finishedReason).toBe(finishedReason);
    },
  );

  it.skipIf(dbCase.skipReason)(
    "resumes: a second /next, and another server on the same database, return the same question",
    async () => {
      const { body } = await start({ seed: 42 });
      const first = await next(body.id);
      const second = await next(body.id);
      expect(second.body).toEqual(first.body);
      const other = await buildApp({ database, content, clock: () => NOW });
      try {
        const fromOther = await next(body.id, other);
        expect(fromOther.body.question).toEqual(first.body.question);
        const item = itemById.get(first.body.question.itemId) as Item;
        expect((await answer(body.id, item.id, rightResponse(item), other)).status).toBe(200);
      } finally {
        await other.close();
      }
      expect((await next(body.id)).body.progress.answered).toBe(1);
    },
  );

  it.skipIf(dbCase.skipReason)("reproduces a session from its seed", async () => {
    const walk = async () => {
      const { body } = await start({ seed: 2024, maxItems: 6 });
      const asked: string[] = [];
      for (let step = 0; step < 6; step++) {
        const { body: n } = await next(body.id);
        if (n.question === null) break;
        asked.push(n.question.itemId);
        const item = itemById.get(n.question.itemId) as Item;
        await answer(body.id, item.id, step % 2 ? wrongResponse(item) : rightResponse(item));
      }
      return asked;
    };
    const first = await walk();
    expect(first).toHaveLength(6);
    expect(await walk()).toEqual(first);
  });

  it.skipIf(dbCase.skipReason)(
    "serialises concurrent answers to one question: one wins, one conflicts",
    async () => {
      const { body } = await start({ seed: 5 });
      const { body: n } = await next(body.id);
      const item = itemById.get(n.question.itemId) as Item;
      const results = await Promise.all([
        answer(body.id, item.id, rightResponse(item)),
        answer(body.id, item.id, rightResponse(item)),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const result = await call("GET", `/api/assessments/${body.id}/result`);
      expect(result.body.answered).toBe(1);
    },
  );

  it.skipIf(dbCase.skipReason)(
    "stops when the person asks and reports a result after any number of answers",
    async () => {
      const { body } = await start({ targets: ["databricks-ml-associate"] });
      await next(body.id);
      const finished = await call("POST", `/api/assessments/${body.id}/finish`);
      expect(finished.status).toBe(200);
      expect(finished.body).toMatchObject({
        status: "finished",
        finishedReason: "stopped",
        answered: 0,
        finishedAt: NOW.toISOString(),
      });
      expect(finished.body.targets[0].domains.length).toBeGreaterThan(0);
      expect((await next(body.id)).body).toMatchObject({ status: "finished", question: null });
    },
  );

  it.skipIf(dbCase.skipReason)("rejects bad bodies with a 400 naming the field", async () => {
    const cases: Array<[unknown, string]> = [
      [{ targets: "aws-mla" }, "targets"],
      [{ targets: ["aws-mlx"] }, "targets.0"],
      [{ targets: ["aws-mla", "aws-mla"] }, "targets.1"],
      [{ selfRatings: { python: 7 } }, "selfRatings"],
      [{ selfRatings: { cooking: 2 } }, "selfRatings"],
      [{ maxItems: 0 }, "maxItems"],
      [{ seed: -1 }, "seed"],
      [{ colour: "blue" }, "colour"],
    ];
    for (const [payload, field] of cases) {
      const { status, body } = await start(payload as Record<string, unknown>);
      expect(status, JSON.stringify(payload)).toBe(400);
      expect(body.message).toContain(field);
    }
    expect((await start({ targets: ["aws-mlx"] })).body.message).toContain('Did you mean "aws-mla"');

    const { body } = await start({ seed: 9 });
    const { body: n } = await next(body.id);
    const item = itemById.get(n.question.itemId) as Item;
    const missing = await call("POST", `/api/assessments/${body.id}/answers`, { response: ["a"] });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain("itemId");
    const wrongKind = await answer(body.id, item.id, item.format === "numeric" ? ["a"] : 3);
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.message).toContain("response");
    const badType = await answer(body.id, item.id, "a");
    expect(badType.status).toBe(400);
    expect(badType.body.message).toContain("response");
    if (item.format !== "numeric") {
      const unknownOption = await answer(body.id, item.id, ["zz"]);
      expect(unknownOption.status).toBe(400);
      expect(unknownOption.body.message).toContain("response");
    }
    // None of these counted as an answer.
    expect((await next(body.id)).body.progress.answered).toBe(0);
  });

  it.skipIf(dbCase.skipReason)(
    "answers 404 for an unknown assessment and 409 for the wrong question",
    async () => {
      const ghost = "00000000-0000-0000-0000-000000000000";
      expect((await next(ghost)).status).toBe(404);
      expect((await answer(ghost, "python-001", ["a"])).status).toBe(404);
      expect((await call("POST", `/api/assessments/${ghost}/finish`)).status).toBe(404);
      expect((await call("GET", `/api/assessments/${ghost}/result`)).status).toBe(404);

      const { body } = await start({ seed: 1 });
      // Before any question has been shown there is nothing to answer.
      expect((await answer(body.id, "python-001", ["a"])).status).toBe(409);
      const { body: n } = await next(body.id);
      const other = content.items.find((i) => i.id !== n.question.itemId) as Item;
      const conflict = await answer(body.id, other.id, rightResponse(other));
      expect(conflict.status).toBe(409);
      expect(conflict.body.message).toContain(n.question.itemId);
    },
  );
});
