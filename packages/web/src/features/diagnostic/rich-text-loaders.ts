/**
 * @module Lazy loaders for the two heavy renderers of question text: KaTeX (math, ~270 kB with its
 * CSS and fonts) and Prism (code highlighting). Each is fetched the first time a question needs
 * it, never on the landing route, and shared by every later question.
 */
import { useEffect, useState } from "react";

export type RenderMath = (tex: string, display: boolean) => string;
export type Highlight = (code: string, language: string) => string | null;

let math: Promise<RenderMath> | null = null;
let prism: Promise<Highlight> | null = null;

export function loadMath(): Promise<RenderMath> {
  math ??= Promise.all([import("katex"), import("katex/dist/katex.min.css")]).then(([katex]) => {
    return (tex: string, display: boolean) =>
      // throwOnError false: a TeX typo shows red source instead of breaking the question.
      katex.default.renderToString(tex, {
        displayMode: display,
        throwOnError: false,
        output: "htmlAndMathml",
      });
  });
  return math;
}

export function loadHighlighter(): Promise<Highlight> {
  prism ??= (async () => {
    // Manual mode: Prism must not scan and rewrite the page's DOM behind React's back.
    (globalThis as { Prism?: unknown }).Prism = { manual: true };
    const Prism = (await import("prismjs")).default;
    // Components register themselves on the global Prism, so they load after the core.
    await import("prismjs/components/prism-python");
    return (code: string, language: string) => {
      const grammar = Prism.languages[language];
      return grammar ? Prism.highlight(code, grammar, language) : null;
    };
  })();
  return prism;
}

/** The loaded renderer, or null until it arrives (callers show the plain source meanwhile). */
export function useLoaded<T>(load: () => Promise<T>, needed: boolean): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!needed) return;
    let live = true;
    load().then(
      (loaded) => live && setValue(() => loaded),
      () => undefined, // offline: the plain source stays readable
    );
    return () => {
      live = false;
    };
  }, [load, needed]);
  return value;
}
