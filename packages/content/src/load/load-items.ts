/**
 * @module Item bank loader: data/items/<skill>.yaml, each item validated for shape and tags; ids
 * unique across the bank; sub-topics must exist in the taxonomy.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Item, Skill } from "@certpath/core";
import { ItemSchema } from "../schemas/item.schema";
import type { ContentIssue } from "./content-error";
import { readYaml, recordName, zodIssues } from "./read-yaml";

export function loadItems(dataDir: string, skills: Skill[], issues: ContentIssue[]): Item[] {
  const dir = path.join(dataDir, "items");
  if (!existsSync(dir)) return [];
  const subtopics = new Map(skills.map((s) => [s.id as string, new Set(s.subtopics.map((t) => t.id))]));
  const items: Item[] = [];
  const seen = new Map<string, string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const label = `items/${file}`;
    const raw = readYaml(path.join(dir, file), label, issues);
    if (raw === undefined || raw === null) continue;
    if (!Array.isArray(raw)) {
      issues.push({ file: label, record: "", field: "", message: "an item file is a list of items" });
      continue;
    }
    const fileSkill = file.replace(/\.yaml$/, "");
    raw.forEach((entry: unknown, index: number) => {
      const record = recordName(entry, index);
      const parsed = ItemSchema.safeParse(entry);
      if (!parsed.success) {
        issues.push(...zodIssues(label, record, parsed.error));
        return;
      }
      const item = parsed.data;
      if (item.skill !== fileSkill) {
        issues.push({
          file: label,
          record,
          field: "skill",
          message: `items in ${file} must have skill "${fileSkill}"`,
        });
      }
      const known = subtopics.get(item.skill);
      if (known && !known.has(item.subtopic)) {
        issues.push({
          file: label,
          record,
          field: "subtopic",
          message: `unknown sub-topic "${item.subtopic}" for ${item.skill}`,
        });
      }
      const previous = seen.get(item.id);
      if (previous)
        issues.push({ file: label, record, field: "id", message: `duplicate id (also in ${previous})` });
      seen.set(item.id, label);
      items.push(item);
    });
  }
  return items;
}
