/**
 * Project briefs and salary tables: the live data/ files validate and cover what the plan needs,
 * and each rule has a fixture that breaks it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { INDUSTRIES, isBookable, type ProjectBrief, SKILL_IDS } from "@certpath/core";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  type ContentIssue,
  checkProjectReferences,
  filterSalaries,
  loadContent,
  loadPlanningContent,
  loadProjects,
  loadSalaries,
  ProjectBriefSchema,
} from "../src/index";
import { validCertification } from "./fixtures";

const content = loadContent();
const planning = loadPlanningContent(undefined, content.certifications);

function validBrief(overrides: Partial<ProjectBrief> = {}): ProjectBrief {
  return {
    id: "demo-brief",
    title: "Demo",
    problem: "A problem.",
    industry: "general",
    dataset: {
      name: "CIFAR-10",
      kind: "images",
      url: "https://www.cs.toronto.edu/~kriz/cifar.html",
      access: "open",
      note: null,
    },
    skills: ["deep-learning"],
    certifications: ["acme-ml-associate"],
    specializations: [],
    difficulty: "beginner",
    hours: 10,
    deliverables: ["repository-readme"],
    acceptance: ["one", "two", "three"],
    ...overrides,
  };
}

const messages = (value: unknown) => {
  const parsed = ProjectBriefSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("data/projects", () => {
  it("has at least 30 briefs across every industry and every skill of the taxonomy", () => {
    expect(planning.projects.length).toBeGreaterThanOrEqual(30);
    for (const industry of INDUSTRIES) {
      expect(planning.projects.filter((p) => p.industry === industry).length).toBeGreaterThanOrEqual(3);
    }
    const covered = new Set(planning.projects.flatMap((p) => p.skills));
    expect(SKILL_IDS.filter((s) => !covered.has(s))).toEqual([]);
  });

  it("supports every bookable certification with at least two briefs", () => {
    const missing = content.certifications
      .filter(isBookable)
      .filter((c) => planning.projects.filter((p) => p.certifications.includes(c.id)).length < 2)
      .map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it("names datasets with https URLs or none, and says how credentialed data is obtained", () => {
    for (const project of planning.projects) {
      if (project.dataset.url) expect(project.dataset.url).toMatch(/^https:\/\//);
      if (project.dataset.access !== "open") expect(project.dataset.note ?? "").not.toBe("");
      expect(project.deliverables).toContain("repository-readme");
    }
    const mimic = planning.projects.find((p) => p.dataset.name.includes("MIMIC"));
    expect(mimic?.dataset.note).toContain("credentialed");
  });

  it("rejects an http URL, a missing README deliverable and a short checklist", () => {
    expect(messages(validBrief())).toEqual([]);
    expect(
      messages(validBrief({ dataset: { ...validBrief().dataset, url: "http://example.com" } })).join(),
    ).toContain("dataset.url");
    expect(messages(validBrief({ deliverables: ["write-up"] })).join()).toContain("README");
    expect(messages(validBrief({ acceptance: ["one"] })).join()).toContain("acceptance");
  });

  it("reports unknown certification ids, industry mismatches and duplicate ids", () => {
    const issues: ContentIssue[] = [];
    checkProjectReferences([validBrief({ certifications: ["nope"] })], [validCertification()], issues);
    expect(issues.map((i) => i.message)).toEqual(['unknown certification id "nope"']);

    const dir = mkdtempSync(path.join(os.tmpdir(), "certpath-projects-"));
    mkdirSync(path.join(dir, "projects"));
    writeFileSync(
      path.join(dir, "projects", "finance.yaml"),
      stringify([validBrief(), validBrief({ industry: "finance" })]),
    );
    const found: ContentIssue[] = [];
    loadProjects(dir, found);
    expect(found.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'industry: briefs in finance.yaml must have industry "finance"',
      "id: duplicate id (also in projects/finance.yaml)",
    ]);
  });
});

describe("data/salaries", () => {
  it("has US bands from national wages and tech total comp, each labelled base or total", () => {
    const us = planning.salaries.regions.find((r) => r.region === "us");
    expect(us?.currency).toBe("USD");
    const kinds = new Set(us?.bands.map((b) => `${b.band}/${b.pay}`));
    expect(kinds).toEqual(new Set(["national-wages/base", "tech-total-comp/total"]));
    for (const level of ["entry", "mid", "senior"] as const) {
      expect(us?.bands.some((b) => b.level === level && b.band === "national-wages")).toBe(true);
    }
    for (const region of planning.salaries.regions) {
      for (const band of region.bands) {
        expect(band.source.url).toMatch(/^https:\/\//);
        expect(band.year).toBeGreaterThanOrEqual(2015);
      }
    }
  });

  it("presents certifications as a signal of skills, not a promised raise", () => {
    expect(planning.salaries.certificationEffect?.statement).toContain("not a promised raise");
    expect(planning.salaries.certificationEffect?.evidence.length).toBeGreaterThan(0);
  });

  it("filters by region and level, keeping all-level context bands", () => {
    const [uk] = filterSalaries(planning.salaries.regions, { region: "uk", level: "senior" });
    expect(uk?.bands.map((b) => b.level)).toEqual(["senior", "all", "all"]);
  });

  it("rejects a band with low above high, or a region that does not match its file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "certpath-salaries-"));
    mkdirSync(path.join(dir, "salaries"));
    const us = planning.salaries.regions.find((r) => r.region === "us");
    const band = { ...us?.bands[0], low: 10, high: 5 };
    writeFileSync(path.join(dir, "salaries", "xx.yaml"), stringify({ ...us, region: "us", bands: [band] }));
    const issues: ContentIssue[] = [];
    loadSalaries(dir, issues);
    expect(issues.map((i) => i.message)).toEqual(expect.arrayContaining(["low must not exceed high"]));
  });
});
