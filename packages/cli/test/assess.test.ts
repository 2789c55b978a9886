/**
 * `certpath assess` driven through a pipe, as a person would type: questions with lettered options,
 * unreadable lines asked again, feedback after each answer, `q` or the end of input stopping, the
 * result table, and the JSON file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/certpath.mjs", import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), "certpath-assess-"));

function certpath(input: string, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, "assess", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
}

/**
 * A letter for choice questions and a number for numeric ones: whichever line does not fit the
 * current question is refused and asked again, so alternating lines answer any sequence.
 */
const ANSWERS = `${"b\n0.5\n".repeat(20)}`;

describe("certpath assess", () => {
  it("asks, scores and explains each question, stops at --max and writes the result as JSON", () => {
    const out = path.join(dir, "result.json");
    const result = certpath(ANSWERS, "--target", "aws-mla", "--max", "3", "--seed", "7", "--out", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const text = result.stdout;
    for (const n of [1, 2, 3]) expect(text).toContain(`Question ${n} · `);
    expect(text).not.toContain("Question 4 · ");
    expect(text).toMatch(/ {2}A\) /);
    expect(text.match(/^(✓ Correct\.|✗ Not quite\. The answer: )/gm)).toHaveLength(3);
    expect(text).toContain("Done: that was the last question of this diagnostic.");
    expect(text).toMatch(/SKILL\s+LEVEL \(0-4\)\s+90% INTERVAL\s+ANSWERED/);
    expect(text).toContain("AWS Certified Machine Learning Engineer - Associate:");

    const json = JSON.parse(readFileSync(out, "utf8"));
    expect(json).toMatchObject({ seed: 7, status: "finished", finishedReason: "max-items", answered: 3 });
    expect(json.targets[0]).toMatchObject({ id: "aws-mla", cut: 0.5 });
    for (const skill of json.skills) expect(skill.interval.low).toBeLessThan(skill.interval.high);
    // Not a word of the key before the answer: the first question's options are shown, then the prompt.
    const firstQuestion = text.slice(text.indexOf("Question 1"), text.indexOf("Your answer"));
    expect(firstQuestion).not.toContain("The answer");
  });

  it("repeats a session from its seed", () => {
    const first = certpath(ANSWERS, "--max", "4", "--seed", "99");
    const second = certpath(ANSWERS, "--max", "4", "--seed", "99");
    expect(first.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it("stops on q and on the end of the input, with the result so far", () => {
    const quit = certpath("q\n", "--seed", "1");
    expect(quit.status).toBe(0);
    expect(quit.stdout).toContain("Question 1 · ");
    expect(quit.stdout).toContain("Done: you stopped the diagnostic.");
    expect(quit.stdout).toContain("Answered 0 questions, 0 correct.");

    const oneThenEnd = certpath("b\n0.5\n", "--seed", "1");
    expect(oneThenEnd.status).toBe(0);
    expect(oneThenEnd.stdout).toContain("Answered 1 question, ");
  });

  it("asks again after an answer it cannot read", () => {
    const result = certpath("zz\nq\n", "--seed", "1");
    expect(result.stdout).toMatch(/Type a (letter|number)/);
    expect(result.stdout).toContain("Answered 0 questions");
  });

  it("rejects an unknown target or a bad --max with exit 2", () => {
    const unknown = certpath("", "--target", "aws-mlx");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--target: no certification "aws-mlx". Did you mean "aws-mla"?');
    const badMax = certpath("", "--max", "0");
    expect(badMax.status).toBe(2);
    expect(badMax.stderr).toContain("--max must be a whole number from 1 to 40");
  });
});
