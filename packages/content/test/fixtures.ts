/**
 * A minimal valid item for tests that break one rule at a time.
 */
import type { Item } from "@certpath/core";

export { validCertification } from "../../core/test/fixtures/certification";

export function validItem(overrides: Partial<Item> = {}): Item {
  return {
    id: "python-001",
    version: 1,
    skill: "python",
    subtopic: "comprehensions-iterators",
    tier: "easy",
    format: "single-choice",
    stem: "Which is a list comprehension?",
    options: [
      { id: "a", text: "[x for x in xs]" },
      { id: "b", text: "(x for x in xs)" },
      { id: "c", text: "{x: x for x in xs}" },
      { id: "d", text: "{x for x in xs}" },
    ],
    key: ["a"],
    explanation: "Square brackets make a list; parentheses make a generator; braces make a dict or a set.",
    ...overrides,
  };
}
