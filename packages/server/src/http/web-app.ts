/**
 * @module Web app serving: the built React app from packages/web/dist, with history-API fallback
 * (any GET outside /api that is not a file gets index.html) and JSON 404s for the API.
 *
 * Compression: the web build writes a Brotli (.br) and a gzip (.gz) copy beside each compressible
 * file (packages/web/vite-precompress.ts); `preCompressed` sends the best one the browser accepts
 * (with `Vary: accept-encoding`), and the file itself otherwise, so nothing is compressed per request.
 * Pages: a lazily loaded page may have its own copy of index.html, routes/<path>.html, that also
 * preloads the page's code (packages/web/vite-route-pages.ts); its path gets that copy, and every
 * other path outside /api gets index.html.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Where the web build puts the per-page copies of index.html (ROUTE_PAGES_DIR in the web package). */
const ROUTE_PAGES_DIR = "routes";

/** "/certifications" -> "routes/certifications.html", for each copy the build wrote. */
function findRoutePages(webDist: string): Map<string, string> {
  const pages = new Map<string, string>();
  const dir = path.join(webDist, ROUTE_PAGES_DIR);
  if (!existsSync(dir)) return pages;
  for (const entry of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const file = entry.split(path.sep).join("/");
    if (!file.endsWith(".html")) continue;
    pages.set(`/${file.slice(0, -".html".length)}`, `${ROUTE_PAGES_DIR}/${file}`);
  }
  return pages;
}

export async function installWebApp(app: FastifyInstance, webDist: string | undefined): Promise<void> {
  const hasWeb = webDist !== undefined && existsSync(path.join(webDist, "index.html"));
  const routePages = hasWeb ? findRoutePages(webDist) : new Map<string, string>();
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      preCompressed: true,
      // The compressed copies are found through `preCompressed`, not served under their own names.
      // The per-page copies of index.html are sent for their page's path, not under their own.
      globIgnore: ["**/*.br", "**/*.gz", `${ROUTE_PAGES_DIR}/**`],
      // Hashed assets never change; index.html must always be revalidated.
      setHeaders(res, filePath) {
        res.header(
          "cache-control",
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? "public, max-age=31536000, immutable"
            : "no-cache",
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith("/api/") || request.url === "/api";
    if (hasWeb && request.method === "GET" && !isApi) {
      const pathname = request.url.split("?", 1)[0] ?? "/";
      const page = routePages.get(pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname);
      return reply.header("cache-control", "no-cache").sendFile(page ?? "index.html");
    }
    return reply
      .status(404)
      .send({ error: "not_found", message: `No route for ${request.method} ${request.url}` });
  });
}
