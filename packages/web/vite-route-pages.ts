/**
 * @module A Vite plugin that writes, beside index.html, one copy of it per lazily loaded page
 * (`routes/certifications.html` for /certifications) that also names the page's own chunks as
 * `modulepreload` (and its CSS as `preload`). The browser then fetches the page's code together
 * with the entry instead of after it has run: one round trip less before the page shows. The
 * server sends that copy for the page's path and index.html for every other one
 * (packages/server/src/http/web-app.ts).
 */
import path from "node:path";
import type { Plugin } from "vite";

/** Where the copies go, under the build's output directory. */
export const ROUTE_PAGES_DIR = "routes";

interface ChunkLike {
  type: "chunk";
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** A route path ("/certifications") as a file under ROUTE_PAGES_DIR ("routes/certifications.html"). */
export function routePageFile(route: string): string {
  if (!/^(\/[a-z0-9-]+)+$/.test(route)) throw new Error(`route pages: "${route}" is not a plain path`);
  return `${ROUTE_PAGES_DIR}${route}.html`;
}

/**
 * @param routes each route path with the module its page is lazily imported from (relative to the
 *   web package), as in src/app/App.tsx. A module that is no lazy chunk of the build is an error,
 *   so a renamed page cannot silently lose its preload.
 */
export function routePages(routes: Readonly<Record<string, string>>): Plugin {
  let root = process.cwd();
  let base = "/";
  return {
    name: "certpath:route-pages",
    apply: "build",
    // After Vite's HTML plugin has put index.html into the bundle.
    enforce: "post",
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const index = bundle["index.html"];
      if (index?.type !== "asset" || typeof index.source !== "string") {
        return this.error("route pages: the bundle has no index.html");
      }
      const html = index.source;
      if (!html.includes("</head>")) this.error("route pages: index.html has no </head>");
      const chunks = new Map<string, ChunkLike>();
      for (const output of Object.values(bundle)) {
        if (output.type === "chunk") chunks.set(output.fileName, output as unknown as ChunkLike);
      }
      const closure = (fileName: string, seen = new Set<string>()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const next of chunks.get(fileName)?.imports ?? []) closure(next, seen);
        return seen;
      };
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      if (!entry) return this.error("route pages: the bundle has no entry chunk");
      const loaded = closure(entry.fileName);
      const entryCss = new Set(
        [...loaded].flatMap((f) => [...(chunks.get(f)?.viteMetadata?.importedCss ?? [])]),
      );

      for (const [route, module] of Object.entries(routes)) {
        const id = path.resolve(root, module);
        const page = [...chunks.values()].find((chunk) => chunk.facadeModuleId === id);
        if (!page) return this.error(`route pages: ${module} (for ${route}) is not a chunk of this build`);
        const files = [...closure(page.fileName)].filter((f) => !loaded.has(f));
        const css = new Set(
          files
            .flatMap((f) => [...(chunks.get(f)?.viteMetadata?.importedCss ?? [])])
            .filter((f) => !entryCss.has(f)),
        );
        const links = [
          ...files.map((f) => `<link rel="modulepreload" crossorigin href="${base}${f}">`),
          ...[...css].map((f) => `<link rel="preload" as="style" crossorigin href="${base}${f}">`),
        ];
        this.emitFile({
          type: "asset",
          fileName: routePageFile(route),
          source: html.replace("</head>", `  ${links.join("\n    ")}\n  </head>`),
        });
      }
    },
  };
}
