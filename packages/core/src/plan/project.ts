/**
 * @module Portfolio project briefs (data/projects/*.yaml) and how a plan picks them: projects that
 * support the chosen exam, exercise its blueprint's skills, sit in the person's industry and suit
 * the exam's level. A brief names a real public dataset and says how it is obtained (open,
 * registration, or credentialed access).
 */
import type { Certification, CertificationLevel } from "../catalog/certification";
import type { SkillId } from "../skills/skill-ids";
import type { ProjectMatch, Specialization } from "./plan-types";

export const INDUSTRIES = ["healthcare", "finance", "retail", "manufacturing", "general"] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const PROJECT_DIFFICULTIES = ["beginner", "intermediate", "advanced"] as const;
export type ProjectDifficulty = (typeof PROJECT_DIFFICULTIES)[number];

export const DATASET_ACCESS = ["open", "registration", "credentialed"] as const;
export type DatasetAccess = (typeof DATASET_ACCESS)[number];

export const DELIVERABLES = ["repository-readme", "write-up", "model-card", "demo", "dashboard"] as const;
export type Deliverable = (typeof DELIVERABLES)[number];

export interface ProjectBrief {
  id: string;
  title: string;
  problem: string;
  industry: Industry;
  dataset: {
    name: string;
    /** tabular, time-series, images, text, … */
    kind: string;
    /** The dataset's official page, only when certain; null otherwise. */
    url: string | null;
    access: DatasetAccess;
    note: string | null;
  };
  skills: SkillId[];
  /** Catalog ids of certifications whose blueprint the project exercises. */
  certifications: string[];
  specializations: Specialization[];
  difficulty: ProjectDifficulty;
  hours: number;
  deliverables: Deliverable[];
  acceptance: string[];
}

const DIFFICULTY_FOR_LEVEL: Readonly<Record<CertificationLevel, ProjectDifficulty>> = {
  foundational: "beginner",
  associate: "intermediate",
  professional: "advanced",
  specialty: "advanced",
};

const INDUSTRY_WORDS: ReadonlyArray<[Industry, RegExp]> = [
  ["healthcare", /health|medic|clinic|hospital|pharma|biotech|life.?science/i],
  ["finance", /financ|bank|insur|fintech|trading|invest|payment|credit/i],
  ["retail", /retail|e-?commerce|commerce|shop|consumer|grocery/i],
  ["manufacturing", /manufactur|industr|automotive|factory|aerospace|energy|utilit/i],
];

/** Maps a free-text industry ("Banking", "hospital IT") onto the briefs' industries. */
export function normalizeIndustry(text: string | undefined | null): Industry {
  if (!text) return "general";
  for (const [industry, pattern] of INDUSTRY_WORDS) if (pattern.test(text)) return industry;
  return "general";
}

export interface ProjectMatchInput {
  certification: Certification;
  industry?: string | undefined;
  limit?: number | undefined;
}

/**
 * Scores each brief: +3 when it lists the certification, up to +2 for the share of its skills the
 * blueprint tests, +2 for the person's industry (+0.5 for a general brief), +1 when its difficulty
 * matches the exam's level (+0.5 one step away). Briefs that neither support the exam nor share a
 * skill with it are left out. Ties break on id.
 */
export function matchProjects(projects: readonly ProjectBrief[], input: ProjectMatchInput): ProjectMatch[] {
  const blueprintSkills = new Set(
    input.certification.blueprint.domains.flatMap((d) => Object.keys(d.skills) as SkillId[]),
  );
  const industry = normalizeIndustry(input.industry);
  const wanted = DIFFICULTY_FOR_LEVEL[input.certification.level];
  const scored = projects.flatMap((project) => {
    const supports = project.certifications.includes(input.certification.id);
    const shared = project.skills.filter((s) => blueprintSkills.has(s));
    if (!supports && shared.length === 0) return [];
    const reasons: string[] = [];
    let score = 0;
    if (supports) {
      score += 3;
      reasons.push(`supports ${input.certification.name}`);
    }
    score += (2 * shared.length) / Math.max(1, project.skills.length);
    if (shared.length > 0) reasons.push(`exercises ${shared.join(", ")}`);
    if (project.industry === industry && industry !== "general") {
      score += 2;
      reasons.push(`${industry} data`);
    } else if (project.industry === "general") {
      score += 0.5;
    }
    const distance = Math.abs(
      PROJECT_DIFFICULTIES.indexOf(project.difficulty) - PROJECT_DIFFICULTIES.indexOf(wanted),
    );
    score += distance === 0 ? 1 : distance === 1 ? 0.5 : 0;
    return [{ project, score, reason: reasons.join("; ") }];
  });
  scored.sort((a, b) => b.score - a.score || a.project.id.localeCompare(b.project.id));
  const picked = scored.slice(0, input.limit ?? 3);
  // The person's own industry is the point of a portfolio: keep one such brief when any fits.
  if (industry !== "general" && picked.length > 0 && !picked.some((s) => s.project.industry === industry)) {
    const own = scored.find((s) => s.project.industry === industry);
    if (own) picked[picked.length - 1] = own;
  }
  return picked.map(({ project, reason }) => ({
    id: project.id,
    title: project.title,
    difficulty: project.difficulty,
    hours: project.hours,
    reason,
  }));
}
