/**
 * @module Plan types: the pathway's stages, the dated study blocks laid into weeks, the person's
 * constraints and check-ins. A plan is plain JSON (stored as jsonb, sent over HTTP, printed by the
 * CLI), so every field is data — no classes, no Dates, dates as ISO strings.
 */
import type { IsoDate } from "../catalog/certification";
import type { SkillId } from "../skills/skill-ids";

export const STAGE_KINDS = ["foundation", "domain", "practice-exam", "exam", "next-step"] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const BLOCK_KINDS = ["study", "review", "practice-exam", "exam"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** ISO weekday names, Monday first (ISO 8601 weeks start on Monday). */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface PrepResource {
  title: string;
  /** null when the catalog has no confirmed official URL: we never invent one. */
  url: string | null;
}

export interface Stage {
  /** Stable within a plan: "foundation:python", "domain:<domain id>", "practice:1", "exam", "next". */
  id: string;
  kind: StageKind;
  title: string;
  skills: SkillId[];
  /** Ids of stages that must be finished before this one starts (always earlier in the list). */
  after: string[];
  /** Blueprint weight of a domain stage (midpoint of its range, percent); null otherwise. */
  weightPct: number | null;
  /** Theta units between where the person is (planning estimate) and where the stage aims. */
  gap: number;
  /** What the effort model says. */
  estimatedHours: number;
  /** What the plan uses: the person's override when given, else the estimate. */
  hours: number;
  overridden: boolean;
  /** One line on how the estimate came about. */
  rationale: string;
  resources: PrepResource[];
  /** Only on the next-step stage: the suggested credential. */
  suggestion?: NextStepSuggestion | undefined;
}

export interface NextStepSuggestion {
  certificationId: string;
  name: string;
  specialization: Specialization | null;
  reason: string;
}

export const SPECIALIZATIONS = [
  "nlp",
  "computer-vision",
  "responsible-ai",
  "mlops",
  "generative-ai",
] as const;
export type Specialization = (typeof SPECIALIZATIONS)[number];

export interface Block {
  date: IsoDate;
  stageId: string;
  kind: BlockKind;
  title: string;
  hours: number;
}

export interface Week {
  /** The Monday that starts the ISO week. */
  start: IsoDate;
  /** Hours of all blocks in the week (never more than the weekly budget). */
  hours: number;
  blackout: boolean;
  blocks: Block[];
}

export interface PlanConstraints {
  hoursPerWeek: number;
  /** Days the person can study; the weekly budget is split evenly across them. */
  weekdays: Weekday[];
  startDate: IsoDate;
  targetDate: IsoDate | null;
  /** Any date inside a week with no study at all (holidays, busy weeks). */
  blackoutWeeks: IsoDate[];
  /** Stage id → hours: the person's own estimate replaces the model's. */
  overrides: Record<string, number>;
}

export type FeasibilityOption =
  | { kind: "more-hours"; hoursPerWeek: number; message: string }
  | { kind: "later-date"; date: IsoDate; message: string }
  | {
      kind: "other-certification";
      certificationId: string;
      name: string;
      examDate: IsoDate;
      message: string;
    };

export interface Feasibility {
  /** null when no target date was given. */
  reachable: boolean | null;
  message: string;
  /** What would make the target reachable (empty when it is). */
  options: FeasibilityOption[];
}

export interface PracticeScore {
  /** The practice-exam stage taken, when it was one of the plan's. */
  stageId?: string | undefined;
  /** Overall score, percent. */
  scorePct: number;
  /** Optional per-domain scores (domain id → percent). */
  domainScores?: Record<string, number> | undefined;
}

export interface CheckIn {
  date: IsoDate;
  /** Hours studied since the previous check-in. */
  hoursDone: number;
  /** Stage ids the person has finished. */
  stagesFinished: string[];
  practiceScores: PracticeScore[];
  note?: string | undefined;
}

export interface Progress {
  asOf: IsoDate;
  hoursPlannedToDate: number;
  hoursDone: number;
  /** Planned minus done (positive = behind). */
  behindByHours: number;
  stagesFinished: string[];
  /** Hours still to study per unfinished stage. */
  remainingHours: Record<string, number>;
}

export interface Replanning {
  on: IsoDate;
  previousExamDate: IsoDate;
  newExamDate: IsoDate;
  /** Extra hours per week that would keep the previous exam date, null if none would (or not needed). */
  extraHoursPerWeekToKeepDate: number | null;
  message: string;
}

export interface ProjectMatch {
  id: string;
  title: string;
  difficulty: string;
  hours: number;
  reason: string;
}

export interface Plan {
  schemaVersion: 1;
  certificationId: string;
  certificationName: string;
  createdOn: IsoDate;
  constraints: PlanConstraints;
  stages: Stage[];
  weeks: Week[];
  /** The date the plan puts the exam on: the target when reachable, else the projected date. */
  examDate: IsoDate;
  /** The earliest date the work can be done by, at the budget. */
  projectedExamDate: IsoDate;
  feasibility: Feasibility;
  totals: { studyHours: number; reviewHours: number; practiceHours: number; weeks: number };
  projects: ProjectMatch[];
  progress: Progress | null;
  replannings: Replanning[];
}
