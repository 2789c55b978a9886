/**
 * @module Plan: profile + certification + constraints → a dated study plan. Builds the pathway,
 * lays it into weeks within the budget, says whether the target date holds (and what would make
 * it), and picks portfolio projects for the person's industry and exam. Pure: `today` comes in.
 */

import { isIsoDate } from "../calendar/iso-date";
import { describeStatus } from "../catalog/catalog-query";
import type { Certification, IsoDate } from "../catalog/certification";
import { isBookable } from "../catalog/certification";
import type { Profile } from "../profile/profile";
import { CertpathError } from "../shared/errors";
import { assessFeasibility } from "./feasibility";
import { buildPathway } from "./pathway";
import type { Block, Plan, PlanConstraints, Stage } from "./plan-types";
import { WEEKDAYS } from "./plan-types";
import { matchProjects, type ProjectBrief } from "./project";
import { layOut, type ScheduleRequest, toWeeks } from "./schedule";

/** The most a plan accepts per week (the profile's own limit). */
export const MAX_HOURS_PER_WEEK = 80;

export interface CreatePlanInput {
  profile: Profile;
  certification: Certification;
  catalog: readonly Certification[];
  projects: readonly ProjectBrief[];
  constraints: PlanConstraints;
  today: IsoDate;
}

const invalid = (field: string, message: string) =>
  new CertpathError("INVALID_ARGUMENT", `${field}: ${message}`);

/** Throws INVALID_ARGUMENT naming the first bad field. */
export function validateConstraints(constraints: PlanConstraints): void {
  const { hoursPerWeek, weekdays, startDate, targetDate, blackoutWeeks } = constraints;
  if (!(Number.isFinite(hoursPerWeek) && hoursPerWeek >= 0.5 && hoursPerWeek <= MAX_HOURS_PER_WEEK)) {
    throw invalid("hoursPerWeek", `must be between 0.5 and ${MAX_HOURS_PER_WEEK}`);
  }
  if (weekdays.length === 0) throw invalid("weekdays", "name at least one day to study on");
  for (const day of weekdays) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) throw invalid("weekdays", `unknown day "${day}"`);
  }
  if (!isIsoDate(startDate)) throw invalid("startDate", "must be a date as YYYY-MM-DD");
  if (targetDate !== null) {
    if (!isIsoDate(targetDate)) throw invalid("targetDate", "must be a date as YYYY-MM-DD");
    if (targetDate <= startDate) throw invalid("targetDate", `must be after the start date ${startDate}`);
  }
  for (const date of blackoutWeeks)
    if (!isIsoDate(date)) throw invalid("blackoutWeeks", `"${date}" is not a date`);
}

/** Throws CONFLICT, naming the successor, when the exam can no longer be booked. */
export function assertBookable(certification: Certification, catalog: readonly Certification[]): void {
  if (isBookable(certification)) return;
  const notice = describeStatus(certification, new Map(catalog.map((c) => [c.id, c])));
  const successors = notice.successors.map((s) => `${s.name} (${s.id})`).join(", ");
  throw new CertpathError(
    "CONFLICT",
    `${certification.name} cannot be booked. ${notice.message ?? ""}${successors ? ` Plan for ${successors} instead.` : ""}`.trim(),
  );
}

export interface AssembleInput {
  base: Pick<
    Plan,
    "certificationId" | "certificationName" | "createdOn" | "progress" | "replannings" | "projects"
  >;
  stages: Stage[];
  constraints: PlanConstraints;
  certification: Certification;
  catalog: readonly Certification[];
  profile: Profile;
  /** First day of new blocks (the start, or the re-planning day). */
  from: IsoDate;
  schedule?: Pick<ScheduleRequest, "remainingHours" | "frozen" | "reviewState"> | undefined;
}

/** Schedules the stages, checks the target, and builds the weeks. */
export function assemblePlan(input: AssembleInput): Plan {
  const { stages, constraints, from } = input;
  const request: ScheduleRequest = { stages, constraints, from, ...input.schedule };
  const projected = layOut({ ...request, useTarget: false });
  if (!projected) {
    const total = stages.reduce(
      (sum, s) => sum + (s.kind === "exam" || s.kind === "next-step" ? 0 : s.hours),
      0,
    );
    throw invalid(
      "hoursPerWeek",
      `at ${constraints.hoursPerWeek} h/week on ${constraints.weekdays.join(", ")} the ${total} hours of work take more than five years`,
    );
  }
  const target = constraints.targetDate;
  const scheduled =
    target && target >= projected.examDate
      ? (layOut({ ...request, useTarget: true }) ?? projected)
      : projected;
  const feasibility = assessFeasibility({
    stages,
    constraints,
    from,
    projected: projected.examDate,
    certification: input.certification,
    catalog: input.catalog,
    profile: input.profile,
    extra: input.schedule,
  });
  const blocks = scheduled.blocks;
  const sum = (kind: Block["kind"]) => blocks.filter((b) => b.kind === kind).reduce((s, b) => s + b.hours, 0);
  const weeks = toWeeks(blocks, constraints.startDate, scheduled.examDate, constraints.blackoutWeeks);
  return {
    schemaVersion: 1,
    ...input.base,
    constraints,
    stages,
    weeks,
    examDate: scheduled.examDate,
    projectedExamDate: projected.examDate,
    feasibility,
    totals: {
      studyHours: sum("study"),
      reviewHours: sum("review"),
      practiceHours: sum("practice-exam"),
      weeks: weeks.length,
    },
  };
}

/**
 * A new plan. Throws CONFLICT for a certification that cannot be booked and INVALID_ARGUMENT for
 * bad constraints or overrides (the message starts with the field's name).
 */
export function createPlan(input: CreatePlanInput): Plan {
  const { profile, certification, catalog, constraints, today } = input;
  assertBookable(certification, catalog);
  validateConstraints(constraints);
  if (!isIsoDate(today)) throw invalid("today", "must be a date as YYYY-MM-DD");
  const stages = buildPathway({ profile, certification, catalog, overrides: constraints.overrides });
  return assemblePlan({
    base: {
      certificationId: certification.id,
      certificationName: certification.name,
      createdOn: today,
      progress: null,
      replannings: [],
      projects: matchProjects(input.projects, { certification, industry: profile.industry }),
    },
    stages,
    constraints,
    certification,
    catalog,
    profile,
    from: constraints.startDate,
  });
}
