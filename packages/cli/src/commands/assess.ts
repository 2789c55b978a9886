/**
 * @module `certpath assess`: the adaptive skills diagnostic in the terminal. Runs the same engine,
 * bank, scoring and result as the API (server's assessment engine), in memory on data/ — no server
 * and no database. Answers are read line by line from stdin, so it works interactively and with
 * piped input (tests pipe their answers). An unreadable line is asked again; `q` or the end of the
 * input stops the test and prints the result so far.
 */
import { randomInt } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { loadContent } from "@certpath/content";
import { CertpathError, type Item } from "@certpath/core";
import { assessmentEngine } from "@certpath/server";
import type { Command } from "commander";
import { renderTable } from "../format/table";
import { UsageError } from "../usage-error";

type AssessmentState = assessmentEngine.AssessmentState;
type AssessmentResult = assessmentEngine.AssessmentResult;

interface AssessOptions {
  target?: string[];
  out?: string;
  max?: string;
  seed?: string;
}

const LETTERS = "ABCDEFGHIJ";
const STOP_WORDS = new Set(["q", "quit", "stop"]);
const REASONS: Record<assessmentEngine.FinishReason, string> = {
  "max-items": "that was the last question of this diagnostic",
  precision: "every skill is now measured precisely enough",
  decision: "your readiness for every target domain is now clear",
  exhausted: "there are no more questions for these skills",
  stopped: "you stopped the diagnostic",
};

/** Theta on the 0–4 level scale people read (as on the web results). */
const level = (theta: number) => (theta + 2).toFixed(1);
const indent = (text: string, by = "  ") =>
  text
    .trimEnd()
    .split("\n")
    .map((line) => (line ? by + line : line))
    .join("\n");

function whole(option: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(Number.isInteger(n) && n >= min && n <= max))
    throw new UsageError(`${option} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

/** Letters typed for a choice question ("b", "A, C", "ac") → option ids, or an error to show. */
export function parseChoice(input: string, item: Item): string[] | string {
  const options = item.options ?? [];
  const compact = input.replace(/[\s,;]+/g, "").toUpperCase();
  const letters = [...new Set(compact)];
  const valid = LETTERS.slice(0, options.length);
  if (letters.length === 0 || letters.some((l) => !valid.includes(l)))
    return `Type a letter from A to ${valid.at(-1)}${item.format === "multiple-select" ? " (several: A,C)" : ""}, or q to stop.`;
  if (item.format !== "multiple-select" && letters.length > 1)
    return "Choose exactly one letter, or q to stop.";
  return letters.map((l) => (options[valid.indexOf(l)] as { id: string }).id);
}

function printQuestion(
  write: (s: string) => void,
  item: Item,
  number: number,
  state: AssessmentState,
  bankSkills: ReadonlySet<string>,
  skillName: string,
) {
  const progress = assessmentEngine.progressOf(state.session, bankSkills, false);
  write(
    `\nQuestion ${number} · ${skillName} · about ${progress.remaining} left (at most ${progress.maxRemaining})\n\n`,
  );
  write(`${indent(item.stem)}\n`);
  if (item.code) write(`\n${indent(item.code, "    | ")}\n`);
  if (item.options) {
    write("\n");
    for (const [index, option] of item.options.entries()) write(`  ${LETTERS[index]}) ${option.text}\n`);
  }
  write(
    item.format === "numeric"
      ? "\nYour answer (a number, q to stop): "
      : item.format === "multiple-select"
        ? "\nYour answer (all that apply, e.g. A,C; q to stop): "
        : "\nYour answer (a letter; q to stop): ",
  );
}

function rightAnswerText(item: Item): string {
  if (item.answer) return `${item.answer.value} (±${item.answer.tolerance})`;
  const options = item.options ?? [];
  return (item.key ?? [])
    .map((id) => {
      const index = options.findIndex((o) => o.id === id);
      return `${LETTERS[index]}) ${options[index]?.text ?? id}`;
    })
    .join("; ");
}

export function resultText(result: AssessmentResult): string {
  const lines = [
    `Answered ${result.answered} question${result.answered === 1 ? "" : "s"}, ${result.correct} correct.`,
    "",
    renderTable(
      ["SKILL", "LEVEL (0-4)", "90% INTERVAL", "ANSWERED"],
      result.skills.map((s) => [
        s.name,
        level(s.theta),
        `${level(s.interval.low)} – ${level(s.interval.high)}`,
        `${s.correct}/${s.answered}`,
      ]),
    ),
  ];
  for (const target of result.targets) {
    lines.push(
      "",
      `${target.name}: ${target.decision} (P(ready) ${Math.round(target.probabilityReady * 100)}%, needs level ${level(target.cut)})`,
      renderTable(
        ["DOMAIN", "WEIGHT", "LEVEL", "P(READY)", "VERDICT"],
        target.domains.map((d) => [
          d.name,
          `${Math.round(d.weight * 100)}%`,
          level(d.theta),
          `${Math.round(d.probabilityReady * 100)}%`,
          d.decision,
        ]),
      ),
    );
  }
  if (result.studyFirst.length > 0) {
    lines.push("", "Study first:");
    for (const [i, s] of result.studyFirst.entries()) lines.push(`  ${i + 1}. ${s.name} — ${s.reason}`);
  }
  return lines.join("\n");
}

export async function runAssessment(
  options: AssessOptions,
  input: NodeJS.ReadableStream,
  write: (text: string) => void,
): Promise<AssessmentResult> {
  const maxItems = whole("--max", options.max, 1, 40);
  const seed = whole("--seed", options.seed, 0, 0xffffffff);
  const content = loadContent();
  const bank = assessmentEngine.buildAssessmentBank(content.items);
  const skillName = (id: string) => content.skills.find((s) => s.id === id)?.name ?? id;
  let state: AssessmentState;
  try {
    state = assessmentEngine.startAssessment(
      { targets: options.target, maxItems, seed },
      bank,
      content.certifications,
      () => randomInt(2 ** 32),
    );
  } catch (error) {
    if (error instanceof CertpathError && error.code === "INVALID_ARGUMENT")
      throw new UsageError(error.message.replace(/^targets\.\d+/, "--target"));
    throw error;
  }

  const reader = createInterface({ input, terminal: false });
  const lines = reader[Symbol.asyncIterator]();
  const readLine = async (): Promise<string | null> => {
    const line = await lines.next();
    return line.done ? null : String(line.value).trim();
  };
  write(
    `Adaptive diagnostic${state.targetIds.length ? ` for ${state.targetIds.join(", ")}` : ""}: one question at a time, q stops and shows your results. (seed ${state.seed})\n`,
  );

  asking: for (let number = 1; ; number++) {
    const step = assessmentEngine.nextStep(state, bank);
    state = step.state;
    if (step.kind === "finished") break;
    const item = step.item;
    printQuestion(write, item, number, state, bank.skills, skillName(item.skill));
    let response: string[] | number | null = null;
    while (response === null) {
      const line = await readLine();
      if (line === null || STOP_WORDS.has(line.toLowerCase())) break asking;
      if (item.format === "numeric") {
        const value = Number(line.replace(",", "."));
        if (line !== "" && Number.isFinite(value)) response = value;
        else write("Type a number (for example 0.25), or q to stop: ");
      } else {
        const parsed = parseChoice(line, item);
        if (typeof parsed === "string") write(`${parsed} `);
        else response = parsed;
      }
    }
    const answered = assessmentEngine.answerItem(state, bank, item.id, response);
    state = answered.state;
    write(answered.correct ? "\n✓ Correct.\n" : `\n✗ Not quite. The answer: ${rightAnswerText(item)}\n`);
    write(`${indent(item.explanation)}\n`);
  }

  // Let go of stdin, or an interactive terminal would keep the process alive after `q`.
  reader.close();
  state = assessmentEngine.finishAssessment(state);
  write(`\nDone: ${REASONS[state.finished?.reason ?? "stopped"]}.\n\n`);
  const result = assessmentEngine.assessmentResult(state, content.skills, content.certifications);
  write(`${resultText(result)}\n`);
  if (options.out) {
    writeFileSync(options.out, `${JSON.stringify({ seed: state.seed, ...result }, null, 2)}\n`);
    write(`\nWrote ${options.out}\n`);
  }
  return result;
}

export function registerAssess(program: Command): void {
  program
    .command("assess")
    .description("take the adaptive skills diagnostic in the terminal (answers from stdin; q stops)")
    .option("--target <id...>", "target certification ids: the questions aim at their readiness")
    .option("--out <file>", "write the result as JSON")
    .option("--max <n>", "at most this many questions (1–40; default 40)")
    .option("--seed <n>", "seed of the question choice, to repeat a session")
    .action(async (options: AssessOptions) => {
      await runAssessment(options, process.stdin, (text) => process.stdout.write(text));
    });
}
