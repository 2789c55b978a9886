/**
 * @module A plan as an iCalendar file (RFC 5545), one event per block: study, spaced review,
 * practice exam and the exam itself. Blocks are calendar days without a time of day, so events are
 * floating local times from `startTime` (default 18:00), one after another when a day has several
 * blocks; a floating time stays at 18:00 wherever the person's calendar is.
 */
import type { Plan } from "@certpath/core";
import ical, { ICalCalendarMethod } from "ical-generator";

export interface PlanIcsOptions {
  /** Used in event UIDs so re-imports update rather than duplicate events. */
  planId: string;
  /** "HH:MM", local (floating) time of the first block of each day. */
  startTime?: string | undefined;
}

const KIND_LABEL = {
  study: "Study",
  review: "Review",
  "practice-exam": "Practice exam",
  exam: "Exam",
} as const;

export function planToIcs(plan: Plan, options: PlanIcsOptions): string {
  const [hour, minute] = (options.startTime ?? "18:00").split(":").map(Number) as [number, number];
  const calendar = ical({
    name: `Certpath: ${plan.certificationName}`,
    prodId: { company: "certpath", product: "study-plan", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  const stages = new Map(plan.stages.map((s) => [s.id, s]));
  const minutesUsed = new Map<string, number>();
  for (const block of plan.weeks.flatMap((w) => w.blocks)) {
    const [y, m, d] = block.date.split("-").map(Number) as [number, number, number];
    const offset = minutesUsed.get(block.date) ?? 0;
    const duration = Math.round(block.hours * 60);
    minutesUsed.set(block.date, offset + duration);
    // Local-time constructor: floating events are written from the Date's local fields.
    const start = new Date(y, m - 1, d, hour, minute + offset);
    const end = new Date(y, m - 1, d, hour, minute + offset + duration);
    const stage = stages.get(block.stageId);
    const links = (stage?.resources ?? []).flatMap((r) => (r.url ? [`${r.title}: ${r.url}`] : [r.title]));
    calendar.createEvent({
      id: `${options.planId}-${block.date}-${block.kind}-${block.stageId.replace(/[^a-z0-9-]/gi, "-")}@certpath`,
      start,
      end,
      floating: true,
      stamp: new Date(`${plan.createdOn}T00:00:00Z`),
      summary: `${KIND_LABEL[block.kind]}: ${block.title}`,
      description: [`${block.hours} h · ${plan.certificationName}`, ...links].join("\n"),
    });
  }
  return calendar.toString();
}
