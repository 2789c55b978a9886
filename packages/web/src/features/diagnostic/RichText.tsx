// biome-ignore-all lint/suspicious/noArrayIndexKey: parsed item text is static; positions are its identity
import { Fragment, type ReactNode, useMemo } from "react";
import { CodeBlock } from "./CodeBlock";
import { type Block, type Inline, parseMarkdown } from "./markdown";
import { loadMath, type RenderMath, useLoaded } from "./rich-text-loaders";

function hasMath(blocks: readonly Block[]): boolean {
  const inInline = (inlines: readonly Inline[]): boolean =>
    inlines.some((i) => i.kind === "math" || ("children" in i && inInline(i.children)));
  return blocks.some((b) =>
    b.kind === "paragraph"
      ? inInline(b.content)
      : b.kind === "list"
        ? b.items.some(inInline)
        : b.kind === "table"
          ? [...b.header, ...b.rows.flat()].some(inInline)
          : false,
  );
}

function renderInline(inlines: readonly Inline[], math: RenderMath | null): ReactNode[] {
  return inlines.map((inline, index) => {
    switch (inline.kind) {
      case "text":
        return <Fragment key={index}>{inline.text}</Fragment>;
      case "code":
        return <code key={index}>{inline.text}</code>;
      case "strong":
        return <strong key={index}>{renderInline(inline.children, math)}</strong>;
      case "em":
        return <em key={index}>{renderInline(inline.children, math)}</em>;
      case "link":
        return (
          <a key={index} href={inline.href} target="_blank" rel="noreferrer">
            {renderInline(inline.children, math)}
          </a>
        );
      case "math":
        // Until KaTeX arrives the TeX source is shown, so the question is readable at once.
        return math ? (
          <span
            key={index}
            className={inline.display ? "math math-display" : "math"}
            // KaTeX escapes its input and runs with trust off: its output is safe markup.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output, see above
            dangerouslySetInnerHTML={{ __html: math(inline.tex, inline.display) }}
          />
        ) : (
          <code key={index} className="math-source">
            {inline.tex}
          </code>
        );
    }
    return null;
  });
}

/** Markdown with math, as written in the item bank (see ./markdown.ts for the subset). */
export function RichText({ source, inline = false }: { source: string; inline?: boolean }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  const math = useLoaded(loadMath, hasMath(blocks));
  if (inline && blocks.length === 1 && blocks[0]?.kind === "paragraph") {
    return <>{renderInline(blocks[0].content, math)}</>;
  }
  return (
    <div className="rich-text">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case "paragraph":
            return <p key={index}>{renderInline(block.content, math)}</p>;
          case "list": {
            const items = block.items.map((item, i) => <li key={i}>{renderInline(item, math)}</li>);
            return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
          }
          case "table":
            return (
              <div key={index} className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      {block.header.map((cell, i) => (
                        <th key={i} scope="col">
                          {renderInline(cell, math)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row, r) => (
                      <tr key={r}>
                        {row.map((cell, i) => (
                          <td key={i}>{renderInline(cell, math)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          case "code":
            return <CodeBlock key={index} code={block.text} language={block.language} />;
        }
        return null;
      })}
    </div>
  );
}
