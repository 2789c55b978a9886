/**
 * @module Shared machinery of the item models: assembling an item from a model's parts, building
 * single-choice options from computed misconceptions, reading parameters back from a stem, and
 * the structural checks every model's `check` starts with.
 */
import type { ItemOption, ItemReference, ItemTier, NumericAnswer } from "../items/item";
import { CertpathError } from "../shared/errors";
import { type Rng, shuffled } from "../shared/rng";
import type { GeneratedItem, ItemModel, MathSkillId } from "./item-model";
import { MATH_SUBTOPICS } from "./item-model";
import { fromDecimal, neg, type Q, q, toNumber } from "./rational";

/** What a model's `build` returns; null asks for a fresh draw (parameters that do not fit). */
export interface ModelBody {
  stem: string;
  explanation: string;
  references: ItemReference[];
  options?: ItemOption[];
  key?: string[];
  answer?: NumericAnswer;
}

export interface ModelSpec {
  id: string;
  skill: MathSkillId;
  subtopic: string;
  tier: ItemTier;
  format: "single-choice" | "numeric";
  build(rng: Rng): ModelBody | null;
  /** Re-derives the answer from the item's text; may throw on unparseable text (reported as an error). */
  verify(item: GeneratedItem): string | null;
}

const MAX_DRAWS = 500;

/** Wraps a spec into an ItemModel: re-draws until `build` succeeds, and runs structural checks first. */
export function defineModel(spec: ModelSpec): ItemModel {
  if (!MATH_SUBTOPICS[spec.skill].includes(spec.subtopic)) {
    throw new CertpathError("INVARIANT", `${spec.id}: unknown sub-topic ${spec.subtopic}`);
  }
  return {
    id: spec.id,
    skill: spec.skill,
    subtopic: spec.subtopic,
    tier: spec.tier,
    format: spec.format,
    generate(rng: Rng): GeneratedItem {
      for (let i = 0; i < MAX_DRAWS; i++) {
        const body = spec.build(rng);
        if (body === null) continue;
        const item: GeneratedItem = {
          skill: spec.skill,
          subtopic: spec.subtopic,
          tier: spec.tier,
          format: spec.format,
          stem: body.stem,
          explanation: body.explanation,
          references: body.references,
        };
        if (body.options) item.options = body.options;
        if (body.key) item.key = body.key;
        if (body.answer) item.answer = body.answer;
        return item;
      }
      throw new CertpathError("INVARIANT", `${spec.id}: no valid parameters after ${MAX_DRAWS} draws`);
    },
    check(item: GeneratedItem): string | null {
      const structural = structuralCheck(spec, item);
      if (structural) return `${spec.id}: ${structural}`;
      try {
        const error = spec.verify(item);
        return error === null ? null : `${spec.id}: ${error}`;
      } catch (e) {
        return `${spec.id}: ${e instanceof Error ? e.message : String(e)}`;
      }
    },
  };
}

function structuralCheck(spec: ModelSpec, item: GeneratedItem): string | null {
  if (item.skill !== spec.skill) return `skill ${item.skill} is not ${spec.skill}`;
  if (item.subtopic !== spec.subtopic) return `subtopic ${item.subtopic} is not ${spec.subtopic}`;
  if (item.tier !== spec.tier) return `tier ${item.tier} is not ${spec.tier}`;
  if (item.format !== spec.format) return `format ${item.format} is not ${spec.format}`;
  if (!item.stem.trim()) return "empty stem";
  if (!item.explanation.trim()) return "empty explanation";
  if (!item.references || item.references.length === 0) return "no references";
  if (spec.format === "single-choice") {
    const options = item.options ?? [];
    if (options.length < 3 || options.length > 5) return `${options.length} options (3-5 allowed)`;
    if (new Set(options.map((o) => o.id)).size !== options.length) return "duplicate option ids";
    if (new Set(options.map((o) => o.text)).size !== options.length) return "duplicate option texts";
    if (item.key?.length !== 1) return "single-choice needs exactly one key";
    if (!options.some((o) => o.id === item.key?.[0])) return "key is not an option id";
    if (item.answer) return "single-choice item has a numeric answer";
  } else {
    if (!item.answer) return "numeric item without an answer";
    if (!Number.isFinite(item.answer.value)) return "answer is not finite";
    if (!(item.answer.tolerance > 0)) return "tolerance must be positive";
    if (item.options || item.key) return "numeric item has options or a key";
  }
  return null;
}

const OPTION_IDS = ["a", "b", "c", "d", "e"];

/**
 * Options for a single-choice item: the key plus `count` distinct distractors that differ from it,
 * shuffled. Distractors are listed by priority, most tempting misconception first. In strict mode
 * (the default) the first `count` candidates must all be usable, because the explanation discusses
 * them by value; otherwise unusable candidates are skipped. Null when that fails (the caller
 * re-draws its parameters).
 */
export function choice(
  rng: Rng,
  keyText: string,
  distractors: readonly string[],
  strict = true,
  count = 3,
): { options: ItemOption[]; key: string[] } | null {
  const picked: string[] = [];
  for (const d of distractors) {
    if (picked.length === count) break;
    if (d !== keyText && !picked.includes(d)) picked.push(d);
    else if (strict) return null;
  }
  if (picked.length < count) return null;
  const texts = shuffled(rng, [keyText, ...picked]);
  const options = texts.map((text, i) => ({ id: OPTION_IDS[i] as string, text }));
  const keyOption = options.find((o) => o.text === keyText) as ItemOption;
  return { options, key: [keyOption.id] };
}

/** Picks one element uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** KaTeX inline math. */
export const m = (tex: string | number): string => `$${tex}$`;

/** A float with exactly `dp` decimals, never "-0.00". */
export function fixed(x: number, dp: number): string {
  const s = x.toFixed(dp);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** "+ 3" / "- 3" for writing a signed term after another one. */
export function signed(x: number | string): string {
  const s = String(x);
  return s.startsWith("-") ? `- ${s.slice(1)}` : `+ ${s}`;
}

/** "(-3)" for negative numbers inside products, "3" otherwise. */
export function paren(x: number | string): string {
  const s = String(x);
  return s.startsWith("-") ? `(${s})` : s;
}

export function pmatrix(rows: readonly (readonly (number | string)[])[]): string {
  return `\\begin{pmatrix} ${rows.map((r) => r.join(" & ")).join(" \\\\ ")} \\end{pmatrix}`;
}

// ---------------------------------------------------------------- reading an item back

function fail(message: string): never {
  throw new CertpathError("INVALID_ARGUMENT", message);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Parses "5", "-0.25", "\frac{3}{8}", "-\frac{3}{8}" (optionally wrapped in $...$) exactly. */
export function parseQ(text: string): Q {
  const t = text.replace(/\$/g, "").trim();
  const f = /^(-?)\\frac\{(\d+)\}\{(\d+)\}$/.exec(t);
  if (f) {
    const v = q(Number(f[2]), Number(f[3]));
    return f[1] === "-" ? neg(v) : v;
  }
  if (/^-?\d+(\.\d+)?$/.test(t)) return fromDecimal(t);
  return fail(`cannot read a number from "${text}"`);
}

/** A number written as a float ("0.1234", "-2", "12.5%" → 12.5). */
export function parseNumber(text: string): number {
  const t = text.replace(/\\%/g, "").replace(/[$%]/g, "").trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return fail(`cannot read a number from "${text}"`);
  return Number(t);
}

const NUMBER_RE = "(-?(?:\\\\frac\\{\\d+\\}\\{\\d+\\}|\\d+(?:\\.\\d+)?))";

/** The value in "name = value" within the text (first occurrence). */
export function readQ(text: string, name: string): Q {
  const re = new RegExp(`(?<![A-Za-z\\\\_])${escapeRe(name)}\\s*=\\s*${NUMBER_RE}`);
  const found = re.exec(text);
  if (!found) return fail(`cannot find ${name} = ... in the stem`);
  return parseQ(found[1] as string);
}

export function readNumber(text: string, name: string): number {
  const v = readQ(text, name);
  return toNumber(v);
}

/** The integer matrix in "name = \begin{pmatrix} ... \end{pmatrix}". */
export function readMatrix(text: string, name: string): number[][] {
  const re = new RegExp(`${escapeRe(name)}\\s*=\\s*\\\\begin\\{pmatrix\\}([\\s\\S]*?)\\\\end\\{pmatrix\\}`);
  const found = re.exec(text);
  if (!found) return fail(`cannot find matrix ${name} in the stem`);
  return (found[1] as string)
    .split("\\\\")
    .map((row) => row.split("&").map((cell) => parseNumber(cell)))
    .filter((row) => row.length > 0);
}

/** The tuple in "name = (a, b, c)". */
export function readTuple(text: string, name: string): Q[] {
  const re = new RegExp(`${escapeRe(name)}\\s*=\\s*\\(([^)]*)\\)`);
  const found = re.exec(text);
  if (!found) return fail(`cannot find tuple ${name} in the stem`);
  return parseTuple(`(${found[1]})`);
}

/** Parses "(2, -\frac{1}{3})" (optionally inside $...$). */
export function parseTuple(text: string): Q[] {
  const t = text.replace(/\$/g, "").trim();
  const inner = /^\((.*)\)$/.exec(t);
  if (!inner) return fail(`not a tuple: ${text}`);
  return (inner[1] as string).split(",").map((part) => parseQ(part));
}

/** Parses "$\{-2, 1, 4\}$"-style lists of numbers inside braces or plain "a, b". */
export function parseList(text: string): Q[] {
  const t = text
    .replace(/\$/g, "")
    .replace(/\\\{|\\\}/g, "")
    .trim();
  return t.split(",").map((part) => parseQ(part));
}

export function keyOption(item: GeneratedItem): ItemOption {
  const option = item.options?.find((o) => o.id === item.key?.[0]);
  return option ?? fail("no key option");
}

export function distractorOptions(item: GeneratedItem): ItemOption[] {
  return (item.options ?? []).filter((o) => o.id !== item.key?.[0]);
}

/** The key option's text must equal `expected`, and no distractor may. */
export function expectKeyText(item: GeneratedItem, expected: string): string | null {
  const key = keyOption(item).text;
  if (key !== expected) return `key "${key}" but the correct answer is "${expected}"`;
  if (distractorOptions(item).some((o) => o.text === expected)) return `a distractor equals the answer`;
  return null;
}

/** The key option, read as a number, must be within `eps` of `expected`; every distractor farther. */
export function expectKeyNear(
  item: GeneratedItem,
  expected: number,
  eps: number,
  read: (text: string) => number = parseNumber,
): string | null {
  const key = read(keyOption(item).text);
  if (!(Math.abs(key - expected) <= eps)) return `key ${key} but the correct value is ${expected}`;
  for (const o of distractorOptions(item)) {
    if (Math.abs(read(o.text) - expected) <= eps) return `distractor "${o.text}" is also correct`;
  }
  return null;
}

/** The numeric answer must be within `maxError` of the independently computed value. */
export function expectAnswerNear(item: GeneratedItem, expected: number, maxError: number): string | null {
  const value = item.answer?.value;
  if (value === undefined) return "no answer";
  if (!(Math.abs(value - expected) <= maxError)) {
    return `answer ${value} but the correct value is ${expected}`;
  }
  return null;
}

/** Joins explanation paragraphs. */
export const paragraphs = (...parts: string[]): string => parts.join("\n\n");

/** Entry (i, j) of a matrix read from a stem; fails (as a check error) when missing. */
export function at(M: readonly (readonly number[])[], i: number, j: number): number {
  const v = M[i]?.[j];
  return v === undefined ? fail(`missing matrix entry (${i + 1}, ${j + 1})`) : v;
}

/** `count` whole numbers in [min, max]. */
export function ints(rng: Rng, count: number, min: number, max: number): number[] {
  return Array.from({ length: count }, () => min + Math.floor(rng() * (max - min + 1)));
}

/** The KaTeX expression after "label =" up to the closing "$" (e.g. the polynomial in "$f(x) = ...$"). */
export function readExpression(text: string, label: string): string {
  const re = new RegExp(`${escapeRe(label)}\\s*=\\s*([^$]*)\\$`);
  const found = re.exec(text);
  return found ? (found[1] as string).trim() : fail(`cannot find ${label} = ... in the stem`);
}
