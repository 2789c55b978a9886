/**
 * @module Schedule: lays a pathway's stages into dated study blocks, day by day, within the weekly
 * hour budget. Work is counted in quarter hours (integers) so budgets add up exactly.
 *
 * Each study day gets an even share of the weekly budget; a day first serves the spaced reviews that
 * are due (see ./spacing.ts), then continues the next unfinished stage in pathway order. So a
 * stage never starts before the stages listed before it are finished, and no week ever holds more
 * than the budget. Blocks before `from` (a re-plan's past) are kept exactly as they were and count
 * against their week's budget.
 */
import { addDays, fromDayNumber, startOfWeek, toDayNumber } from "../calendar/iso-date";
import type { IsoDate } from "../catalog/certification";
import type { Block, BlockKind, PlanConstraints, Stage, Week, Weekday } from "./plan-types";
import { WEEKDAYS } from "./plan-types";
import { needsExamReview, nextReviewInterval, SPACED_REVIEW_HOURS } from "./spacing";

/** A plan that needs more than five years at its budget is not a plan; feasibility says so. */
export const MAX_PLAN_DAYS = 5 * 365;

/** How far before the exam the exam-horizon review may go. */
export const EXAM_REVIEW_WINDOW_DAYS = 14;

const UNITS_PER_HOUR = 4;
const toUnits = (hours: number) => Math.round(hours * UNITS_PER_HOUR);
const toHours = (units: number) => units / UNITS_PER_HOUR;

export interface ReviewState {
  /** Day the domain was last studied or reviewed. */
  lastDay: IsoDate;
  reviewsDone: number;
}

export interface ScheduleRequest {
  stages: readonly Stage[];
  constraints: Pick<PlanConstraints, "hoursPerWeek" | "weekdays" | "blackoutWeeks" | "targetDate">;
  /** First day that may receive new blocks. */
  from: IsoDate;
  /** Hours still to study per stage id (study stages only; default: the stage's hours). */
  remainingHours?: Readonly<Record<string, number>> | undefined;
  /** Blocks before `from`, kept as they are. */
  frozen?: readonly Block[] | undefined;
  /** Domains already learned before `from`. */
  reviewState?: Readonly<Record<string, ReviewState>> | undefined;
  /** Put the exam on the target date when the work is done by then (default true). */
  useTarget?: boolean | undefined;
}

export interface ScheduleResult {
  /** Frozen blocks followed by the new ones, in date order. */
  blocks: Block[];
  examDate: IsoDate;
  /** The day after the last study block: when the work alone would allow the exam. */
  workDoneBy: IsoDate;
  warnings: string[];
}

/** ISO weekday index, Monday = 0 (1970-01-01, day 0, was a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

const isStudyStage = (stage: Stage) =>
  stage.kind === "foundation" || stage.kind === "domain" || stage.kind === "practice-exam";

const blockKindOf = (stage: Stage): BlockKind => (stage.kind === "practice-exam" ? "practice-exam" : "study");

/** A ledger of quarter hours used per day and per week, and the budget each may still take. */
class Capacity {
  private readonly usedDay = new Map<number, number>();
  private readonly usedWeek = new Map<number, number>();
  private readonly budget: number;
  private readonly studyDays: number[];
  private readonly blackout: Set<number>;

  constructor(hoursPerWeek: number, weekdays: readonly Weekday[], blackoutWeeks: readonly IsoDate[]) {
    this.budget = Math.floor(hoursPerWeek * UNITS_PER_HOUR);
    this.studyDays = WEEKDAYS.map((_, i) => i).filter((i) => weekdays.includes(WEEKDAYS[i] as Weekday));
    this.blackout = new Set(blackoutWeeks.map((d) => toDayNumber(startOfWeek(d))));
  }

  private weekOf(day: number): number {
    return day - weekdayIndex(day);
  }

  /** The day's even share of the weekly budget; the remainder goes to the earliest study days. */
  private dayShare(day: number): number {
    const rank = this.studyDays.indexOf(weekdayIndex(day));
    if (rank < 0 || this.blackout.has(this.weekOf(day))) return 0;
    const n = this.studyDays.length;
    return Math.floor(this.budget / n) + (rank < this.budget % n ? 1 : 0);
  }

  free(day: number): number {
    const dayLeft = this.dayShare(day) - (this.usedDay.get(day) ?? 0);
    const weekLeft = this.budget - (this.usedWeek.get(this.weekOf(day)) ?? 0);
    return Math.max(0, Math.min(dayLeft, weekLeft));
  }

  use(day: number, units: number): void {
    this.usedDay.set(day, (this.usedDay.get(day) ?? 0) + units);
    const week = this.weekOf(day);
    this.usedWeek.set(week, (this.usedWeek.get(week) ?? 0) + units);
  }

  isBlackout(day: number): boolean {
    return this.blackout.has(this.weekOf(day));
  }
}

/**
 * Lays the stages out from `from`. Returns null when the work does not fit in MAX_PLAN_DAYS (the
 * budget is too small, or every week is blacked out).
 */
export function layOut(request: ScheduleRequest): ScheduleResult | null {
  const { stages, constraints } = request;
  const capacity = new Capacity(constraints.hoursPerWeek, constraints.weekdays, constraints.blackoutWeeks);
  const frozen = [...(request.frozen ?? [])];
  for (const block of frozen)
    if (block.kind !== "exam") capacity.use(toDayNumber(block.date), toUnits(block.hours));
  const out: Block[] = [];
  const warnings: string[] = [];
  const place = (day: number, stage: Stage, kind: BlockKind, title: string, units: number) => {
    capacity.use(day, units);
    const date = fromDayNumber(day);
    const same = out.find((b) => b.date === date && b.stageId === stage.id && b.kind === kind);
    if (same) same.hours = toHours(toUnits(same.hours) + units);
    else out.push({ date, stageId: stage.id, kind, title, hours: toHours(units) });
  };

  const start = toDayNumber(request.from);
  const queue = stages
    .filter(isStudyStage)
    .map((stage) => ({ stage, left: toUnits(request.remainingHours?.[stage.id] ?? stage.hours) }))
    .filter((entry) => entry.left > 0);
  // Reviews: one entry per learned domain; `due` null once the FSRS table runs out.
  const reviews = new Map<string, { stage: Stage; lastDay: number; done: number; due: number | null }>();
  const byId = new Map(stages.map((s) => [s.id, s]));
  for (const [id, state] of Object.entries(request.reviewState ?? {})) {
    const stage = byId.get(id);
    if (!stage) continue;
    const lastDay = toDayNumber(state.lastDay);
    const interval = nextReviewInterval(state.reviewsDone);
    reviews.set(id, {
      stage,
      lastDay,
      done: state.reviewsDone,
      due: interval === null ? null : lastDay + interval,
    });
  }
  const reviewUnits = toUnits(SPACED_REVIEW_HOURS);

  const serveReviews = (day: number, before: number) => {
    const due = [...reviews.values()]
      .filter((r) => r.due !== null && r.due <= day && day < before)
      .sort((a, b) => (a.due as number) - (b.due as number));
    for (const review of due) {
      if (capacity.free(day) < reviewUnits) break;
      place(day, review.stage, "review", `Review: ${review.stage.title}`, reviewUnits);
      review.lastDay = day;
      review.done += 1;
      const interval = nextReviewInterval(review.done);
      review.due = interval === null ? null : day + interval;
    }
  };

  // Phase 1: study, with the reviews that fall due on the way.
  let day = start;
  let lastStudyDay = start - 1;
  while (queue.length > 0) {
    if (day - start > MAX_PLAN_DAYS) return null;
    serveReviews(day, Number.POSITIVE_INFINITY);
    while (queue.length > 0 && capacity.free(day) > 0) {
      const head = queue[0] as { stage: Stage; left: number };
      const units = Math.min(capacity.free(day), head.left);
      place(day, head.stage, blockKindOf(head.stage), head.stage.title, units);
      head.left -= units;
      lastStudyDay = day;
      if (head.left === 0) {
        queue.shift();
        if (head.stage.kind === "domain") {
          reviews.set(head.stage.id, {
            stage: head.stage,
            lastDay: day,
            done: 0,
            due: day + (nextReviewInterval(0) ?? 0),
          });
        }
      }
    }
    day += 1;
  }

  // The exam: the target when the work is done before it, else the first day after the work that
  // is not blacked out.
  const workDoneBy = lastStudyDay + 1;
  let earliest = workDoneBy;
  while (capacity.isBlackout(earliest)) earliest += 1;
  const target =
    constraints.targetDate && request.useTarget !== false ? toDayNumber(constraints.targetDate) : null;
  let exam = target !== null && target >= earliest ? target : earliest;

  // Phase 2: keep the FSRS reviews going until the exam, then make sure every domain is fresh on
  // exam day. When a last review cannot fit before a projected (not booked) exam, the exam moves.
  for (;;) {
    for (let d = workDoneBy; d < exam; d++) serveReviews(d, exam);
    const stale = [...reviews.values()].filter((r) => needsExamReview(r.lastDay, r.done, exam));
    let placedAll = true;
    for (const review of stale) {
      let slot: number | null = null;
      const earliestSlot = Math.max(start, exam - EXAM_REVIEW_WINDOW_DAYS, review.lastDay + 1);
      for (let d = exam - 1; d >= earliestSlot; d--) {
        if (capacity.free(d) >= reviewUnits) {
          slot = d;
          break;
        }
      }
      if (slot === null) {
        placedAll = false;
        continue;
      }
      place(slot, review.stage, "review", `Exam review: ${review.stage.title}`, reviewUnits);
      review.lastDay = slot;
      review.done += 1;
    }
    if (placedAll || exam === target || exam - workDoneBy > EXAM_REVIEW_WINDOW_DAYS) {
      if (!placedAll) warnings.push("Some exam-week reviews did not fit in the budget before the exam.");
      break;
    }
    exam += 1;
    while (capacity.isBlackout(exam)) exam += 1;
  }

  const examStage = stages.find((s) => s.kind === "exam");
  if (examStage) {
    out.push({
      date: fromDayNumber(exam),
      stageId: examStage.id,
      kind: "exam",
      title: examStage.title,
      hours: examStage.hours,
    });
  }
  out.sort((a, b) => a.date.localeCompare(b.date));
  return {
    blocks: [...frozen, ...out],
    examDate: fromDayNumber(exam),
    workDoneBy: fromDayNumber(workDoneBy),
    warnings,
  };
}

/** Groups blocks into ISO weeks from the week of `from` to the week of `to`, empty weeks included. */
export function toWeeks(
  blocks: readonly Block[],
  from: IsoDate,
  to: IsoDate,
  blackoutWeeks: readonly IsoDate[],
): Week[] {
  const blackout = new Set(blackoutWeeks.map(startOfWeek));
  const weeks: Week[] = [];
  for (let start = startOfWeek(from); start <= to; start = addDays(start, 7)) {
    const end = addDays(start, 7);
    const inWeek = blocks.filter((b) => b.date >= start && b.date < end);
    const units = inWeek.filter((b) => b.kind !== "exam").reduce((sum, b) => sum + toUnits(b.hours), 0);
    weeks.push({ start, hours: toHours(units), blackout: blackout.has(start), blocks: inWeek });
  }
  return weeks;
}
