/**
 * Writes the math item banks (data/items/{linear-algebra,calculus,probability,statistics}.yaml)
 * from the item models in packages/core/src/item-models.
 *
 *   node --import tsx scripts/generate-math-items.ts
 *
 * Deterministic and idempotent: the plan below fixes which models and seeds are used, so a second
 * run rewrites the same files. Existing items are respected:
 *   - items without `generatedBy` (hand-authored conceptual items) are kept as they are;
 *   - a generated item keeps its id; its version is bumped only if its model now generates
 *     different content for the same seed;
 *   - generated items no longer in the plan are kept (regenerated), so ids are never reused;
 *   - new items get the next free id.
 * Every generated item must pass its model's `check` or the script fails. The item models are
 * imported module by module (not through @certpath/core's index) so that nothing else in core
 * needs to load.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Document, isMap, isScalar, isSeq, parse, Scalar, visit } from "yaml";
import { MATH_SKILLS, type MathSkillId } from "../packages/core/src/item-models/item-model";
import { findItemModel } from "../packages/core/src/item-models/registry";
import type { Item } from "../packages/core/src/items/item";
import { createRng } from "../packages/core/src/shared/rng";

const ITEMS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "data", "items");

/** How many items each model contributes: about a third of every bank per tier. */
const PLAN: Record<MathSkillId, readonly (readonly [string, number])[]> = {
  "linear-algebra": [
    ["det-2x2", 2],
    ["matrix-shape", 2],
    ["vector-norm", 2],
    ["eigen-triangular", 2],
    ["det-3x3", 2],
    ["matrix-product-entry", 1],
    ["cosine-similarity", 2],
    ["linear-system-2x2", 2],
    ["eigen-2x2", 1],
    ["det-properties", 3],
    ["rank", 3],
    ["svd-2x2", 2],
  ],
  calculus: [
    ["poly-derivative", 2],
    ["sigmoid-derivative", 2],
    ["partial-derivative", 2],
    ["quadratic-minimum", 2],
    ["chain-rule-power", 2],
    ["gradient-2var", 2],
    ["gradient-descent-step", 2],
    ["definite-integral", 2],
    ["chain-rule-sigmoid", 3],
    ["newton-step", 3],
    ["area-between-curves", 2],
  ],
  probability: [
    ["combinations", 2],
    ["complement-at-least-one", 2],
    ["discrete-expectation", 2],
    ["linearity-expectation", 2],
    ["committee-count", 2],
    ["discrete-variance", 2],
    ["conditional-table", 1],
    ["binomial-pmf", 1],
    ["normal-probability", 2],
    ["bayes-test", 3],
    ["variance-of-sum", 3],
    ["binomial-tail", 2],
  ],
  statistics: [
    ["median", 3],
    ["mle-bernoulli", 3],
    ["standard-error", 2],
    ["sample-sd", 2],
    ["mle-poisson", 1],
    ["ci-mean-z", 2],
    ["z-test-one-sample", 2],
    ["regression-slope", 1],
    ["ci-mean-t", 2],
    ["two-sample-z", 2],
    ["correlation", 2],
    ["sample-size", 2],
  ],
};

/** Seeds are tried in this order for every model; a seed is skipped if its stem is already in the bank. */
const FIRST_SEED = 1;

const FIELD_ORDER: (keyof Item)[] = [
  "id",
  "version",
  "skill",
  "subtopic",
  "tier",
  "format",
  "stem",
  "code",
  "language",
  "check",
  "options",
  "key",
  "answer",
  "explanation",
  "references",
  "solution",
  "generatedBy",
];

type Content = Omit<Item, "id" | "version" | "generatedBy">;

function ordered(item: Item): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) if (item[field] !== undefined) out[field] = item[field];
  for (const [k, v] of Object.entries(item)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

/** Same question (stem, code, options, key, answer): what a version pins (data/items/README.md). */
function sameQuestion(a: Content | Item, b: Content | Item): boolean {
  const question = (x: Content | Item) =>
    JSON.stringify([x.stem, x.code ?? null, x.options ?? null, x.key ?? null, x.answer ?? null]);
  return question(a) === question(b);
}

function numberOf(id: string): number {
  return Number(/-(\d{3,})$/.exec(id)?.[1] ?? 0);
}

function generate(modelId: string, seed: number): Content {
  const model = findItemModel(modelId);
  if (!model) throw new Error(`unknown item model ${modelId}`);
  const item = model.generate(createRng(seed));
  const problem = model.check(item);
  if (problem) throw new Error(`${modelId} seed ${seed}: ${problem}`);
  return item;
}

function buildBank(skill: MathSkillId, existing: Item[]): Item[] {
  const provenanceKey = (model: string, seed: number) => `${model}#${seed}`;
  const byProvenance = new Map(
    existing
      .filter((i) => i.generatedBy)
      .map((i) => [provenanceKey(i.generatedBy?.model ?? "", i.generatedBy?.seed ?? 0), i]),
  );
  // A duplicate has the same stem, or the same worked solution and choices (e.g. the same data reordered).
  const signature = (model: string, c: Content) =>
    `${model}|${c.explanation}|${JSON.stringify((c.options ?? []).map((o) => o.text).sort())}|${JSON.stringify(c.answer ?? null)}`;
  const stems = new Set(existing.filter((i) => !i.generatedBy).map((i) => i.stem));
  let nextNumber = Math.max(0, ...existing.map((i) => numberOf(i.id))) + 1;
  const out: Item[] = existing.filter((i) => !i.generatedBy);

  const place = (modelId: string, seed: number, content: Content) => {
    const previous = byProvenance.get(provenanceKey(modelId, seed));
    byProvenance.delete(provenanceKey(modelId, seed));
    const id = previous?.id ?? `${skill}-${String(nextNumber++).padStart(3, "0")}`;
    const version = previous
      ? sameQuestion(previous, content)
        ? previous.version
        : previous.version + 1
      : 1;
    out.push({ ...content, id, version, generatedBy: { model: modelId, seed } });
    stems.add(content.stem);
    stems.add(signature(modelId, content));
  };

  for (const [modelId, count] of PLAN[skill]) {
    let placed = 0;
    for (let seed = FIRST_SEED; placed < count; seed++) {
      if (seed > FIRST_SEED + 1000) throw new Error(`${modelId}: not enough distinct items`);
      const content = generate(modelId, seed);
      if (content.skill !== skill) throw new Error(`${modelId} belongs to ${content.skill}, not ${skill}`);
      if (stems.has(content.stem) || stems.has(signature(modelId, content))) continue;
      place(modelId, seed, content);
      placed++;
    }
  }
  // Generated items that are no longer planned keep their ids (never reused): regenerate them.
  for (const item of byProvenance.values()) {
    const { model, seed } = item.generatedBy as NonNullable<Item["generatedBy"]>;
    place(model, seed, generate(model, seed));
  }
  return out.sort((a, b) => numberOf(a.id) - numberOf(b.id));
}

function toYaml(skill: string, items: Item[]): string {
  const doc = new Document(items.map(ordered));
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && node.value.includes("\n")) node.type = Scalar.BLOCK_LITERAL;
    },
    Pair(_key, pair) {
      const k = isScalar(pair.key) ? pair.key.value : undefined;
      if ((k === "options" || k === "references") && isSeq(pair.value)) {
        for (const entry of pair.value.items) if (isMap(entry)) entry.flow = true;
      }
      if (
        (k === "key" && isSeq(pair.value)) ||
        ((k === "answer" || k === "generatedBy") && isMap(pair.value))
      ) {
        pair.value.flow = true;
      }
    },
  });
  const body = doc.toString({ lineWidth: 0, blockQuote: "literal" }).replace(/\n- id: /g, "\n\n- id: ");
  return [
    `# Item bank: ${skill}. Format: data/items/README.md.`,
    "# Items with generatedBy come from the item models (packages/core/src/item-models) via",
    "# scripts/generate-math-items.ts, which keeps hand-authored items (no generatedBy) as they are.",
    "",
    body,
  ].join("\n");
}

function readBank(path: string): Item[] {
  if (!existsSync(path)) return [];
  const parsed: unknown = parse(readFileSync(path, "utf8"));
  if (parsed === null || parsed === undefined) return [];
  if (!Array.isArray(parsed)) throw new Error(`${path} is not a list of items`);
  return parsed as Item[];
}

const summary: string[] = [];
for (const skill of MATH_SKILLS) {
  const path = join(ITEMS_DIR, `${skill}.yaml`);
  const items = buildBank(skill, readBank(path));
  const text = toYaml(skill, items);
  const changed = !existsSync(path) || readFileSync(path, "utf8") !== text;
  if (changed) writeFileSync(path, text);
  const tiers = ["easy", "medium", "hard"].map((t) => `${t} ${items.filter((i) => i.tier === t).length}`);
  const generated = items.filter((i) => i.generatedBy).length;
  summary.push(
    `${skill}: ${items.length} items (${generated} generated, ${items.length - generated} hand-authored; ${tiers.join(", ")})${changed ? "" : " unchanged"}`,
  );
}
console.log(summary.join("\n"));
