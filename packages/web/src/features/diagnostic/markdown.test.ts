import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "./markdown";

describe("the item bank's Markdown subset", () => {
  it("reads inline math, code, emphasis and links, and keeps prices and escaped dollars as text", () => {
    expect(parseInline("Let $x^2$ be `x ** 2`, **not** *y*: [docs](https://example.com)")).toEqual([
      { kind: "text", text: "Let " },
      { kind: "math", tex: "x^2", display: false },
      { kind: "text", text: " be " },
      { kind: "code", text: "x ** 2" },
      { kind: "text", text: ", " },
      { kind: "strong", children: [{ kind: "text", text: "not" }] },
      { kind: "text", text: " " },
      { kind: "em", children: [{ kind: "text", text: "y" }] },
      { kind: "text", text: ": " },
      { kind: "link", href: "https://example.com", children: [{ kind: "text", text: "docs" }] },
    ]);
    expect(parseInline("costs $5 and $10 a month")).toEqual([
      { kind: "text", text: "costs $5 and $10 a month" },
    ]);
    expect(parseInline("would give \\$6.48, and \\$32.40")).toEqual([
      { kind: "text", text: "would give $6.48, and $32.40" },
    ]);
    expect(parseInline("$$A = \\begin{pmatrix} 1 \\end{pmatrix}$$")).toEqual([
      { kind: "math", tex: "A = \\begin{pmatrix} 1 \\end{pmatrix}", display: true },
    ]);
  });

  it("reads paragraphs, lists, pipe tables and fenced code", () => {
    const blocks = parseMarkdown(
      [
        "A DAG has these tasks:",
        "",
        "- `a` (10)",
        "- `b` (25) runs",
        "  after a",
        "",
        "| $x$ | 0 | 1 |",
        "|---|---|---|",
        "| $P$ | 0.5 | 0.5 |",
        "",
        "```python",
        "print(1)",
        "```",
      ].join("\n"),
    );
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "list", "table", "code"]);
    expect(blocks[1]).toMatchObject({ kind: "list", ordered: false });
    expect(blocks[1]?.kind === "list" && blocks[1].items[1]).toEqual([
      { kind: "code", text: "b" },
      { kind: "text", text: " (25) runs after a" },
    ]);
    expect(blocks[2]?.kind === "table" && blocks[2].rows).toHaveLength(1);
    expect(blocks[3]).toEqual({ kind: "code", language: "python", text: "print(1)" });
  });
});
