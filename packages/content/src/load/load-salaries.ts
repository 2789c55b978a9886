/**
 * @module Salary loader: data/salaries/<region>.yaml (one region each) and
 * data/salaries/certification-effect.yaml (what the evidence says about certifications and pay).
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import {
  type CertificationEffect,
  CertificationEffectSchema,
  type SalaryBand,
  type SalaryRegion,
  SalaryRegionSchema,
} from "../schemas/salary.schema";
import type { ContentIssue } from "./content-error";
import { readYaml, zodIssues } from "./read-yaml";

export const CERTIFICATION_EFFECT_FILE = "certification-effect.yaml";

export interface Salaries {
  regions: SalaryRegion[];
  certificationEffect: CertificationEffect | null;
}

export function loadSalaries(dataDir: string, issues: ContentIssue[]): Salaries {
  const dir = path.join(dataDir, "salaries");
  if (!existsSync(dir)) return { regions: [], certificationEffect: null };
  const regions: SalaryRegion[] = [];
  let certificationEffect: CertificationEffect | null = null;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const label = `salaries/${file}`;
    const raw = readYaml(path.join(dir, file), label, issues);
    if (raw === undefined) continue;
    const record = file.replace(/\.yaml$/, "");
    if (file === CERTIFICATION_EFFECT_FILE) {
      const parsed = CertificationEffectSchema.safeParse(raw);
      if (parsed.success) certificationEffect = parsed.data;
      else issues.push(...zodIssues(label, record, parsed.error));
      continue;
    }
    const parsed = SalaryRegionSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...zodIssues(label, record, parsed.error));
      continue;
    }
    if (parsed.data.region !== record) {
      issues.push({
        file: label,
        record,
        field: "region",
        message: `region "${parsed.data.region}" must match the file name`,
      });
    }
    const ids = parsed.data.bands.map((b) => b.id);
    if (new Set(ids).size !== ids.length)
      issues.push({ file: label, record, field: "bands", message: "band ids must be unique" });
    regions.push(parsed.data);
  }
  return { regions, certificationEffect };
}

export interface SalaryFilter {
  region?: string | undefined;
  level?: SalaryBand["level"] | undefined;
}

/** Regions (and within them bands) matching the filter; level "all" bands always stay as context. */
export function filterSalaries(regions: readonly SalaryRegion[], filter: SalaryFilter): SalaryRegion[] {
  return regions
    .filter((r) => !filter.region || r.region === filter.region)
    .map((r) => ({
      ...r,
      bands: r.bands.filter((b) => !filter.level || b.level === filter.level || b.level === "all"),
    }));
}
