/**
 * @module Check-ins and re-planning. A check-in reports hours studied, stages finished and practice
 * exam scores; the plan keeps every block dated before the check-in exactly as it was (the past is
 * never rewritten) and lays the remaining work out again from the check-in date. When that moves
 * the exam, the re-planning says to when, and how many more hours a week would keep the old date.
 */
import { addDays, isIsoDate } from "../calendar/iso-date";
import type { Certification } from "../catalog/certification";
import type { Profile } from "../profile/profile";
import { CertpathError } from "../shared/errors";
import { roundHours } from "./effort";
import { hoursNeededFor } from "./feasibility";
import { assemblePlan } from "./plan";
import type { Block, CheckIn, Plan, Progress, Replanning, Stage } from "./plan-types";
import type { ReviewState } from "./schedule";

/**
 * Practice-exam score (percent) at which we call a domain ready. Vendors' pass marks sit near 70%
 * (e.g. 720/1000 at AWS); 80% on practice sets leaves a margin for exam-day variance and for
 * practice sets being easier than the real exam.
 */
export const READY_SCORE_PCT = 80;

/**
 * Relearning costs less than first learning (Ebbinghaus's "savings"). A practice shortfall of x
 * points is taken to mean x% of the domain work must be redone at half the original cost.
 */
export const RELEARN_FACTOR = 0.5;

/** A stage not marked finished keeps at least this much work, however many hours were logged. */
export const MIN_REMAINING_HOURS = 0.5;

export interface CheckInContext {
  profile: Profile;
  certification: Certification;
  catalog: readonly Certification[];
}

const invalid = (field: string, message: string) =>
  new CertpathError("INVALID_ARGUMENT", `${field}: ${message}`);
const isStudy = (s: Stage) => s.kind === "foundation" || s.kind === "domain" || s.kind === "practice-exam";

function validateCheckIn(plan: Plan, checkIn: CheckIn): void {
  if (!isIsoDate(checkIn.date)) throw invalid("date", "must be a date as YYYY-MM-DD");
  if (checkIn.date < plan.constraints.startDate)
    throw invalid("date", `is before the plan starts (${plan.constraints.startDate})`);
  if (plan.progress && checkIn.date < plan.progress.asOf) {
    throw invalid("date", `is before the previous check-in (${plan.progress.asOf})`);
  }
  if (checkIn.date > plan.examDate)
    throw invalid("date", `is after the plan's exam date ${plan.examDate}: create a new plan`);
  if (!(Number.isFinite(checkIn.hoursDone) && checkIn.hoursDone >= 0 && checkIn.hoursDone <= 1000)) {
    throw invalid("hoursDone", "must be between 0 and 1000");
  }
  const ids = new Set(plan.stages.map((s) => s.id));
  for (const id of checkIn.stagesFinished)
    if (!ids.has(id)) throw invalid("stagesFinished", `no stage "${id}" in this plan`);
  const domains = new Set(
    plan.stages.filter((s) => s.kind === "domain").map((s) => s.id.slice("domain:".length)),
  );
  for (const score of checkIn.practiceScores) {
    if (!(score.scorePct >= 0 && score.scorePct <= 100))
      throw invalid("practiceScores.scorePct", "must be 0–100");
    if (score.stageId !== undefined && !ids.has(score.stageId)) {
      throw invalid("practiceScores.stageId", `no stage "${score.stageId}" in this plan`);
    }
    for (const [domain, pct] of Object.entries(score.domainScores ?? {})) {
      if (!domains.has(domain))
        throw invalid("practiceScores.domainScores", `no domain "${domain}" in this plan`);
      if (!(pct >= 0 && pct <= 100)) throw invalid(`practiceScores.domainScores.${domain}`, "must be 0–100");
    }
  }
}

/** Extra hours per domain stage after practice scores below READY_SCORE_PCT. */
function remediation(stages: readonly Stage[], checkIn: CheckIn): Map<string, number> {
  const domains = stages.filter((s) => s.kind === "domain");
  const domainHours = domains.reduce((sum, s) => sum + s.hours, 0);
  const extra = new Map<string, number>();
  for (const score of checkIn.practiceScores) {
    const shortfall = Math.max(0, READY_SCORE_PCT - score.scorePct);
    if (shortfall === 0) continue;
    const total = (shortfall / 100) * domainHours * RELEARN_FACTOR;
    // Weak domains take the work in proportion to weight × their own shortfall, when reported.
    const need = domains.map((s) => {
      const pct = score.domainScores?.[s.id.slice("domain:".length)];
      const gap = pct === undefined ? 1 : Math.max(0, READY_SCORE_PCT - pct);
      return (s.weightPct ?? 1) * gap;
    });
    const sum = need.reduce((a, b) => a + b, 0);
    domains.forEach((s, i) => {
      const share = sum > 0 ? (need[i] as number) / sum : 1 / domains.length;
      if (share > 0) extra.set(s.id, (extra.get(s.id) ?? 0) + total * share);
    });
  }
  for (const [id, hours] of extra) extra.set(id, roundHours(hours));
  return extra;
}

/** Applies a check-in and re-plans the future. Throws INVALID_ARGUMENT naming the bad field. */
export function recordCheckIn(plan: Plan, checkIn: CheckIn, context: CheckInContext): Plan {
  validateCheckIn(plan, checkIn);
  const today = checkIn.date;
  const frozen: Block[] = plan.weeks.flatMap((w) => w.blocks).filter((b) => b.date < today);
  const extra = remediation(plan.stages, checkIn);
  const practiceTaken = checkIn.practiceScores.flatMap((s) => (s.stageId ? [s.stageId] : []));
  const finished = new Set([
    ...(plan.progress?.stagesFinished ?? []),
    ...checkIn.stagesFinished,
    ...practiceTaken,
  ]);
  const hoursDone = (plan.progress?.hoursDone ?? 0) + checkIn.hoursDone;

  const stages = plan.stages.map((s) => {
    const more = extra.get(s.id);
    if (!more) return s;
    const score = checkIn.practiceScores.map((p) => `${p.scorePct}%`).join(", ");
    return {
      ...s,
      hours: s.hours + more,
      rationale: `${s.rationale}; +${more} h after practice score ${score}`,
    };
  });

  // Hours logged beyond finished stages and past reviews go to the earliest unfinished stages.
  const pastReview = frozen.filter((b) => b.kind === "review").reduce((sum, b) => sum + b.hours, 0);
  const finishedHours = plan.stages
    .filter((s) => isStudy(s) && finished.has(s.id))
    .reduce((sum, s) => sum + s.hours, 0);
  let pool = Math.max(0, hoursDone - finishedHours - pastReview);
  const remainingHours: Record<string, number> = {};
  for (const stage of stages.filter(isStudy)) {
    const reopened = extra.get(stage.id);
    if (finished.has(stage.id)) {
      remainingHours[stage.id] = reopened ?? 0;
      continue;
    }
    const take = Math.min(pool, Math.max(0, stage.hours - MIN_REMAINING_HOURS));
    pool -= take;
    remainingHours[stage.id] = Math.round((stage.hours - take) * 4) / 4;
  }

  // Domains already learned keep their place in the FSRS review sequence.
  const reviewState: Record<string, ReviewState> = {};
  for (const stage of stages.filter((s) => s.kind === "domain" && finished.has(s.id) && !extra.has(s.id))) {
    const past = frozen.filter((b) => b.stageId === stage.id);
    const lastStudy = past.filter((b) => b.kind === "study").at(-1)?.date;
    if (!lastStudy) {
      reviewState[stage.id] = { lastDay: addDays(today, -1), reviewsDone: 0 };
      continue;
    }
    const reviews = past.filter((b) => b.kind === "review" && b.date > lastStudy);
    reviewState[stage.id] = { lastDay: reviews.at(-1)?.date ?? lastStudy, reviewsDone: reviews.length };
  }

  const hoursPlannedToDate = frozen.filter((b) => b.kind !== "exam").reduce((sum, b) => sum + b.hours, 0);
  const progress: Progress = {
    asOf: today,
    hoursPlannedToDate,
    hoursDone,
    behindByHours: Math.round((hoursPlannedToDate - hoursDone) * 100) / 100,
    stagesFinished: plan.stages.filter((s) => finished.has(s.id)).map((s) => s.id),
    remainingHours,
  };
  const schedule = { remainingHours, frozen, reviewState };
  const next = assemblePlan({
    base: {
      certificationId: plan.certificationId,
      certificationName: plan.certificationName,
      createdOn: plan.createdOn,
      projects: plan.projects,
      progress,
      replannings: plan.replannings,
    },
    stages,
    constraints: plan.constraints,
    certification: context.certification,
    catalog: context.catalog,
    profile: context.profile,
    from: today,
    schedule,
  });
  const moved = next.examDate > plan.examDate;
  const needed = moved ? hoursNeededFor(plan.examDate, stages, plan.constraints, today, schedule) : null;
  const extraHours = needed === null ? null : Math.round((needed - plan.constraints.hoursPerWeek) * 10) / 10;
  const status =
    progress.behindByHours > 0
      ? `${progress.behindByHours} h behind plan`
      : progress.behindByHours < 0
        ? `${-progress.behindByHours} h ahead of plan`
        : "on plan";
  const replanning: Replanning = {
    on: today,
    previousExamDate: plan.examDate,
    newExamDate: next.examDate,
    extraHoursPerWeekToKeepDate: extraHours,
    message: moved
      ? `${status}: at ${plan.constraints.hoursPerWeek} h/week the exam moves from ${plan.examDate} to ${next.examDate}.${
          extraHours === null
            ? " No budget up to 60 h/week keeps the old date."
            : ` ${extraHours} more h/week would keep ${plan.examDate}.`
        }`
      : next.examDate < plan.examDate
        ? `${status}: the exam can move forward from ${plan.examDate} to ${next.examDate}.`
        : `${status}: the exam stays on ${next.examDate}.`,
  };
  return { ...next, replannings: [...plan.replannings, replanning] };
}
