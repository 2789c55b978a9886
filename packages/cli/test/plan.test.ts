import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/certpath.mjs", import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), "certpath-plan-"));
const profileFile = path.join(dir, "profile.json");
writeFileSync(
  profileFile,
  JSON.stringify({ skills: { python: 3, "classical-ml": 2 }, industry: "retail", hoursPerWeek: 8 }),
);

function certpath(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
}

describe("certpath plan", () => {
  it("prints the plan as JSON: weeks with blocks, the exam date, reachability and projects", () => {
    const ics = path.join(dir, "plan.ics");
    const result = certpath(
      "plan",
      "--profile",
      profileFile,
      "--cert",
      "aws-mla",
      "--start",
      "2027-01-04",
      "--target",
      "2027-01-20",
      "--hours",
      "6",
      "--days",
      "mon,wed,sat",
      "--ics",
      ics,
      "--json",
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.weeks[0]).toMatchObject({ start: "2027-01-04" });
    for (const week of plan.weeks) {
      expect(Object.keys(week)).toEqual(["start", "hours", "blocks"]);
      expect(week.hours).toBeLessThanOrEqual(6);
    }
    expect(plan.targetReachable).toBe(false);
    expect(plan.examDate > "2027-01-20").toBe(true);
    expect(plan.projectedExamDate).toBe(plan.examDate);
    expect(plan.projects.length).toBeGreaterThan(0);
    expect(plan.projects.some((p: { reason: string }) => p.reason.includes("retail"))).toBe(true);
    const blocks = plan.weeks.flatMap((w: { blocks: unknown[] }) => w.blocks).length;
    expect(readFileSync(ics, "utf8").match(/BEGIN:VEVENT/g)).toHaveLength(blocks);
  });

  it("prints a readable plan with the target verdict", () => {
    const result = certpath("plan", "--profile", profileFile, "--cert", "aws-mla", "--start", "2027-01-04");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Exam date:");
    expect(result.stdout).toContain("No target date given");
    expect(result.stdout).toContain("Portfolio projects:");
  });

  it("refuses a retired certification with exit 2, naming the successor", () => {
    const result = certpath("plan", "--profile", profileFile, "--cert", "aws-mls-c01");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("cannot be booked");
    expect(result.stderr).toMatch(/aws-mla|aws-aip-c01/);
  });

  it("names the bad field of a profile or option, exit 2", () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ hoursPerWeek: -3 }));
    const profile = certpath("plan", "--profile", bad, "--cert", "aws-mla");
    expect(profile.status).toBe(2);
    expect(profile.stderr).toContain("hoursPerWeek");
    const start = certpath("plan", "--profile", profileFile, "--cert", "aws-mla", "--start", "next week");
    expect(start.status).toBe(2);
    expect(start.stderr).toContain("--start");
    const cert = certpath("plan", "--profile", profileFile, "--cert", "aws-ml");
    expect(cert.status).toBe(2);
    expect(cert.stderr).toContain("unknown certification");
  });
});
