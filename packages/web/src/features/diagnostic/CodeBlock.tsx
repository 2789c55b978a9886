import { loadHighlighter, useLoaded } from "./rich-text-loaders";

/** A code snippet, highlighted once Prism has loaded (plain text until then). */
export function CodeBlock({ code, language }: { code: string; language: string }) {
  const highlight = useLoaded(loadHighlighter, language !== "text");
  const html = highlight?.(code.trimEnd(), language) ?? null;
  return (
    // A labelled, focusable region: keyboard users can scroll code that is wider than the screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be focusable (WCAG 2.1.1)
    <section className="code-block" aria-label={`${language} code`} tabIndex={0}>
      <pre>
        {html === null ? (
          <code>{code.trimEnd()}</code>
        ) : (
          // Prism escapes the source and only adds token spans.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: Prism output, see above
          <code dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </pre>
    </section>
  );
}
