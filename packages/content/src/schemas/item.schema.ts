/**
 * @module Item schema (data/items/<skill>.yaml, format in data/items/README.md). Checks what can be
 * checked without running code: one key for single choice, unique options, explanation present,
 * valid tags. Running code and recomputing math keys is the verifier's job.
 */
import { CODE_CHECKS, ITEM_FORMATS, ITEM_TIERS, type Item, SKILL_IDS } from "@certpath/core";
import { z } from "zod";
import { KebabIdSchema, NonEmptyText } from "./common";

const OptionSchema = z.strictObject({
  id: z.string().regex(/^[a-z]$/, "option ids are single letters"),
  text: z.coerce.string().min(1),
});

export const ItemSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z-]+-\d{3}$/, "ids look like <skill-id>-001"),
    version: z.number().int().positive(),
    skill: z.enum(SKILL_IDS),
    subtopic: KebabIdSchema,
    tier: z.enum(ITEM_TIERS),
    format: z.enum(ITEM_FORMATS),
    stem: NonEmptyText,
    code: z.string().optional(),
    language: z.string().optional(),
    check: z.enum(CODE_CHECKS).optional(),
    options: z.array(OptionSchema).min(3).max(6).optional(),
    key: z.array(z.string()).optional(),
    answer: z.strictObject({ value: z.number().finite(), tolerance: z.number().nonnegative() }).optional(),
    explanation: NonEmptyText,
    references: z.array(z.strictObject({ title: NonEmptyText, url: z.url().optional() })).optional(),
    generatedBy: z.strictObject({ model: NonEmptyText, seed: z.number().int() }).optional(),
    /** Python that computes a numeric answer; run by the verifier, never shown. */
    solution: z.string().optional(),
  })
  .superRefine((item, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!item.id.startsWith(`${item.skill}-`)) issue("id", `must start with the skill id "${item.skill}-"`);
    const isChoice = item.format !== "numeric";
    if (isChoice) {
      if (!item.options) return issue("options", `${item.format} items need options`);
      const texts = item.options.map((o) => o.text.trim());
      if (new Set(texts).size !== texts.length) issue("options", "option texts must be unique");
      const ids = item.options.map((o) => o.id);
      if (new Set(ids).size !== ids.length) issue("options", "option ids must be unique");
      if (texts.some((t) => /^(all|none) of the above$/i.test(t)))
        issue("options", 'no "all/none of the above"');
      const key = item.key ?? [];
      if (key.some((k) => !ids.includes(k))) issue("key", "every key must be an option id");
      if (new Set(key).size !== key.length) issue("key", "key ids must be unique");
      if (item.format === "multiple-select") {
        if (key.length < 2) issue("key", "multiple-select needs at least two keys");
        if (key.length >= ids.length) issue("key", "multiple-select needs at least one wrong option");
      } else if (key.length !== 1) {
        issue("key", `${item.format} needs exactly one key`);
      }
      if (item.answer) issue("answer", `${item.format} items have a key, not an answer`);
    } else {
      if (!item.answer) issue("answer", "numeric items need answer: { value, tolerance }");
      if (!item.code && !item.generatedBy && !item.solution) {
        issue(
          "solution",
          "numeric items need code, generatedBy or a solution program that computes the answer",
        );
      }
      if (item.options || item.key) issue("options", "numeric items have no options or key");
    }
    if (item.format === "code-output") {
      if (!item.code) issue("code", "code-output items need code");
      if (!item.check) issue("check", "code-output items need check: stdout | exception | line");
    }
    if (item.code && !item.language) issue("language", "code needs a language");
    if (item.check && !item.code) issue("check", "check needs code to run");
  });

type Parsed = z.infer<typeof ItemSchema>;
const _parsedIsItem: (value: Parsed) => Item = (value) => value;
void _parsedIsItem;
