/**
 * @module PGlite template: a fresh embedded data directory is made by copying the data directory
 * of an empty, fully migrated database instead of running initdb (≈ 2 s of a ≈ 3.5 s first
 * start here).
 *
 * - The template is a data directory PGlite itself created, migrated and closed (a clean
 *   shutdown); a fresh directory is a plain file copy of it, opened normally — an ordinary data
 *   directory from then on. (PGlite's own `dumpDataDir()` / `loadDataDir` tarballs were tried
 *   first: loading one through PGlite's virtual file system cost ≈ 0.3–0.8 s more than the copy
 *   on this machine; bench/startup/RESULTS.md.)
 * - It is keyed by the PGlite version and a hash of every migration file, so a template is only
 *   used for exactly the migration set it was made with; a changed or added migration means a new
 *   key, and the old template is ignored (and pruned when the new one is saved).
 * - It is saved by the first fresh start on this machine, right after initdb and the migrations
 *   and before the database handle is returned to anything else, so it never holds anyone's data.
 * - It is only an optimisation: a missing, damaged or unwritable template falls back to initdb.
 */
import { createHash, randomUUID } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MIGRATIONS_FOLDER } from "./migrations-folder";

export interface PgliteTemplateOptions {
  /** Directory holding the templates (one data directory per migration set). */
  directory: string;
  /** The migrations the template is made with and keyed to. */
  migrationsFolder: string;
}

const PREFIX = "pglite-";
/** Bump when the way a template is made changes, so old templates are not reused. */
const FORMAT = "2";

/**
 * `node_modules/.cache/certpath` nearest the server package (ignored by git, survives restarts), or
 * `setting` — CERTPATH_PGLITE_TEMPLATE_DIR, read by loadConfig: a directory, or `off` to always run
 * initdb; a knob for read-only installs and for measuring a machine's very first start
 * (bench/startup).
 */
export function defaultPgliteTemplateOptions(setting?: string): PgliteTemplateOptions | false {
  if (setting === "off") return false;
  if (setting) return { directory: path.resolve(setting), migrationsFolder: MIGRATIONS_FOLDER };
  let dir = fileURLToPath(new URL("../..", import.meta.url));
  let nodeModules = path.join(dir, "node_modules");
  while (!existsSync(nodeModules) && path.dirname(dir) !== dir) {
    dir = path.dirname(dir);
    nodeModules = path.join(dir, "node_modules");
  }
  return { directory: path.join(nodeModules, ".cache", "certpath"), migrationsFolder: MIGRATIONS_FOLDER };
}

function pgliteVersion(): string {
  try {
    const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
    const manifest = JSON.parse(readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8"));
    return String(manifest.version);
  } catch {
    return "unknown";
  }
}

/**
 * The template's key: the PGlite version (its data format) and every migration file — the journal
 * and each SQL file it lists, in order. Any edit, addition or removal changes the key.
 */
export function pgliteTemplateKey(migrationsFolder: string): string {
  const hash = createHash("sha256").update(`format ${FORMAT}\npglite ${pgliteVersion()}\n`);
  const journalText = readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8");
  hash.update(journalText);
  const journal = JSON.parse(journalText) as { entries: Array<{ tag: string }> };
  for (const { tag } of journal.entries) {
    hash.update(`\n-- ${tag}\n`).update(readFileSync(path.join(migrationsFolder, `${tag}.sql`)));
  }
  return hash.digest("hex").slice(0, 16);
}

/** The template's directory for exactly these migrations (it may not exist yet). */
export function pgliteTemplatePath(options: PgliteTemplateOptions): string {
  return path.join(options.directory, `${PREFIX}${pgliteTemplateKey(options.migrationsFolder)}`);
}

/**
 * Copies the template for these migrations into `target` (an empty directory). False when there is
 * no complete template; the copy may be partial if it throws (the caller starts over).
 */
export function copyPgliteTemplate(options: PgliteTemplateOptions, target: string): boolean {
  const template = pgliteTemplatePath(options);
  if (
    !existsSync(path.join(template, "PG_VERSION")) ||
    !existsSync(path.join(template, "global", "pg_control"))
  )
    return false;
  cpSync(template, target, { recursive: true });
  return true;
}

/**
 * Saves `source` — the data directory of a database that has just been initialised and migrated,
 * that nothing else has touched, and that is closed — as the template. Copied to a temporary
 * directory and renamed, so a concurrent start never copies half a template; older templates are
 * removed.
 */
export function savePgliteTemplate(source: string, options: PgliteTemplateOptions): void {
  const template = pgliteTemplatePath(options);
  mkdirSync(options.directory, { recursive: true });
  const temporary = `${template}.${randomUUID()}.tmp`;
  cpSync(source, temporary, { recursive: true });
  try {
    renameSync(temporary, template);
  } catch {
    // Another start saved the same template first.
    rmSync(temporary, { recursive: true, force: true });
  }
  pruneOtherTemplates(options.directory, path.basename(template));
}

/** Removes the template for these migrations (found damaged). */
export function dropPgliteTemplate(options: PgliteTemplateOptions): void {
  rmSync(pgliteTemplatePath(options), { recursive: true, force: true });
}

function pruneOtherTemplates(directory: string, keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(directory)) {
    if (!name.startsWith(PREFIX) || name === keep) continue;
    const file = path.join(directory, name);
    try {
      // Another process may be writing its own temporary copy right now: leave young ones alone.
      if (name.endsWith(".tmp") && statSync(file).mtimeMs > hourAgo) continue;
      rmSync(file, { recursive: true, force: true });
    } catch {
      // already gone
    }
  }
}
