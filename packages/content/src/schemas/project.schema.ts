/**
 * @module Portfolio project brief schema (data/projects/<industry>.yaml, a list of briefs). Shape
 * only; certification ids are checked against the catalog by the loader.
 */
import {
  DATASET_ACCESS,
  DELIVERABLES,
  INDUSTRIES,
  PROJECT_DIFFICULTIES,
  type ProjectBrief,
  SKILL_IDS,
  SPECIALIZATIONS,
} from "@certpath/core";
import { z } from "zod";
import { KebabIdSchema, NonEmptyText } from "./common";

export const ProjectBriefSchema = z.strictObject({
  id: KebabIdSchema,
  title: NonEmptyText,
  problem: NonEmptyText,
  industry: z.enum(INDUSTRIES),
  dataset: z.strictObject({
    name: NonEmptyText,
    kind: NonEmptyText,
    // Only an official page we are sure of; null rather than a guess.
    url: z.url({ protocol: /^https$/, message: "must be an https URL (or null)" }).nullable(),
    access: z.enum(DATASET_ACCESS),
    note: z.string().nullable(),
  }),
  skills: z.array(z.enum(SKILL_IDS)).min(1, "a project exercises at least one skill"),
  certifications: z.array(KebabIdSchema),
  specializations: z.array(z.enum(SPECIALIZATIONS)),
  difficulty: z.enum(PROJECT_DIFFICULTIES),
  hours: z.number().int().min(4).max(200),
  deliverables: z
    .array(z.enum(DELIVERABLES))
    .refine((d) => d.includes("repository-readme"), { message: "every project ships a repository README" }),
  acceptance: z.array(NonEmptyText).min(3, "an acceptance checklist has at least three items"),
});

export const ProjectFileSchema = z.array(ProjectBriefSchema);

// The file format and core's ProjectBrief must not drift apart.
const _fileIsCore: (value: z.infer<typeof ProjectBriefSchema>) => ProjectBrief = (value) => value;
void _fileIsCore;
