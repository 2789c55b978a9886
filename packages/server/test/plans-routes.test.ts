/**
 * Plan routes on both databases: create, read, check in (transactional, the past kept), .ics export
 * read back with an independent parser (node-ical), and the 400/404/409 answers.
 */
import type { Plan } from "@certpath/core";
import type { FastifyInstance } from "fastify";
import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import type { DatabaseHandle } from "../src/db/database";
import { DATABASE_CASES } from "./support/databases";
import { testContent } from "./support/test-content";

const NOW = new Date("2026-11-24T12:00:00Z");
const profile = { skills: { "classical-ml": 2, "data-engineering": 1, "cloud-aws": 1 }, industry: "banking" };
const blocks = (plan: Plan) => plan.weeks.flatMap((w) => w.blocks);

describe.each(DATABASE_CASES)("plan routes on $name", (dbCase) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    if (dbCase.skipReason) return;
    database = await dbCase.open();
    app = await buildApp({ database, content: testContent(), clock: () => NOW });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const post = async (url: string, payload: unknown) => {
    const response = await app.inject({ method: "POST", url, payload: payload as object });
    return { status: response.statusCode, body: response.json() };
  };
  const get = async (url: string) => {
    const response = await app.inject({ method: "GET", url });
    return {
      status: response.statusCode,
      body: String(response.headers["content-type"]).includes("json") ? response.json() : response.body,
      headers: response.headers,
    };
  };
  const create = (extra: Record<string, unknown> = {}) =>
    post("/api/plans", {
      profile,
      certificationId: "acme-ml-engineer",
      hoursPerWeek: 6,
      weekdays: ["mon", "wed", "sat"],
      ...extra,
    });

  it.skipIf(dbCase.skipReason)(
    "creates a plan with weeks, an exam date and matched projects, and stores it",
    async () => {
      const { status, body } = await create({ startDate: "2026-11-30", blackoutWeeks: ["2026-12-24"] });
      expect(status).toBe(201);
      const plan = body.plan as Plan;
      expect(plan.weeks[0]).toMatchObject({ start: "2026-11-30" });
      for (const week of plan.weeks) {
        expect(week.hours).toBeLessThanOrEqual(6);
        expect(Array.isArray(week.blocks)).toBe(true);
      }
      expect(plan.weeks.find((w) => w.start === "2026-12-21")).toMatchObject({ blackout: true, hours: 0 });
      expect(plan.stages.map((s) => s.kind)).toEqual(
        expect.arrayContaining(["domain", "practice-exam", "exam"]),
      );
      expect(plan.feasibility.reachable).toBeNull();
      expect(plan.projects.length).toBeGreaterThan(0);
      const read = await get(`/api/plans/${body.id}`);
      expect(read.status).toBe(200);
      expect(read.body.plan).toEqual(plan);
      expect(read.body.checkIns).toEqual([]);
    },
  );

  it.skipIf(dbCase.skipReason)(
    "uses the stored profile and its hours when the request has none",
    async () => {
      await app.inject({
        method: "PUT",
        url: "/api/profile",
        payload: { hoursPerWeek: 9, skills: { python: 3 } },
      });
      const { status, body } = await post("/api/plans", { certificationId: "acme-ml-engineer" });
      expect(status).toBe(201);
      expect(body.plan.constraints).toMatchObject({
        hoursPerWeek: 9,
        startDate: "2026-11-24",
        weekdays: ["mon", "tue", "wed", "thu", "fri"],
      });
    },
  );

  it.skipIf(dbCase.skipReason)(
    "reports an unreachable target with what would make it reachable",
    async () => {
      const { status, body } = await create({ startDate: "2026-11-30", targetDate: "2026-12-10" });
      expect(status).toBe(201);
      expect(body.plan.feasibility.reachable).toBe(false);
      expect(body.plan.feasibility.message).toContain("not reachable");
      expect(body.plan.examDate > "2026-12-10").toBe(true);
      expect(body.plan.feasibility.options.map((o: { kind: string }) => o.kind)).toContain("later-date");
    },
  );

  it.skipIf(dbCase.skipReason)("applies the person's own stage estimates", async () => {
    const { body } = await create({ overrides: { "domain:models": 3 } });
    const stage = body.plan.stages.find((s: { id: string }) => s.id === "domain:models");
    expect(stage).toMatchObject({ hours: 3, overridden: true });
  });

  it.skipIf(dbCase.skipReason)("answers bad input with a 400 naming the field", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ hoursPerWeek: -1 }, "hoursPerWeek"],
      [{ weekdays: ["someday"] }, "weekdays"],
      [{ startDate: "2026-13-01" }, "startDate"],
      [{ startDate: "2026-12-01", targetDate: "2026-11-30" }, "targetDate"],
      [{ overrides: { "domain:nope": 3 } }, "overrides.domain:nope"],
      [{ colour: "blue" }, "colour"],
    ];
    for (const [extra, field] of cases) {
      const { status, body } = await create(extra);
      expect(status, field).toBe(400);
      expect(body.message).toContain(field);
    }
  });

  it.skipIf(dbCase.skipReason)("answers an unknown certification with 404 and a suggestion", async () => {
    const { status, body } = await create({ certificationId: "acme-ml-enginer" });
    expect(status).toBe(404);
    expect(body.message).toContain('Did you mean "acme-ml-engineer"?');
  });

  it.skipIf(dbCase.skipReason)("refuses a retired certification with 409, naming the successor", async () => {
    const { status, body } = await create({ certificationId: "acme-ml-specialty" });
    expect(status).toBe(409);
    expect(body.message).toContain("cannot be booked");
    expect(body.message).toContain("Acme ML Engineer (acme-ml-engineer)");
  });

  it.skipIf(dbCase.skipReason)("answers unknown plan ids with 404", async () => {
    expect((await get("/api/plans/no-such-plan")).status).toBe(404);
    expect((await get("/api/plans/no-such-plan.ics")).status).toBe(404);
    expect((await post("/api/plans/no-such-plan/check-ins", { hoursDone: 1 })).status).toBe(404);
  });

  it.skipIf(dbCase.skipReason)("records a check-in, re-plans the future and keeps the past", async () => {
    const created = await create({ startDate: "2026-11-30" });
    const before = created.body.plan as Plan;
    const { status, body } = await post(`/api/plans/${created.body.id}/check-ins`, {
      date: "2026-12-21",
      hoursDone: 2,
      stagesFinished: [],
    });
    expect(status).toBe(201);
    const after = body.plan as Plan;
    expect(blocks(after).filter((b) => b.date < "2026-12-21")).toEqual(
      blocks(before).filter((b) => b.date < "2026-12-21"),
    );
    expect(body.replanning.previousExamDate).toBe(before.examDate);
    expect(body.replanning.newExamDate >= before.examDate).toBe(true);
    expect(body.replanning.message).toContain("behind plan");
    expect(after.progress).toMatchObject({ asOf: "2026-12-21", hoursDone: 2 });
    const read = await get(`/api/plans/${created.body.id}`);
    expect(read.body.checkIns).toHaveLength(1);
    expect(read.body.plan).toEqual(after);
  });

  it.skipIf(dbCase.skipReason)(
    "previews a check-in without saving it, and the saved one matches",
    async () => {
      const created = await create({ startDate: "2026-11-30" });
      const checkIn = { date: "2026-12-21", hoursDone: 2, stagesFinished: [] };
      const preview = await post(`/api/plans/${created.body.id}/check-ins/preview`, checkIn);
      expect(preview.status).toBe(200);
      expect(preview.body.replanning.message).toContain("behind plan");
      const unchanged = await get(`/api/plans/${created.body.id}`);
      expect(unchanged.body.checkIns).toHaveLength(0);
      expect(unchanged.body.plan).toEqual(created.body.plan);
      const saved = await post(`/api/plans/${created.body.id}/check-ins`, checkIn);
      expect(saved.body.plan).toEqual(preview.body.plan);
      expect((await post("/api/plans/nope/check-ins/preview", checkIn)).status).toBe(404);
    },
  );

  it.skipIf(dbCase.skipReason)("stores nothing when a check-in is rejected", async () => {
    const created = await create();
    const { status, body } = await post(`/api/plans/${created.body.id}/check-ins`, {
      date: "2026-12-01",
      hoursDone: 1,
      stagesFinished: ["domain:unknown"],
    });
    expect(status).toBe(400);
    expect(body.message).toContain("stagesFinished");
    const read = await get(`/api/plans/${created.body.id}`);
    expect(read.body.checkIns).toEqual([]);
    expect(read.body.plan).toEqual(created.body.plan);
    expect(read.body.updatedAt).toBe(created.body.updatedAt);
  });

  it.skipIf(dbCase.skipReason)("serialises concurrent check-ins: neither is lost", async () => {
    const created = await create();
    const url = `/api/plans/${created.body.id}/check-ins`;
    const results = await Promise.all([
      post(url, { date: "2026-12-01", hoursDone: 1.5 }),
      post(url, { date: "2026-12-01", hoursDone: 2.5 }),
    ]);
    expect(results.map((r) => r.status)).toEqual([201, 201]);
    const read = await get(`/api/plans/${created.body.id}`);
    expect(read.body.checkIns).toHaveLength(2);
    expect(read.body.plan.progress.hoursDone).toBe(4);
    expect(read.body.plan.replannings).toHaveLength(2);
  });

  it.skipIf(dbCase.skipReason)(
    "exports RFC 5545 that an independent parser reads as one event per block",
    async () => {
      const created = await create({ startDate: "2026-11-30" });
      const plan = created.body.plan as Plan;
      const response = await app.inject({
        method: "GET",
        url: `/api/plans/${created.body.id}.ics?startTime=07:30`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/calendar");
      expect(response.body.startsWith("BEGIN:VCALENDAR")).toBe(true);
      const parsed = ical.sync.parseICS(response.body);
      const events = Object.values(parsed).filter((c) => c?.type === "VEVENT") as ical.VEvent[];
      expect(events).toHaveLength(blocks(plan).length);
      const exam = events.find((e) => String(e.summary).startsWith("Exam:"));
      expect(exam).toBeDefined();
      const first = blocks(plan)[0] as Plan["weeks"][number]["blocks"][number];
      const firstEvent = events.find(
        (e) =>
          e.uid ===
          `${created.body.id}-${first.date}-${first.kind}-${first.stageId.replace(/[^a-z0-9-]/gi, "-")}@certpath`,
      );
      expect(firstEvent).toBeDefined();
      const start = firstEvent?.start as Date;
      expect([
        start.getFullYear(),
        start.getMonth() + 1,
        start.getDate(),
        start.getHours(),
        start.getMinutes(),
      ]).toEqual([...first.date.split("-").map(Number), 7, 30]);
      const end = firstEvent?.end as Date;
      const minutes = (end.getTime() - start.getTime()) / 60_000;
      expect(minutes).toBe(Math.round(first.hours * 60));
      expect((await get(`/api/plans/${created.body.id}.ics?startTime=25:00`)).status).toBe(400);
    },
  );
});
