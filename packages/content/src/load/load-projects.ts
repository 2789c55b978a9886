/**
 * @module Project brief loader: data/projects/<industry>.yaml, each a list of briefs. Ids are unique
 * across files, a brief's industry matches its file, and every certification id exists.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Certification, ProjectBrief } from "@certpath/core";
import { ProjectBriefSchema } from "../schemas/project.schema";
import type { ContentIssue } from "./content-error";
import { readYaml, recordName, zodIssues } from "./read-yaml";

export function loadProjects(dataDir: string, issues: ContentIssue[]): ProjectBrief[] {
  const dir = path.join(dataDir, "projects");
  if (!existsSync(dir)) return [];
  const projects: ProjectBrief[] = [];
  const seen = new Map<string, string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const label = `projects/${file}`;
    const raw = readYaml(path.join(dir, file), label, issues);
    if (raw === undefined || raw === null) continue;
    if (!Array.isArray(raw)) {
      issues.push({ file: label, record: "", field: "", message: "a project file is a list of briefs" });
      continue;
    }
    const fileIndustry = file.replace(/\.yaml$/, "");
    raw.forEach((entry: unknown, index: number) => {
      const record = recordName(entry, index);
      const parsed = ProjectBriefSchema.safeParse(entry);
      if (!parsed.success) {
        issues.push(...zodIssues(label, record, parsed.error));
        return;
      }
      if (parsed.data.industry !== fileIndustry) {
        issues.push({
          file: label,
          record,
          field: "industry",
          message: `briefs in ${file} must have industry "${fileIndustry}"`,
        });
      }
      const previous = seen.get(parsed.data.id);
      if (previous)
        issues.push({ file: label, record, field: "id", message: `duplicate id (also in ${previous})` });
      seen.set(parsed.data.id, label);
      projects.push(parsed.data);
    });
  }
  return projects;
}

/** Every certification a brief names must be in the catalog. */
export function checkProjectReferences(
  projects: readonly ProjectBrief[],
  certifications: readonly Certification[],
  issues: ContentIssue[],
): void {
  const ids = new Set(certifications.map((c) => c.id));
  for (const project of projects) {
    for (const id of project.certifications) {
      if (!ids.has(id)) {
        issues.push({
          file: `projects/${project.industry}.yaml`,
          record: project.id,
          field: "certifications",
          message: `unknown certification id "${id}"`,
        });
      }
    }
  }
}
