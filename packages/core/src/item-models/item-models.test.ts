import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ITEM_TIERS } from "../items/item";
import { createRng } from "../shared/rng";
import type { GeneratedItem, ItemModel } from "./item-model";
import { MATH_SKILLS, MATH_SUBTOPICS } from "./item-model";
import { findItemModel, ITEM_MODELS } from "./registry";

const RUNS = 150;
const seeds = fc.integer();

/**
 * Sub-topic ids per skill, read from data/skills/taxonomy.yaml without a YAML dependency (core has
 * none): either a flow list `subtopics: [a, b]` or block entries `- { id: a, name: ... }` / `- a`.
 */
function taxonomySubtopics(): Map<string, string[]> {
  const path = fileURLToPath(new URL("../../../../data/skills/taxonomy.yaml", import.meta.url));
  const out = new Map<string, string[]>();
  for (const block of readFileSync(path, "utf8")
    .split(/^- id: /m)
    .slice(1)) {
    const id = block.split("\n")[0]?.trim() ?? "";
    const after = block.slice(block.indexOf("subtopics:") + "subtopics:".length);
    const flow = /^\s*\[([^\]]*)\]/.exec(after);
    if (flow) {
      out.set(
        id,
        (flow[1] ?? "")
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean),
      );
      continue;
    }
    const ids: string[] = [];
    for (const line of after.split("\n").slice(1)) {
      const entry = /^\s+- (?:\{\s*id:\s*)?([a-z0-9-]+)/.exec(line);
      if (!entry) break;
      ids.push(entry[1] as string);
    }
    out.set(id, ids);
  }
  return out;
}

function tamperedKeys(item: GeneratedItem): GeneratedItem[] {
  if (item.format === "numeric") {
    const answer = item.answer as NonNullable<GeneratedItem["answer"]>;
    return [
      { ...item, answer: { ...answer, value: answer.value + 2 * answer.tolerance } },
      { ...item, answer: { ...answer, value: answer.value - 2 * answer.tolerance } },
      { ...item, answer: { ...answer, value: -answer.value + 1 } },
    ];
  }
  return (item.options ?? []).filter((o) => o.id !== item.key?.[0]).map((o) => ({ ...item, key: [o.id] }));
}

describe("the item model registry", () => {
  it("has at least 20 models with unique kebab-case ids, each findable", () => {
    expect(ITEM_MODELS.length).toBeGreaterThanOrEqual(20);
    const ids = ITEM_MODELS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const model of ITEM_MODELS) {
      expect(model.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(findItemModel(model.id)).toBe(model);
    }
    expect(findItemModel("no-such-model")).toBeUndefined();
  });

  it("declares valid skills, sub-topics, tiers and formats", () => {
    for (const model of ITEM_MODELS) {
      expect(MATH_SKILLS).toContain(model.skill);
      expect(MATH_SUBTOPICS[model.skill as (typeof MATH_SKILLS)[number]]).toContain(model.subtopic);
      expect(ITEM_TIERS).toContain(model.tier);
      expect(["single-choice", "numeric"]).toContain(model.format);
    }
  });

  it("gives every math skill at least 5 models spanning easy, medium and hard", () => {
    for (const skill of MATH_SKILLS) {
      const models = ITEM_MODELS.filter((m) => m.skill === skill);
      expect(models.length).toBeGreaterThanOrEqual(5);
      expect(new Set(models.map((m) => m.tier))).toEqual(new Set(ITEM_TIERS));
    }
  });

  it("keeps MATH_SUBTOPICS in sync with data/skills/taxonomy.yaml", () => {
    const taxonomy = taxonomySubtopics();
    for (const skill of MATH_SKILLS) expect([...MATH_SUBTOPICS[skill]]).toEqual(taxonomy.get(skill));
  });
});

describe.each(ITEM_MODELS.map((m) => [m.id, m] as [string, ItemModel]))("item model %s", (_id, model) => {
  it("generates items that its own check accepts", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const item = model.generate(createRng(seed));
        expect(model.check(item)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it("is deterministic for a seed", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        expect(model.generate(createRng(seed))).toEqual(model.generate(createRng(seed)));
      }),
      { numRuns: 30 },
    );
  });

  it("produces complete items with the declared tags, unique distractors and math in the stem", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const item = model.generate(createRng(seed));
        expect(item.skill).toBe(model.skill);
        expect(item.subtopic).toBe(model.subtopic);
        expect(item.tier).toBe(model.tier);
        expect(item.format).toBe(model.format);
        expect(item.stem).toContain("$");
        expect(item.explanation.length).toBeGreaterThan(80);
        expect(item.references?.length ?? 0).toBeGreaterThan(0);
        if (item.format === "single-choice") {
          const options = item.options ?? [];
          expect(options.length).toBe(4);
          expect(new Set(options.map((o) => o.text)).size).toBe(4);
          expect(new Set(options.map((o) => o.id)).size).toBe(4);
          expect(item.key).toHaveLength(1);
          const keyText = options.find((o) => o.id === item.key?.[0])?.text;
          expect(keyText).toBeDefined();
          expect(options.filter((o) => o.text === keyText)).toHaveLength(1);
          expect(item.answer).toBeUndefined();
        } else {
          expect(item.answer?.tolerance).toBeGreaterThan(0);
          expect(Number.isFinite(item.answer?.value)).toBe(true);
          expect(item.options).toBeUndefined();
          expect(item.key).toBeUndefined();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("rejects an item whose key or answer was tampered with", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const item = model.generate(createRng(seed));
        for (const bad of tamperedKeys(item)) expect(model.check(bad)).not.toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it("rejects an item whose tags do not match the model", () => {
    const item = model.generate(createRng(1));
    expect(model.check({ ...item, tier: item.tier === "hard" ? "easy" : "hard" })).not.toBeNull();
    expect(model.check({ ...item, subtopic: "not-a-subtopic" })).not.toBeNull();
  });

  it("varies its items across seeds", () => {
    const stems = new Set(Array.from({ length: 40 }, (_, s) => model.generate(createRng(s)).stem));
    expect(stems.size).toBeGreaterThan(8);
  });
});
