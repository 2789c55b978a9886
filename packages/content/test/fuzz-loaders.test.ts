/**
 * Every data-file loader under random damage (property-based, fast-check, fixed seed, bounded
 * runs): a valid record from data/ is mutated — a field replaced, dropped, wrapped or added, or the
 * file's text cut, spliced or salted with YAML oddities — and the loader must either accept it or
 * throw a ContentError whose issues name the file (and, where there is one, the record and field).
 * Anything else (a TypeError, a RangeError, a SyntaxError) is a crash and fails the test.
 *
 * Each run gets its own directory (symlinks to the untouched files plus the mutated one), because
 * the top-level loaders cache per directory. Reproduce with FUZZ_SEED / FUZZ_RUNS.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  ContentError,
  checkLock,
  DEFAULT_DATA_DIR,
  loadCloudMarket,
  loadContent,
  loadPlanningContent,
  readLock,
  readVerificationRecord,
  verdictsFromRecord,
} from "../src/index";

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_124);
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const real = loadContent(DEFAULT_DATA_DIR);
const scratch = mkdtempSync(path.join(os.tmpdir(), "certpath-fuzz-content-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One loader: which files it reads, which folders it needs beside them, and how to call it. */
interface LoaderCase {
  name: string;
  /** data/-relative files the fuzzer mutates (one per run). */
  files: string[];
  /** data/-relative folders the loader also reads, linked unchanged. */
  needs: string[];
  load(dir: string): unknown;
  /** Whether an issue in another file may be the only one (the file's ids are referenced elsewhere). */
  referenced?: boolean;
}

const yamlIn = (folder: string) =>
  readdirSync(path.join(DEFAULT_DATA_DIR, folder))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => `${folder}/${f}`);

/** The table of loaders: add a row when data/ gains a kind of file. */
const LOADERS: LoaderCase[] = [
  {
    name: "skills taxonomy",
    files: ["skills/taxonomy.yaml"],
    needs: ["certifications"],
    load: (dir) => loadContent(dir),
    referenced: true,
  },
  {
    name: "certifications",
    files: yamlIn("certifications"),
    needs: ["skills"],
    load: (dir) => loadContent(dir),
    referenced: true,
  },
  {
    // Items are read one file at a time here: the full bank takes about a second to parse.
    name: "item bank",
    files: yamlIn("items"),
    needs: ["skills", "certifications"],
    load: (dir) => loadContent(dir),
  },
  {
    name: "cloud market shares",
    files: ["market/cloud-share.yaml"],
    needs: [],
    load: (dir) => loadCloudMarket(dir),
  },
  {
    name: "project briefs",
    files: yamlIn("projects"),
    needs: ["salaries"],
    load: (dir) => loadPlanningContent(dir, real.certifications),
  },
  {
    name: "salary tables",
    files: yamlIn("salaries"),
    needs: ["projects"],
    load: (dir) => loadPlanningContent(dir, real.certifications),
  },
  {
    name: "item version lock",
    files: ["items/versions.json"],
    needs: [],
    load: (dir) => checkLock(real.items, readLock(dir)),
  },
  {
    name: "verification record",
    files: ["items/verified-with.json"],
    needs: [],
    load: (dir) => verdictsFromRecord(real.items, readVerificationRecord(dir)),
  },
];

// --- mutations -----------------------------------------------------------------------------------

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("", "\u0000", "x".repeat(5000), -1, 0, 1e308, 2.5, true, null, [], {}, "2026-02-30"),
  fc.constantFrom({ toString: "not a function" }, { valueOf: 1, toString: 2 }, [[[[[]]]]]),
  fc.jsonValue({ maxDepth: 2 }),
);
const nastyKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "toString", "id", ""),
  fc.string({ maxLength: 6 }),
);

type Edit = { at: number; kind: "replace" | "delete" | "wrap" | "add"; value: unknown; key: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("replace", "replace", "delete", "wrap", "add"),
  value: nastyValue,
  key: nastyKey,
});

function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value))
      paths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

function applyEdit(root: unknown, e: Edit): unknown {
  const copy = structuredClone(root);
  const all = paths(copy);
  const where = all[e.at % all.length] ?? [];
  if (where.length === 0) return e.kind === "replace" ? e.value : e.kind === "wrap" ? [copy] : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const step of where.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = where[where.length - 1] as string | number;
  const target = parent[last];
  if (e.kind === "replace") parent[last] = e.value;
  else if (e.kind === "wrap") parent[last] = [target];
  else if (e.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (target && typeof target === "object" && !Array.isArray(target)) {
    Object.defineProperty(target, e.key, {
      value: e.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else parent[last] = { [e.key]: e.value };
  return copy;
}

/** Text-level damage: YAML syntax a writer might produce by mistake, or plain corruption. */
const SPLICES = [
  "\t",
  ": :",
  "- - -",
  "&a x",
  "*missing",
  "<<: *a",
  "!!binary AAAA",
  "!!js/function 'x'",
  "? [a, b]\n: c",
  "\n---\n",
  "[[[[[[",
  "{",
  '"',
  "\u0000",
  "\uFEFF",
  "key: [\n",
];
const textDamage = fc.record({
  at: fc.nat(),
  cut: fc.nat(200),
  insert: fc.oneof(fc.constantFrom(...SPLICES), fc.string({ maxLength: 12 })),
});

function mutatedText(file: string, original: string): fc.Arbitrary<string> {
  const isJson = file.endsWith(".json");
  const data = isJson ? JSON.parse(original) : parse(original);
  const write = (value: unknown) => (isJson ? JSON.stringify(value, null, 1) : stringify(value));
  const structured = fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) =>
    // stringify drops what YAML/JSON cannot hold (undefined); that is still a valid mutation.
    write(edits.reduce((value, e) => applyEdit(value, e), data) ?? null),
  );
  const textual = textDamage.map(({ at, cut, insert }) => {
    const i = at % (original.length + 1);
    return `${original.slice(0, i)}${insert}${original.slice(i + cut)}`;
  });
  return fc.oneof({ weight: 3, arbitrary: structured }, { weight: 1, arbitrary: textual });
}

// --- one run ---------------------------------------------------------------------------------------

let runCount = 0;
/** A fresh data directory: the needed folders linked, the target's folder linked file by file. */
function runDir(loader: LoaderCase, file: string, text: string): string {
  const dir = path.join(scratch, `run-${++runCount}`);
  const folder = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  for (const need of loader.needs)
    symlinkSync(path.join(DEFAULT_DATA_DIR, need), path.join(dir, need), "dir");
  mkdirSync(path.join(dir, folder), { recursive: true });
  // The item bank: only the mutated file (the full bank is slow to parse). Elsewhere the siblings
  // stay, so references between files are still checked.
  const siblings = loader.name === "item bank" ? [] : readdirSync(path.join(DEFAULT_DATA_DIR, folder));
  for (const sibling of siblings) {
    if (`${folder}/${sibling}` === file || sibling.endsWith(".md")) continue;
    symlinkSync(path.join(DEFAULT_DATA_DIR, folder, sibling), path.join(dir, folder, sibling));
  }
  writeFileSync(path.join(dir, file), text);
  return dir;
}

describe("fuzzing every content loader", () => {
  it.each(LOADERS)(
    "$name: a damaged file is a ContentError naming it, never a crash",
    { timeout: 120_000 },
    (loader) => {
      const property = fc.property(
        fc.constantFrom(...loader.files).chain((file) =>
          mutatedText(file, readFileSync(path.join(DEFAULT_DATA_DIR, file), "utf8")).map((text) => ({
            file,
            text,
          })),
        ),
        ({ file, text }) => {
          const dir = runDir(loader, file, text);
          try {
            loader.load(dir);
          } catch (error) {
            if (!(error instanceof ContentError)) {
              throw new Error(
                `${file}: crashed with ${String(error)}\n${(error as Error).stack?.split("\n")[1] ?? ""}`,
              );
            }
            expect(error.issues.length).toBeGreaterThan(0);
            for (const issue of error.issues) {
              expect(issue.message, `${file}: an issue without a message`).not.toBe("");
              // Files are named relative to data/, never by an absolute path.
              expect(issue.file, "issue.file").toMatch(/^[\w-]+\/[\w.-]+\.(ya?ml|json)$/);
            }
            if (!loader.referenced) expect(error.issues.map((i) => i.file)).toContain(file);
            // A record-level problem names the record, so an author can find it in a long file.
            for (const issue of error.issues.filter((i) => i.field !== "")) expect(issue.record).not.toBe("");
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      );
      // fc.check rather than fc.assert: a counterexample is a whole data file; report its head only.
      const result = fc.check(property, { seed: SEED, numRuns: RUNS, endOnFailure: true });
      if (result.failed) {
        const example = result.counterexample?.[0] as { file: string; text: string } | undefined;
        throw new Error(
          `${String(result.errorInstance).slice(0, 600)}\n  seed ${SEED}, file ${example?.file}, text starts: ${JSON.stringify(example?.text.slice(0, 200))}`,
        );
      }
    },
  );
});
