import { describe, expect, it } from "vitest";
import { ItemSchema } from "../src/index";
import { validItem } from "./fixtures";

function messages(value: unknown): string[] {
  const parsed = ItemSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("item schema", () => {
  it("accepts the valid fixture", () => {
    expect(messages(validItem())).toEqual([]);
  });

  it("needs exactly one key for single choice", () => {
    expect(messages(validItem({ key: ["a", "b"] }))).toContainEqual(
      expect.stringContaining("exactly one key"),
    );
    expect(messages(validItem({ key: [] }))).toContainEqual(expect.stringContaining("exactly one key"));
  });

  it("needs keys that are option ids", () => {
    expect(messages(validItem({ key: ["z"] }))).toContainEqual(expect.stringContaining("option id"));
  });

  it("rejects duplicate option texts and all-of-the-above", () => {
    const options = validItem().options!.map((o) => ({ ...o }));
    options[1] = { id: "b", text: options[0]!.text };
    expect(messages(validItem({ options }))).toContainEqual(expect.stringContaining("unique"));
    options[1] = { id: "b", text: "All of the above" };
    expect(messages(validItem({ options }))).toContainEqual(expect.stringContaining("all/none"));
  });

  it("needs at least two keys and one wrong option for multiple select", () => {
    expect(messages(validItem({ format: "multiple-select", key: ["a"] }))).toContainEqual(
      expect.stringContaining("at least two"),
    );
    expect(messages(validItem({ format: "multiple-select", key: ["a", "b", "c", "d"] }))).toContainEqual(
      expect.stringContaining("wrong option"),
    );
  });

  it("needs an explanation, a known skill and an id that starts with the skill", () => {
    expect(messages(validItem({ explanation: " " }))).toContainEqual(expect.stringContaining("explanation"));
    expect(messages({ ...validItem(), skill: "cooking" })).toContainEqual(expect.stringContaining("skill"));
    expect(messages(validItem({ id: "math-001" }))).toContainEqual(
      expect.stringContaining("must start with"),
    );
  });

  it("needs an answer for numeric items and code plus a check for code-output items", () => {
    const { options: _o, key: _k, ...bare } = validItem();
    expect(messages({ ...bare, format: "numeric" })).toContainEqual(expect.stringContaining("answer"));
    expect(messages({ ...bare, format: "numeric", answer: { value: 1, tolerance: 0 } })).toContainEqual(
      expect.stringContaining("solution"),
    );
    expect(
      messages({ ...bare, format: "numeric", answer: { value: 1, tolerance: 0 }, solution: "print(1)" }),
    ).toEqual([]);
    expect(messages(validItem({ format: "code-output" }))).toEqual(
      expect.arrayContaining([expect.stringContaining("code"), expect.stringContaining("check")]),
    );
  });
});
