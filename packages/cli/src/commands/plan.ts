/**
 * @module `certpath plan`: a dated study plan for one certification from a profile file, as text,
 * as JSON for scripts, and optionally as an .ics calendar. Runs locally on data/ (no server).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadContent, loadPlanningContent } from "@certpath/content";
import {
  CertpathError,
  createPlan,
  isIsoDate,
  type Plan,
  suggestClosest,
  WEEKDAYS,
  type Weekday,
} from "@certpath/core";
import { ProfileSchema, planToIcs } from "@certpath/server";
import type { Command } from "commander";
import { renderTable } from "../format/table";
import { UsageError } from "../usage-error";

const DEFAULT_HOURS = 6;
const DEFAULT_DAYS = "mon,tue,wed,thu,fri";

interface PlanOptions {
  profile: string;
  cert: string;
  start?: string;
  target?: string;
  hours?: string;
  days?: string;
  blackout?: string[];
  ics?: string;
  json?: boolean;
}

function readProfile(file: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`--profile ${file}: ${(error as Error).message}`);
  }
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `--profile ${file}: ${issue?.path.join(".") || "profile"}: ${issue?.message ?? "invalid"}`,
    );
  }
  return parsed.data;
}

function date(option: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value))
    throw new UsageError(`${option} must be a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

/** The JSON scripts read: weeks with their blocks, the exam date, reachability, matched projects. */
export function planJson(plan: Plan) {
  return {
    certificationId: plan.certificationId,
    examDate: plan.examDate,
    projectedExamDate: plan.projectedExamDate,
    targetDate: plan.constraints.targetDate,
    targetReachable: plan.feasibility.reachable,
    feasibility: plan.feasibility,
    weeks: plan.weeks.map((w) => ({ start: w.start, hours: w.hours, blocks: w.blocks })),
    stages: plan.stages,
    totals: plan.totals,
    projects: plan.projects,
  };
}

function printText(plan: Plan): void {
  const lines = [
    `Plan for ${plan.certificationName} (${plan.certificationId})`,
    `${plan.constraints.hoursPerWeek} h/week on ${plan.constraints.weekdays.join(", ")} from ${plan.constraints.startDate}`,
    `Exam date: ${plan.examDate}${plan.examDate !== plan.projectedExamDate ? ` (work done by ${plan.projectedExamDate})` : ""}`,
    plan.feasibility.message,
    "",
    renderTable(
      ["STAGE", "KIND", "HOURS", "WHY"],
      plan.stages
        .filter((s) => s.kind !== "next-step")
        .map((s) => [s.title, s.kind, `${s.hours}${s.overridden ? " (yours)" : ""}`, s.rationale]),
    ),
    "",
    renderTable(
      ["WEEK", "HOURS", "BLOCKS"],
      plan.weeks.map((w) => [
        w.start,
        w.blackout ? "off" : String(w.hours),
        [...new Set(w.blocks.map((b) => (b.kind === "study" ? b.title : `${b.kind}: ${b.title}`)))].join(
          "; ",
        ),
      ]),
    ),
  ];
  const next = plan.stages.find((s) => s.kind === "next-step");
  if (next?.suggestion) lines.push("", `Next: ${next.suggestion.name} — ${next.suggestion.reason}`);
  if (plan.projects.length > 0) {
    lines.push(
      "",
      "Portfolio projects:",
      ...plan.projects.map((p) => `  ${p.id}: ${p.title} (${p.difficulty}, ~${p.hours} h) — ${p.reason}`),
    );
  }
  console.log(lines.join("\n"));
}

export function registerPlan(program: Command): void {
  program
    .command("plan")
    .description("a dated study plan for one certification (weeks, reviews, exam date, projects)")
    .requiredOption("--profile <file>", "profile JSON (the same shape as PUT /api/profile)")
    .requiredOption("--cert <id>", "certification id (certpath certs list)")
    .option("--start <date>", "first study day, YYYY-MM-DD (default: today)")
    .option("--target <date>", "target exam date, YYYY-MM-DD (default: the profile's targetDate)")
    .option("--hours <n>", `hours per week (default: the profile's hoursPerWeek, else ${DEFAULT_HOURS})`)
    .option("--days <list>", `study days, comma-separated (default: ${DEFAULT_DAYS})`)
    .option("--blackout <date...>", "any date in a week with no study (repeatable)")
    .option("--ics <file>", "also write the plan as an iCalendar file")
    .option("--json", "print the plan as JSON")
    .action((options: PlanOptions) => {
      const profile = readProfile(options.profile);
      const content = loadContent();
      const certification = content.certifications.find((c) => c.id === options.cert);
      if (!certification) {
        const suggestion = suggestClosest(
          options.cert,
          content.certifications.map((c) => c.id),
        );
        throw new UsageError(
          `unknown certification "${options.cert}".${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
        );
      }
      const hours =
        options.hours === undefined ? profile.hoursPerWeek || DEFAULT_HOURS : Number(options.hours);
      if (!Number.isFinite(hours)) throw new UsageError(`--hours must be a number, got "${options.hours}"`);
      const days = (options.days ?? DEFAULT_DAYS).split(",").map((d) => d.trim().toLowerCase());
      for (const day of days) {
        if (!(WEEKDAYS as readonly string[]).includes(day))
          throw new UsageError(`--days: unknown day "${day}" (use ${WEEKDAYS.join(",")})`);
      }
      const today = new Date().toISOString().slice(0, 10);
      let plan: Plan;
      try {
        plan = createPlan({
          profile,
          certification,
          catalog: content.certifications,
          projects: loadPlanningContent(content.dataDir, content.certifications).projects,
          today,
          constraints: {
            hoursPerWeek: hours,
            weekdays: days as Weekday[],
            startDate: date("--start", options.start) ?? today,
            targetDate: date("--target", options.target) ?? profile.targetDate ?? null,
            blackoutWeeks: (options.blackout ?? []).map((d) => date("--blackout", d) as string),
            overrides: {},
          },
        });
      } catch (error) {
        // Bad constraints and unbookable exams are the caller's to fix: exit 2 with the reason.
        if (error instanceof CertpathError && error.code !== "INVARIANT") throw new UsageError(error.message);
        throw error;
      }
      if (options.ics)
        writeFileSync(
          options.ics,
          planToIcs(plan, { planId: `cli-${plan.certificationId}-${plan.constraints.startDate}` }),
        );
      if (options.json) console.log(JSON.stringify(planJson(plan), null, 2));
      else printText(plan);
    });
}
