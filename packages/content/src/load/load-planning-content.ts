/**
 * @module Planning content: project briefs and salary tables, validated together and cached per
 * directory. Certification references are checked against the catalog the caller already loaded
 * (or the one in the same directory).
 */
import type { Certification, ProjectBrief } from "@certpath/core";
import { resolveDataDir } from "../data-dir";
import { ContentError, type ContentIssue } from "./content-error";
import { loadContent } from "./load-content";
import { checkProjectReferences, loadProjects } from "./load-projects";
import { loadSalaries, type Salaries } from "./load-salaries";

export interface PlanningContent {
  projects: ProjectBrief[];
  salaries: Salaries;
}

const cache = new Map<string, PlanningContent>();

export function loadPlanningContent(
  dataDir?: string,
  certifications?: readonly Certification[],
): PlanningContent {
  const dir = resolveDataDir(dataDir);
  const cached = cache.get(dir);
  if (cached) return cached;
  const issues: ContentIssue[] = [];
  const projects = loadProjects(dir, issues);
  checkProjectReferences(projects, certifications ?? loadContent(dir).certifications, issues);
  const salaries = loadSalaries(dir, issues);
  if (issues.length > 0) throw new ContentError(issues);
  const content = { projects, salaries };
  cache.set(dir, content);
  return content;
}
