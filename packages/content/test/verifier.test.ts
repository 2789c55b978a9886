/**
 * The verifier itself: it must fail on a wrong key (a fixture with a deliberately wrong key), and
 * pass the whole shipped bank on real Python. Under CI=true a missing Python library is a failure.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_PYTHON, loadContent, pythonVersions, verifyItems } from "../src/index";
import { validItem } from "./fixtures";

const versions = existsSync(DEFAULT_PYTHON) ? pythonVersions() : { python: "missing" };
const missing = ["numpy", "pandas", "sklearn", "torch"].filter(
  (lib) => !versions[lib] || versions[lib]?.startsWith("missing"),
);
const skipReason =
  versions.python === "missing" || missing.length > 0
    ? `Python with ${missing.join(", ") || "numpy, pandas, sklearn, torch"} not available at ${DEFAULT_PYTHON}`
    : null;
if (skipReason && process.env.CI === "true")
  throw new Error(`${skipReason}; CI requires it (.ci/run installs it).`);
if (skipReason) console.warn(`[certpath] ${skipReason}: verifier suites skipped.`);

const codeItem = (key: string) =>
  validItem({
    id: "python-900",
    format: "code-output",
    code: "xs = [x * x for x in range(4) if x % 2]\nprint(xs)",
    language: "python",
    check: "stdout",
    options: [
      { id: "a", text: "[1, 9]" },
      { id: "b", text: "[0, 4]" },
      { id: "c", text: "[0, 1, 4, 9]" },
      { id: "d", text: "[1, 3]" },
    ],
    key: [key],
  });

describe.skipIf(skipReason)("the item verifier", () => {
  it("passes a code item whose key is what the code prints", async () => {
    const [verdict] = await verifyItems([codeItem("a")]);
    expect(verdict).toMatchObject({ ok: true, kind: "code" });
  });

  it("fails a code item with a deliberately wrong key, saying what was printed", async () => {
    const [verdict] = await verifyItems([codeItem("c")]);
    expect(verdict?.ok).toBe(false);
    expect(verdict?.problems.join()).toContain("[1, 9]");
  });

  it("checks exception names and raising lines", async () => {
    const raising = validItem({
      id: "python-901",
      format: "code-output",
      code: "d = {'a': 1}\nx = 2\nprint(d['b'])",
      language: "python",
      check: "exception",
      options: [
        { id: "a", text: "KeyError" },
        { id: "b", text: "IndexError" },
        { id: "c", text: "ValueError" },
      ],
      key: ["a"],
    });
    const line = {
      ...raising,
      id: "python-902",
      check: "line" as const,
      options: [
        { id: "a", text: "Line 1" },
        { id: "b", text: "Line 2" },
        { id: "c", text: "Line 3" },
      ],
      key: ["c"],
    };
    const wrongLine = { ...line, id: "python-903", key: ["b"] };
    const verdicts = await verifyItems([raising, line, wrongLine]);
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, false]);
  });

  it("runs a numeric item's solution program and fails a wrong answer", async () => {
    const numeric = (value: number) => {
      const { options: _o, key: _k, ...bare } = validItem({ id: "python-904" });
      return {
        ...bare,
        format: "numeric" as const,
        answer: { value, tolerance: 0.01 },
        solution: "print(sum(range(5)) / 4)",
      };
    };
    const [right, wrong] = await verifyItems([numeric(2.5), numeric(2.6)]);
    expect(right?.ok).toBe(true);
    expect(wrong?.ok).toBe(false);
  });

  it("requires a reference on a conceptual item", async () => {
    const [without, withRef] = await verifyItems([
      validItem(),
      validItem({ references: [{ title: "Python tutorial", url: "https://docs.python.org/3/tutorial/" }] }),
    ]);
    expect(without?.ok).toBe(false);
    expect(withRef?.ok).toBe(true);
  });

  it("verifies every item of the shipped bank", { timeout: 600_000 }, async () => {
    const { items } = loadContent();
    const verdicts = await verifyItems(items);
    const failures = verdicts.filter((v) => !v.ok).map((v) => `${v.id}: ${v.problems.join("; ")}`);
    expect(failures).toEqual([]);
  });
});
