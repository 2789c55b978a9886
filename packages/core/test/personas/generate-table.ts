/**
 * Regenerates the persona table in docs/algorithms/recommendation.md from the engine:
 *   npx tsx packages/core/test/personas/generate-table.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCloudMarket, loadContent } from "@certpath/content";
import { personaTable, TABLE_END, TABLE_START } from "./persona-table";

export const DOC = fileURLToPath(new URL("../../../../docs/algorithms/recommendation.md", import.meta.url));

const doc = readFileSync(DOC, "utf8");
const start = doc.indexOf(TABLE_START);
const end = doc.indexOf(TABLE_END);
if (start < 0 || end < start) throw new Error(`${DOC} lacks the persona-table markers`);
const table = personaTable(loadContent().certifications, loadCloudMarket());
writeFileSync(DOC, doc.slice(0, start) + table + doc.slice(end + TABLE_END.length));
console.log(`persona table written to ${DOC}`);
