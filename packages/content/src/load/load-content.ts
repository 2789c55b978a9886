/**
 * @module Loads and validates all of data/ at once. Throws ContentError listing every problem;
 * results are cached per directory because content does not change while a process runs.
 */
import type { Certification, Item, Skill } from "@certpath/core";
import { resolveDataDir } from "../data-dir";
import { ContentError, type ContentIssue } from "./content-error";
import { loadCertifications, loadSkills } from "./load-catalog";
import { loadItems } from "./load-items";

export interface Content {
  dataDir: string;
  certifications: Certification[];
  skills: Skill[];
  items: Item[];
}

const cache = new Map<string, Content>();

export function loadContent(dataDir?: string): Content {
  const dir = resolveDataDir(dataDir);
  const cached = cache.get(dir);
  if (cached) return cached;
  const issues: ContentIssue[] = [];
  const skills = loadSkills(dir, issues);
  const certifications = loadCertifications(dir, issues);
  const items = loadItems(dir, skills, issues);
  if (issues.length > 0) throw new ContentError(issues);
  const content = { dataDir: dir, certifications, skills, items };
  cache.set(dir, content);
  return content;
}
