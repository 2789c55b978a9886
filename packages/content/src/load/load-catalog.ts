/**
 * @module Catalog loader: data/certifications/*.yaml and data/skills/taxonomy.yaml, validated for
 * shape (zod) and for references between records (successors, prerequisites, sources, skills).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Certification, Skill } from "@certpath/core";
import { CertificationSchema } from "../schemas/certification.schema";
import { TaxonomySchema } from "../schemas/skill.schema";
import type { ContentIssue } from "./content-error";
import { readYaml, recordName, zodIssues } from "./read-yaml";

export function loadSkills(dataDir: string, issues: ContentIssue[]): Skill[] {
  const label = "skills/taxonomy.yaml";
  const raw = readYaml(path.join(dataDir, label), label, issues);
  if (raw === undefined) return [];
  const parsed = TaxonomySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [index, ...rest] = issue.path;
      const record = typeof index === "number" && Array.isArray(raw) ? recordName(raw[index], index) : "";
      issues.push({ file: label, record, field: rest.map(String).join("."), message: issue.message });
    }
    return [];
  }
  return parsed.data;
}

export function loadCertifications(dataDir: string, issues: ContentIssue[]): Certification[] {
  const dir = path.join(dataDir, "certifications");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  const certifications: Certification[] = [];
  for (const file of files) {
    const label = `certifications/${file}`;
    const raw = readYaml(path.join(dir, file), label, issues);
    if (raw === undefined) continue;
    const record = file.replace(/\.yaml$/, "");
    const parsed = CertificationSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...zodIssues(label, record, parsed.error));
      continue;
    }
    if (parsed.data.id !== record) {
      issues.push({
        file: label,
        record,
        field: "id",
        message: `id "${parsed.data.id}" must match the file name`,
      });
    }
    certifications.push(parsed.data);
  }
  checkCatalogReferences(certifications, issues);
  return certifications;
}

/** Rules that span fields or records; each has a failing fixture in the tests. */
export function checkCatalogReferences(certifications: Certification[], issues: ContentIssue[]): void {
  const ids = new Set(certifications.map((c) => c.id));
  for (const cert of certifications) {
    const file = `certifications/${cert.id}.yaml`;
    const add = (field: string, message: string) => issues.push({ file, record: cert.id, field, message });

    const sourceIds = cert.sources.map((s) => s.id);
    if (new Set(sourceIds).size !== sourceIds.length) add("sources", "source ids must be unique");
    const groups = [
      "status",
      "format",
      "price",
      "passingScore",
      "validity",
      "experience",
      "blueprint",
    ] as const;
    for (const group of groups) {
      for (const ref of cert[group].sources) {
        if (!sourceIds.includes(ref)) add(`${group}.sources`, `unknown source id "${ref}"`);
      }
    }

    for (const successor of cert.status.successors) {
      if (successor === cert.id) add("status.successors", "a certification cannot succeed itself");
      else if (!ids.has(successor)) add("status.successors", `unknown certification id "${successor}"`);
    }
    for (const prerequisite of cert.experience.prerequisites) {
      if (!ids.has(prerequisite))
        add("experience.prerequisites", `unknown certification id "${prerequisite}"`);
    }

    const status = cert.status.value;
    if ((status === "retired" || status === "program-closed") && !cert.status.retiredOn) {
      add("status.retiredOn", `a ${status} certification needs the date it closed`);
    }
    if (status === "retiring" && !cert.status.retiringOn)
      add("status.retiringOn", "a retiring certification needs its last date");
    if (status === "active" && cert.status.retiredOn)
      add("status.retiredOn", "an active certification has no retirement date");

    const domainIds = cert.blueprint.domains.map((d) => d.id);
    if (new Set(domainIds).size !== domainIds.length) add("blueprint.domains", "domain ids must be unique");
    // The weights must be able to add up to 100 within their published ranges. Official "~"
    // weights (e.g. PMLE's, which sum to 101) get one point of slack per domain.
    const slack = cert.blueprint.weightsApproximate ? cert.blueprint.domains.length : 0;
    const minSum = cert.blueprint.domains.reduce((s, d) => s + d.weight.min, 0);
    const maxSum = cert.blueprint.domains.reduce((s, d) => s + d.weight.max, 0);
    if (minSum - slack > 100 || maxSum + slack < 100) {
      add("blueprint.domains", `domain weights cannot sum to 100 (ranges sum to ${minSum}–${maxSum})`);
    }
  }
}
