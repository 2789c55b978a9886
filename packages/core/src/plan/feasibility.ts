/**
 * @module Feasibility: whether the target date is reachable at the person's budget and, when it is
 * not, what would make it so — more hours a week, a later date, or a different certification. The
 * schedule is never squeezed to fit: the plan keeps the budget and says the date does not hold.
 */
import { daysBetween } from "../calendar/iso-date";
import type { Certification, IsoDate } from "../catalog/certification";
import { isBookable } from "../catalog/certification";
import type { Profile } from "../profile/profile";
import { buildPathway } from "./pathway";
import type { Feasibility, FeasibilityOption, PlanConstraints, Stage } from "./plan-types";
import { layOut } from "./schedule";

/** The most a plan will suggest per week: beyond this it suggests a later date instead. */
export const MAX_SUGGESTED_HOURS_PER_WEEK = 60;
/** Suggested budgets go up in half hours. */
export const HOURS_SEARCH_STEP = 0.5;
/** At most this many other certifications are offered. */
export const MAX_ALTERNATIVES = 2;

/** Earliest exam date for these stages at this budget, or null when it does not fit in the horizon. */
export function projectedExamDate(
  stages: readonly Stage[],
  constraints: PlanConstraints,
  from: IsoDate,
  extra: Partial<Parameters<typeof layOut>[0]> = {},
): IsoDate | null {
  return layOut({ stages, constraints, from, ...extra, useTarget: false })?.examDate ?? null;
}

/**
 * The smallest weekly budget above the current one (in HOURS_SEARCH_STEP steps, up to
 * MAX_SUGGESTED_HOURS_PER_WEEK) at which the exam can be on or before `date`; null when none.
 */
export function hoursNeededFor(
  date: IsoDate,
  stages: readonly Stage[],
  constraints: PlanConstraints,
  from: IsoDate,
  extra: Partial<Parameters<typeof layOut>[0]> = {},
): number | null {
  for (
    let hours = constraints.hoursPerWeek + HOURS_SEARCH_STEP;
    hours <= MAX_SUGGESTED_HOURS_PER_WEEK;
    hours += HOURS_SEARCH_STEP
  ) {
    const rounded = Math.round(hours / HOURS_SEARCH_STEP) * HOURS_SEARCH_STEP;
    const projected = projectedExamDate(stages, { ...constraints, hoursPerWeek: rounded }, from, extra);
    if (projected !== null && projected <= date) return rounded;
  }
  return null;
}

export interface FeasibilityInput {
  stages: readonly Stage[];
  constraints: PlanConstraints;
  from: IsoDate;
  projected: IsoDate;
  certification: Certification;
  catalog: readonly Certification[];
  profile: Profile;
  /** Extra schedule state (a re-plan's past and review state). */
  extra?: Partial<Parameters<typeof layOut>[0]> | undefined;
}

export function assessFeasibility(input: FeasibilityInput): Feasibility {
  const { constraints, projected, from } = input;
  const target = constraints.targetDate;
  const budget = `${constraints.hoursPerWeek} h/week`;
  if (!target) {
    return {
      reachable: null,
      message: `No target date given: at ${budget} the earliest exam date is ${projected}.`,
      options: [],
    };
  }
  if (projected <= target) {
    const slack = Math.floor(daysBetween(projected, target) / 7);
    return {
      reachable: true,
      message: `The target ${target} is reachable at ${budget}: the work is done by ${projected}${slack > 0 ? ` (${slack} week${slack === 1 ? "" : "s"} to spare, used for spaced review)` : ""}.`,
      options: [],
    };
  }
  const options: FeasibilityOption[] = [];
  const hours = hoursNeededFor(target, input.stages, constraints, from, input.extra);
  if (hours !== null) {
    options.push({
      kind: "more-hours",
      hoursPerWeek: hours,
      message: `Study ${hours} h/week instead of ${constraints.hoursPerWeek} to sit the exam by ${target}.`,
    });
  }
  options.push({
    kind: "later-date",
    date: projected,
    message: `Keep ${budget} and move the exam to ${projected}.`,
  });
  options.push(...alternatives(input, target));
  const parts = options.map((o) =>
    o.kind === "more-hours"
      ? `study ${o.hoursPerWeek} h/week`
      : o.kind === "later-date"
        ? `move the exam to ${o.date}`
        : `choose ${o.name} (ready by ${o.examDate})`,
  );
  return {
    reachable: false,
    message: `The target ${target} is not reachable at ${budget}: the earliest exam date is ${projected}. To make it: ${parts.join(", or ")}.`,
    options,
  };
}

const LEVEL_RANK = { foundational: 0, associate: 1, professional: 2, specialty: 2 } as const;

/** Other bookable certifications that fit before the target with the same budget and profile. */
function alternatives(input: FeasibilityInput, target: IsoDate): FeasibilityOption[] {
  const chosen = input.certification;
  const found: Array<{ cert: Certification; date: IsoDate }> = [];
  for (const cert of input.catalog) {
    if (cert.id === chosen.id || !isBookable(cert) || cert.blueprint.domains.length === 0) continue;
    const stages = buildPathway({ profile: input.profile, certification: cert, catalog: input.catalog });
    const date = projectedExamDate(stages, { ...input.constraints, overrides: {} }, input.from);
    if (date !== null && date <= target) found.push({ cert, date });
  }
  // Closest in ambition first (same platform, then the highest level), then the earliest.
  found.sort(
    (a, b) =>
      Number(b.cert.emphasis.platform === chosen.emphasis.platform) -
        Number(a.cert.emphasis.platform === chosen.emphasis.platform) ||
      LEVEL_RANK[b.cert.level] - LEVEL_RANK[a.cert.level] ||
      a.date.localeCompare(b.date) ||
      a.cert.id.localeCompare(b.cert.id),
  );
  return found.slice(0, MAX_ALTERNATIVES).map(({ cert, date }) => ({
    kind: "other-certification" as const,
    certificationId: cert.id,
    name: cert.name,
    examDate: date,
    message: `${cert.name} (${cert.level}) fits: ready by ${date} at the same budget.`,
  }));
}
