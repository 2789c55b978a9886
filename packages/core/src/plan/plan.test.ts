/**
 * Unit tests for the planning pieces: the effort model's numbers, foundations, the FSRS spacing and
 * its exam horizon, next steps, project matching and re-planning after practice exams.
 */
import { describe, expect, it } from "vitest";
import { validCertification } from "../../test/fixtures/certification";
import {
  buildPathway,
  type Certification,
  CertpathError,
  createPlan,
  EXAM_DAY_RETENTION,
  EXAM_REVIEW_HOURS,
  examTargetTheta,
  HOURS_PER_THETA,
  matchProjects,
  normalizeIndustry,
  type Plan,
  type PlanConstraints,
  type ProjectBrief,
  recordCheckIn,
  retrievability,
  suggestNextStep,
} from "../index";
import { domainPrerequisites } from "./pathway";
import { stabilityAfter } from "./spacing";

const constraints = (extra: Partial<PlanConstraints> = {}): PlanConstraints => ({
  hoursPerWeek: 8,
  weekdays: ["mon", "wed", "sat"],
  startDate: "2027-01-04",
  targetDate: null,
  blackoutWeeks: [],
  overrides: {},
  ...extra,
});
const cert = validCertification({ id: "acme-ml", level: "associate" });
const plan = (c: Certification = cert, extra: Partial<PlanConstraints> = {}, skills = {}): Plan =>
  createPlan({
    profile: { skills },
    certification: c,
    catalog: [c],
    projects: [],
    constraints: constraints(extra),
    today: "2027-01-01",
  });
const blocks = (p: Plan) => p.weeks.flatMap((w) => w.blocks);

describe("effort model", () => {
  it("splits the recommendation's hours-to-ready by domain weight", () => {
    // No evidence: every skill at the prior mean 0; associate target = cut 0.5 + margin 0.5.
    const stages = buildPathway({ profile: {}, certification: cert, catalog: [cert] });
    const domains = stages.filter((s) => s.kind === "domain");
    const gapHours = examTargetTheta("associate") * HOURS_PER_THETA.associate;
    const practice = stages.filter((s) => s.kind === "practice-exam").reduce((sum, s) => sum + s.hours, 0);
    const familiar = Math.max(0, EXAM_REVIEW_HOURS.associate - practice);
    expect(domains.find((s) => s.id === "domain:models")?.hours).toBeCloseTo(
      Math.round(0.6 * (gapHours + familiar) * 2) / 2,
      5,
    );
    expect(domains.find((s) => s.id === "domain:data")?.hours).toBeCloseTo(
      Math.round(0.4 * (gapHours + familiar) * 2) / 2,
      5,
    );
  });

  it("needs fewer hours for more skill, and none beyond familiarisation above the target", () => {
    const low = plan(cert, {}, { "classical-ml": 1, "data-engineering": 1, "cloud-aws": 1 }).totals
      .studyHours;
    const high = plan(cert, {}, { "classical-ml": 4, "data-engineering": 4, "cloud-aws": 4 }).totals
      .studyHours;
    expect(high).toBeLessThan(low);
    // Above the target only the familiarisation share of EXAM_REVIEW_HOURS is left (plus rounding).
    const practice = 2 * 4.5;
    expect(high).toBeLessThanOrEqual(EXAM_REVIEW_HOURS.associate - practice + 1);
  });

  it("opens with foundations only when the gap is real", () => {
    const handsOn = validCertification({
      id: "acme-hands-on",
      level: "associate",
      format: { ...cert.format, handsOn: true },
    });
    const weak = buildPathway({
      profile: { skills: { python: 0 } },
      certification: handsOn,
      catalog: [handsOn],
    });
    expect(weak[0]).toMatchObject({ id: "foundation:python", kind: "foundation" });
    expect(weak.find((s) => s.id === "domain:models")?.after).toContain("foundation:python");
    const strong = buildPathway({
      profile: { skills: { python: 4 } },
      certification: handsOn,
      catalog: [handsOn],
    });
    expect(strong.some((s) => s.kind === "foundation")).toBe(false);
  });

  it("lets the person override any estimate, and rejects overrides for stages that do not exist", () => {
    const stages = buildPathway({
      profile: {},
      certification: cert,
      catalog: [cert],
      overrides: { "practice:1": 1.5 },
    });
    expect(stages.find((s) => s.id === "practice:1")).toMatchObject({ hours: 1.5, overridden: true });
    expect(() =>
      buildPathway({ profile: {}, certification: cert, catalog: [cert], overrides: { nope: 1 } }),
    ).toThrow(/overrides\.nope/);
  });
});

describe("pathway order", () => {
  it("puts a domain after the domain whose main skill it builds on", () => {
    const c = validCertification({
      blueprint: {
        ...cert.blueprint,
        domains: [
          { id: "ops", name: "Ops", weight: { min: 60, max: 60 }, skills: { mlops: 100 } },
          { id: "models", name: "Models", weight: { min: 40, max: 40 }, skills: { "classical-ml": 100 } },
        ],
      },
    });
    expect(domainPrerequisites(c.blueprint.domains).get("ops")).toEqual(["models"]);
    const ids = buildPathway({ profile: {}, certification: c, catalog: [c] }).map((s) => s.id);
    expect(ids.indexOf("domain:models")).toBeLessThan(ids.indexOf("domain:ops"));
  });

  it("orders independent domains by weight", () => {
    const ids = buildPathway({ profile: {}, certification: cert, catalog: [cert] }).map((s) => s.id);
    expect(ids.slice(0, 2)).toEqual(["domain:models", "domain:data"]);
  });

  it("refuses a retired certification, naming the successor", () => {
    const retired = validCertification({
      id: "old",
      name: "Old Exam",
      status: { ...cert.status, value: "retired", retiredOn: "2026-03-31", successors: ["acme-ml"] },
    });
    const attempt = () =>
      createPlan({
        profile: {},
        certification: retired,
        catalog: [retired, cert],
        projects: [],
        constraints: constraints(),
        today: "2027-01-01",
      });
    expect(attempt).toThrow(CertpathError);
    expect(attempt).toThrow(/Acme Certified ML Associate \(acme-ml\)/);
  });
});

describe("spaced review", () => {
  it("uses FSRS's forgetting curve: recall is 90% after one stability", () => {
    expect(retrievability(10, 10)).toBeCloseTo(0.9, 10);
    expect(retrievability(0, 3)).toBe(1);
    expect(retrievability(30, 10)).toBeLessThan(0.9);
  });

  it("reviews each domain on the FSRS intervals and leaves every domain fresh on exam day", () => {
    const p = plan(cert, { targetDate: "2027-06-01" });
    expect(p.examDate).toBe("2027-06-01");
    for (const stageId of ["domain:data", "domain:models"]) {
      const own = blocks(p).filter((b) => b.stageId === stageId);
      const lastStudy = own.filter((b) => b.kind === "study").at(-1)?.date as string;
      const after = own.filter((b) => b.kind === "review" && b.date > lastStudy);
      const last = after.at(-1)?.date ?? lastStudy;
      const days = (Date.parse(p.examDate) - Date.parse(last)) / 86_400_000;
      expect(after.length).toBeGreaterThan(0);
      expect(retrievability(days, stabilityAfter(after.length))).toBeGreaterThanOrEqual(EXAM_DAY_RETENTION);
    }
    expect(EXAM_DAY_RETENTION).toBe(0.9);
    for (const block of blocks(p)) if (block.kind !== "exam") expect(block.date < p.examDate).toBe(true);
  });
});

describe("next step and projects", () => {
  it("suggests a higher credential on the same platform, never a retired one", () => {
    const pro = validCertification({
      id: "acme-pro",
      name: "Acme Pro",
      level: "professional",
      emphasis: { ...cert.emphasis, generativeAi: "high" },
    });
    const retired = validCertification({
      id: "acme-gone",
      level: "professional",
      status: { ...cert.status, value: "retired", retiredOn: "2026-01-01" },
    });
    const next = suggestNextStep(cert, [cert, pro, retired], { focus: "generative-ai" });
    expect(next).toMatchObject({ certificationId: "acme-pro", specialization: "generative-ai" });
  });

  it("matches projects to the exam and the person's industry", () => {
    const brief = (id: string, industry: ProjectBrief["industry"], certs: string[]): ProjectBrief => ({
      id,
      title: id,
      problem: "p",
      industry,
      dataset: { name: "d", kind: "tabular", url: null, access: "open", note: null },
      skills: ["classical-ml"],
      certifications: certs,
      specializations: [],
      difficulty: "intermediate",
      hours: 10,
      deliverables: ["repository-readme"],
      acceptance: ["a", "b", "c"],
    });
    const projects = [
      brief("g1", "general", ["acme-ml"]),
      brief("g2", "general", ["acme-ml"]),
      brief("g3", "general", ["acme-ml"]),
      brief("h1", "healthcare", []),
    ];
    const matched = matchProjects(projects, { certification: cert, industry: "Hospital IT" });
    expect(matched).toHaveLength(3);
    expect(matched.map((m) => m.id)).toContain("h1");
    expect(normalizeIndustry("Investment banking")).toBe("finance");
    expect(normalizeIndustry(undefined)).toBe("general");
  });
});

describe("re-planning", () => {
  it("adds remediation hours to weak domains after a low practice score and moves the exam", () => {
    const p = plan();
    const late = blocks(p)
      .filter((b) => b.kind === "practice-exam")
      .at(-1)?.date as string;
    const next = recordCheckIn(
      p,
      {
        date: late,
        hoursDone: p.progress?.hoursDone ?? 1000,
        stagesFinished: ["domain:data", "domain:models"],
        practiceScores: [{ stageId: "practice:1", scorePct: 60, domainScores: { data: 40, models: 85 } }],
      },
      { profile: {}, certification: cert, catalog: [cert] },
    );
    const data = next.stages.find((s) => s.id === "domain:data");
    const models = next.stages.find((s) => s.id === "domain:models");
    expect(data?.hours).toBeGreaterThan(p.stages.find((s) => s.id === "domain:data")?.hours as number);
    expect(models?.hours).toBe(p.stages.find((s) => s.id === "domain:models")?.hours);
    expect(next.progress?.remainingHours["domain:data"]).toBeGreaterThan(0);
    expect(next.examDate >= p.examDate).toBe(true);
  });

  it("shows the extra hours that would keep the exam date when behind", () => {
    const p = plan(cert, { hoursPerWeek: 6 });
    const next = recordCheckIn(
      p,
      { date: "2027-02-01", hoursDone: 0, stagesFinished: [], practiceScores: [] },
      { profile: {}, certification: cert, catalog: [cert] },
    );
    const replanning = next.replannings[0];
    expect((replanning?.newExamDate ?? "") > p.examDate).toBe(true);
    expect(replanning?.extraHoursPerWeekToKeepDate).toBeGreaterThan(0);
    expect(replanning?.message).toContain("behind plan");
  });

  it("rejects a check-in before the previous one or naming an unknown stage", () => {
    const p = plan();
    const once = recordCheckIn(
      p,
      { date: "2027-01-20", hoursDone: 2, stagesFinished: [], practiceScores: [] },
      { profile: {}, certification: cert, catalog: [cert] },
    );
    expect(() =>
      recordCheckIn(
        once,
        { date: "2027-01-10", hoursDone: 1, stagesFinished: [], practiceScores: [] },
        { profile: {}, certification: cert, catalog: [cert] },
      ),
    ).toThrow(/date/);
    expect(() =>
      recordCheckIn(
        p,
        { date: "2027-01-20", hoursDone: 1, stagesFinished: ["x"], practiceScores: [] },
        { profile: {}, certification: cert, catalog: [cert] },
      ),
    ).toThrow(/stagesFinished/);
  });
});
