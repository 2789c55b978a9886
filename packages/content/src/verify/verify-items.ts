/**
 * @module The item verifier: proves every key. Code items are run on real Python and their output
 * compared with the key; numeric items run their solution program; generated math items are
 * regenerated from their item model and re-checked; conceptual items must cite a source.
 */
import { createRng, findItemModel, type Item } from "@certpath/core";
import { DEFAULT_PYTHON, runSnippet, type SnippetRun } from "./run-python";

export type VerificationKind = "code" | "solution" | "generated" | "sourced";

export interface ItemVerdict {
  id: string;
  skill: string;
  kind: VerificationKind;
  ok: boolean;
  problems: string[];
}

export interface VerifyOptions {
  python?: string | undefined;
  /** Parallel Python processes; two cores here. */
  concurrency?: number | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Output compared line by line, each right-trimmed, trailing blank lines dropped. */
export function normalizeOutput(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n+$/, "")
    .replace(/^\n+/, "");
}

export function kindOf(item: Item): VerificationKind {
  if (item.generatedBy) return "generated";
  if (item.code) return "code";
  if (item.solution) return "solution";
  return "sourced";
}

function optionText(item: Item, id: string): string {
  return item.options?.find((o) => o.id === id)?.text ?? "";
}

/** Compares a run of an item's code with its key; returns the problems found. */
export function judgeCodeRun(item: Item, run: SnippetRun): string[] {
  if (run.failure) return [run.failure];
  if (item.format === "numeric") {
    if (run.exception) return [`the code raised ${run.exception}`];
    return judgeNumber(item, run.stdout);
  }
  const keyId = item.key?.[0] ?? "";
  const keyText = optionText(item, keyId);
  const distractors = (item.options ?? []).filter((o) => o.id !== keyId);
  switch (item.check) {
    case "exception": {
      if (!run.exception) return ["the code was expected to raise but finished normally"];
      const problems: string[] = [];
      if (keyText.trim() !== run.exception) problems.push(`raised ${run.exception}, key says ${keyText}`);
      if (distractors.some((d) => d.text.trim() === run.exception))
        problems.push(`a distractor also says ${run.exception}`);
      return problems;
    }
    case "line": {
      if (!run.exception || run.line === null)
        return ["the code was expected to raise on a line but did not"];
      const actual = `Line ${run.line}`;
      const problems: string[] = [];
      if (keyText.trim() !== actual) problems.push(`raised on ${actual}, key says ${keyText}`);
      if (distractors.some((d) => d.text.trim() === actual))
        problems.push(`a distractor also says ${actual}`);
      return problems;
    }
    default: {
      if (run.exception) return [`the code raised ${run.exception}${run.line ? ` on line ${run.line}` : ""}`];
      const actual = normalizeOutput(run.stdout);
      const problems: string[] = [];
      if (normalizeOutput(keyText) !== actual)
        problems.push(`printed ${JSON.stringify(actual)}, key says ${JSON.stringify(keyText)}`);
      if (distractors.some((d) => normalizeOutput(d.text) === actual))
        problems.push(`a distractor equals the output ${JSON.stringify(actual)}`);
      return problems;
    }
  }
}

function judgeNumber(item: Item, stdout: string): string[] {
  const answer = item.answer;
  if (!answer) return ["numeric item without an answer"];
  const printed = Number.parseFloat(normalizeOutput(stdout).split("\n").at(-1) ?? "");
  if (!Number.isFinite(printed)) return [`printed ${JSON.stringify(stdout.trim())}, not a number`];
  if (Math.abs(printed - answer.value) > answer.tolerance) {
    return [`computed ${printed}, answer says ${answer.value} ± ${answer.tolerance}`];
  }
  return [];
}

/** Regenerates a model-made item from its seed and checks it against the stored one. */
export function judgeGenerated(item: Item): string[] {
  const provenance = item.generatedBy;
  if (!provenance) return [];
  const model = findItemModel(provenance.model);
  if (!model) return [`unknown item model "${provenance.model}"`];
  const fresh = model.generate(createRng(provenance.seed));
  const problems: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  if (!same(fresh.stem, item.stem)) problems.push("stem differs from what the model generates for this seed");
  if (!same(fresh.options, item.options)) problems.push("options differ from what the model generates");
  if (!same(fresh.key, item.key))
    problems.push(`key ${JSON.stringify(item.key)} differs from the computed ${JSON.stringify(fresh.key)}`);
  if (!same(fresh.answer, item.answer)) {
    problems.push(
      `answer ${JSON.stringify(item.answer)} differs from the computed ${JSON.stringify(fresh.answer)}`,
    );
  }
  const modelCheck = model.check(item);
  if (modelCheck) problems.push(modelCheck);
  return problems;
}

async function verifyOne(item: Item, python: string): Promise<ItemVerdict> {
  const kind = kindOf(item);
  let problems: string[] = [];
  if (kind === "generated") problems = judgeGenerated(item);
  else if (kind === "code") problems = judgeCodeRun(item, await runSnippet(item.code ?? "", python));
  else if (kind === "solution") {
    const run = await runSnippet(item.solution ?? "", python);
    problems = run.failure
      ? [run.failure]
      : run.exception
        ? [`the solution raised ${run.exception}`]
        : judgeNumber(item, run.stdout);
  } else if (!item.references || item.references.length === 0) {
    problems = ["a conceptual item needs at least one reference to where the fact is documented"];
  }
  return { id: item.id, skill: item.skill, kind, ok: problems.length === 0, problems };
}

export async function verifyItems(
  items: readonly Item[],
  options: VerifyOptions = {},
): Promise<ItemVerdict[]> {
  const python = options.python ?? DEFAULT_PYTHON;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const verdicts: ItemVerdict[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      verdicts[index] = await verifyOne(items[index] as Item, python);
      options.onProgress?.(++done, items.length);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return verdicts;
}
