/**
 * @module Skills taxonomy schema (data/skills/taxonomy.yaml).
 */
import { SKILL_IDS, type Skill } from "@certpath/core";
import { z } from "zod";
import { KebabIdSchema, NonEmptyText } from "./common";

export const SkillSchema = z.strictObject({
  id: z.enum(SKILL_IDS),
  name: NonEmptyText,
  description: NonEmptyText,
  subtopics: z.array(z.strictObject({ id: KebabIdSchema, name: NonEmptyText })).min(1),
  levels: z
    .array(
      z.strictObject({
        level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        label: NonEmptyText,
        behaviour: NonEmptyText,
      }),
    )
    .length(5, "exactly five level descriptors, 0 to 4")
    .refine((levels) => levels.every((entry, index) => entry.level === index), {
      message: "levels must be listed in order 0, 1, 2, 3, 4",
    }),
});

export const TaxonomySchema = z
  .array(SkillSchema)
  .refine((skills) => new Set(skills.map((s) => s.id)).size === skills.length, {
    message: "skill ids must be unique",
  })
  .refine((skills) => SKILL_IDS.every((id) => skills.some((s) => s.id === id)), {
    message: `every skill id must be present: ${SKILL_IDS.join(", ")}`,
  });

type Parsed = z.infer<typeof SkillSchema>;
const _parsedIsSkill: (value: Parsed) => Skill = (value) => value;
void _parsedIsSkill;
