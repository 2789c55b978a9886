/**
 * Where a fresh start's time goes: the same steps as packages/server/src/server.ts, timed one by
 * one in a new process on a fresh PGlite data directory (run.mjs measures the whole `npm start`).
 * The first run on a machine (or after a migration changes) has no template yet: it runs initdb
 * and saves one; later runs load it (packages/server/src/db/pglite-template.ts).
 *
 *   node --import tsx bench/startup/phases.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const processStart = performance.now() - process.uptime() * 1000;
const marks: Array<[string, number]> = [];
let last = processStart;
const mark = (name: string) => {
  const t = performance.now();
  marks.push([name, t - last]);
  last = t;
};

mark("node start + tsx loader (until this module runs)");
const { loadContent } = await import("@certpath/content");
const { openDatabase } = await import("../../packages/server/src/db/database");
const { runMigrations } = await import("../../packages/server/src/db/migrations");
const { buildApp } = await import("../../packages/server/src/app");
mark("import the server's modules (fastify, better-auth, drizzle, pglite …)");
const content = loadContent();
mark("load and validate data/ (loadContent)");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "certpath-phases-"));
const database = await openDatabase({ dataDir });
mark(
  database.pgliteOrigin === "template"
    ? "open PGlite on a fresh directory (from the migrated template)"
    : "open PGlite on a fresh directory (initdb + migrations + save the template)",
);
await runMigrations(database);
mark("run migrations");
const app = await buildApp({ database, content, webDist: path.resolve("packages/web/dist") });
mark("build the app (plugins, routes, auth)");
await app.listen({ port: 0, host: "127.0.0.1" });
mark("listen");
await app.close();
await database.close();
rmSync(dataDir, { recursive: true, force: true });

const total = marks.reduce((sum, [, ms]) => sum + ms, 0);
console.log("| phase | ms |\n|---|---|");
for (const [name, ms] of marks) console.log(`| ${name} | ${Math.round(ms)} |`);
console.log(`| **total** | **${Math.round(total)}** |`);
