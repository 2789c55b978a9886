/**
 * Property tests for planning: budgets hold, prerequisites hold, the past is never rewritten, and
 * an unreachable target is reported rather than squeezed into the budget.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validCertification } from "../../test/fixtures/certification";
import {
  addDays,
  type BlueprintDomain,
  type Certification,
  CertpathError,
  type CheckIn,
  createPlan,
  daysBetween,
  type Plan,
  type PlanConstraints,
  type Profile,
  recordCheckIn,
  SKILL_IDS,
  type SkillId,
  WEEKDAYS,
  type Weekday,
} from "../index";

const START = "2027-01-04";

const skillMap = fc
  .uniqueArray(fc.constantFrom(...SKILL_IDS), { minLength: 1, maxLength: 3 })
  .chain((skills) =>
    fc
      .array(fc.integer({ min: 1, max: 10 }), { minLength: skills.length, maxLength: skills.length })
      .map((raw) => {
        const total = raw.reduce((a, b) => a + b, 0);
        const shares = raw.map((r) => Math.max(1, Math.floor((r / total) * 100)));
        const drift = 100 - shares.reduce((a, b) => a + b, 0);
        shares[0] = (shares[0] as number) + drift;
        return Object.fromEntries(skills.map((s, i) => [s, shares[i]])) as Partial<Record<SkillId, number>>;
      }),
  );

const certification: fc.Arbitrary<Certification> = fc
  .record({
    level: fc.constantFrom("foundational", "associate", "professional", "specialty" as const),
    minutes: fc.option(fc.integer({ min: 45, max: 240 }), { nil: null }),
    domains: fc.array(fc.tuple(fc.integer({ min: 5, max: 40 }), skillMap), { minLength: 1, maxLength: 6 }),
  })
  .map(({ level, minutes, domains }) => {
    const base = validCertification({ id: "gen-cert", level });
    const blueprintDomains: BlueprintDomain[] = domains.map(([weight, skills], i) => ({
      id: `d${i + 1}`,
      name: `Domain ${i + 1}`,
      weight: { min: weight, max: weight },
      skills,
    }));
    return {
      ...base,
      format: { ...base.format, minutes },
      blueprint: { ...base.blueprint, domains: blueprintDomains },
    };
  });

const profile: fc.Arbitrary<Profile> = fc.record({
  skills: fc.dictionary(fc.constantFrom(...SKILL_IDS), fc.constantFrom(0, 1, 2, 3, 4 as const), {
    maxKeys: 8,
  }),
});

const weekdays = fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }) as fc.Arbitrary<
  Weekday[]
>;

const constraints = (target: fc.Arbitrary<string | null>): fc.Arbitrary<PlanConstraints> =>
  fc.record({
    hoursPerWeek: fc.integer({ min: 2, max: 80 }).map((n) => n / 2),
    weekdays,
    startDate: fc.constant(START),
    targetDate: target,
    blackoutWeeks: fc.array(
      fc.integer({ min: 0, max: 40 }).map((w) => addDays(START, w * 7 + 2)),
      { maxLength: 4 },
    ),
    overrides: fc.constant({}),
  });

function build(cert: Certification, person: Profile, c: PlanConstraints): Plan {
  try {
    return createPlan({
      profile: person,
      certification: cert,
      catalog: [cert],
      projects: [],
      constraints: c,
      today: START,
    });
  } catch (error) {
    // Plans longer than five years are refused by design (plan.test.ts covers the message); such
    // inputs say nothing about the properties below, so they are skipped, not failed.
    if (error instanceof CertpathError && /more than five years/.test(error.message)) fc.pre(false);
    throw error;
  }
}

const allBlocks = (plan: Plan) => plan.weeks.flatMap((w) => w.blocks);

describe("schedule properties", () => {
  it("never schedules more hours in a week than the budget", () => {
    fc.assert(
      fc.property(certification, profile, constraints(fc.constant(null)), (cert, person, c) => {
        const plan = build(cert, person, c);
        for (const week of plan.weeks) {
          expect(week.hours).toBeLessThanOrEqual(c.hoursPerWeek + 1e-9);
          const counted = week.blocks.filter((b) => b.kind !== "exam").reduce((s, b) => s + b.hours, 0);
          expect(counted).toBeCloseTo(week.hours, 9);
          if (week.blackout) expect(counted).toBe(0);
        }
        // Every study block is on a chosen weekday.
        for (const block of allBlocks(plan).filter((b) => b.kind !== "exam")) {
          const index = (((daysBetween("2024-01-01", block.date) % 7) + 7) % 7) as number; // 2024-01-01 was a Monday
          expect(c.weekdays).toContain(WEEKDAYS[index]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("orders stages by their prerequisites, in the list and on the calendar", () => {
    fc.assert(
      fc.property(certification, profile, constraints(fc.constant(null)), (cert, person, c) => {
        const plan = build(cert, person, c);
        const position = new Map(plan.stages.map((s, i) => [s.id, i]));
        const study = allBlocks(plan).filter((b) => b.kind === "study" || b.kind === "practice-exam");
        const first = (id: string) =>
          study
            .filter((b) => b.stageId === id)
            .map((b) => b.date)
            .sort()[0];
        const last = (id: string) =>
          study
            .filter((b) => b.stageId === id)
            .map((b) => b.date)
            .sort()
            .at(-1);
        for (const stage of plan.stages) {
          for (const before of stage.after) {
            expect(position.get(before)).toBeLessThan(position.get(stage.id) as number);
            const end = last(before);
            const begin = first(stage.id);
            if (end && begin) expect(begin >= end).toBe(true);
          }
        }
        // Foundations come before every domain that builds on them; the exam after all study.
        const exam = allBlocks(plan).find((b) => b.kind === "exam");
        expect(exam?.date).toBe(plan.examDate);
        for (const block of study) expect(block.date < plan.examDate).toBe(true);
        const kinds = plan.stages.map((s) => s.kind);
        expect(kinds.lastIndexOf("foundation")).toBeLessThan(Math.max(0, kinds.indexOf("domain")));
        expect(kinds.indexOf("exam")).toBeGreaterThan(kinds.lastIndexOf("practice-exam"));
      }),
      { numRuns: 60 },
    );
  });

  it("reports an unreachable target instead of squeezing the schedule", () => {
    fc.assert(
      fc.property(
        certification,
        profile,
        constraints(fc.constant(null)),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (cert, person, c, fraction) => {
          const free = build(cert, person, c);
          const span = daysBetween(START, free.projectedExamDate);
          fc.pre(span >= 2);
          const target = addDays(START, Math.max(1, Math.floor(span * fraction)));
          fc.pre(target < free.projectedExamDate);
          const plan = build(cert, person, { ...c, targetDate: target });
          expect(plan.feasibility.reachable).toBe(false);
          expect(plan.feasibility.message).toContain("not reachable");
          expect(plan.examDate).toBe(plan.projectedExamDate);
          expect(plan.examDate > target).toBe(true);
          for (const week of plan.weeks) expect(week.hours).toBeLessThanOrEqual(c.hoursPerWeek + 1e-9);
          const later = plan.feasibility.options.find((o) => o.kind === "later-date");
          expect(later).toMatchObject({ date: plan.projectedExamDate });
          const more = plan.feasibility.options.find((o) => o.kind === "more-hours");
          if (more && more.kind === "more-hours") {
            expect(more.hoursPerWeek).toBeGreaterThan(c.hoursPerWeek);
            const faster = build(cert, person, { ...c, targetDate: target, hoursPerWeek: more.hoursPerWeek });
            expect(faster.feasibility.reachable).toBe(true);
            expect(faster.examDate).toBe(target);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("puts the exam on a reachable target and says so", () => {
    fc.assert(
      fc.property(
        certification,
        profile,
        constraints(fc.constant(null)),
        fc.integer({ min: 0, max: 60 }),
        (cert, person, c, slack) => {
          const free = build(cert, person, c);
          const target = addDays(free.projectedExamDate, slack);
          const plan = build(cert, person, { ...c, targetDate: target });
          expect(plan.feasibility.reachable).toBe(true);
          expect(plan.examDate).toBe(target);
          expect(plan.feasibility.options).toEqual([]);
          for (const week of plan.weeks) expect(week.hours).toBeLessThanOrEqual(c.hoursPerWeek + 1e-9);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("re-planning properties", () => {
  const checkIn = (plan: Plan) =>
    fc.record({
      offset: fc.integer({ min: 0, max: Math.max(0, daysBetween(START, plan.examDate)) }),
      hoursDone: fc.integer({ min: 0, max: 400 }).map((n) => n / 4),
      finished: fc.subarray(
        plan.stages.filter((s) => s.kind !== "exam" && s.kind !== "next-step").map((s) => s.id),
      ),
      score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    });

  it("never changes the past, and keeps within the budget", () => {
    fc.assert(
      fc.property(
        certification,
        profile,
        constraints(
          fc.option(
            fc.integer({ min: 20, max: 300 }).map((d) => addDays(START, d)),
            { nil: null },
          ),
        ),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (cert, person, c, seed) => {
          const plan = build(cert, person, c);
          const sample = fc.sample(checkIn(plan), { seed, numRuns: 1 })[0];
          if (!sample) return;
          const date = addDays(START, sample.offset);
          const input: CheckIn = {
            date,
            hoursDone: sample.hoursDone,
            stagesFinished: sample.finished,
            practiceScores: sample.score === undefined ? [] : [{ scorePct: sample.score }],
          };
          const next = recordCheckIn(plan, input, { profile: person, certification: cert, catalog: [cert] });
          const past = (p: Plan) => allBlocks(p).filter((b) => b.date < date);
          expect(past(next)).toEqual(past(plan));
          const pastWeeks = (p: Plan) => p.weeks.filter((w) => addDays(w.start, 7) <= date);
          expect(pastWeeks(next)).toEqual(pastWeeks(plan));
          for (const week of next.weeks) expect(week.hours).toBeLessThanOrEqual(c.hoursPerWeek + 1e-9);
          for (const block of allBlocks(next).filter((b) => b.date >= date))
            expect(block.date >= date).toBe(true);
          expect(next.replannings).toHaveLength(1);
          expect(next.progress?.asOf).toBe(date);
        },
      ),
      { numRuns: 40 },
    );
  });
});
