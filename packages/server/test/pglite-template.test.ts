/**
 * The migrated PGlite template (src/db/pglite-template.ts): a fresh data directory made from it has
 * every migration and is an ordinary directory afterwards; it never carries data; it is keyed to
 * the migration set, so a stale one is not used and later migrations still apply.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/db/database";
import { MIGRATIONS_FOLDER, readJournal, readMigrationStatus, runMigrations } from "../src/db/migrations";
import { type PgliteTemplateOptions, pgliteTemplateKey, pgliteTemplatePath } from "../src/db/pglite-template";

const scratch = mkdtempSync(path.join(os.tmpdir(), "certpath-template-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => path.join(scratch, `data-${++dirs}`);
const template: PgliteTemplateOptions = {
  directory: path.join(scratch, "templates"),
  migrationsFolder: MIGRATIONS_FOLDER,
};

async function migrationCount(db: DatabaseHandle): Promise<number> {
  const rows = await db.execute("select count(*)::int as n from drizzle.__drizzle_migrations");
  return Number(rows[0]?.n);
}

async function profileCount(db: DatabaseHandle): Promise<number> {
  return Number((await db.execute("select count(*)::int as n from profiles"))[0]?.n);
}

/** A copy of the real migrations plus one more, as if a later change had added it. */
function migrationsWithOneMore(): string {
  const folder = path.join(scratch, "migrations-plus-one");
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8"));
  const last = journal.entries.at(-1);
  const tag = `${String(last.idx + 1).padStart(4, "0")}_template_test`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag });
  writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  writeFileSync(
    path.join(folder, `${tag}.sql`),
    'CREATE TABLE "template_test" ("id" text PRIMARY KEY NOT NULL);',
  );
  return folder;
}

describe("PGlite data directories from the migrated template", () => {
  it("the first fresh directory runs initdb, applies every migration and saves the template", async () => {
    const db = await openDatabase({ dataDir: freshDir(), pgliteTemplate: template });
    try {
      expect(db.pgliteOrigin).toBe("initdb");
      expect(await migrationCount(db)).toBe(readJournal().length);
      expect(existsSync(path.join(pgliteTemplatePath(template), "PG_VERSION"))).toBe(true);
      // It was saved before anything wrote to the database: this row must not reach the template.
      await db.execute(
        `insert into profiles (owner_id, data) values ('someone', '{"secret":"do not copy"}'::jsonb)`,
      );
    } finally {
      await db.close();
    }
  });

  it("a fresh directory from the template has every migration, no data, and reopens normally", async () => {
    const dataDir = freshDir();
    const first = await openDatabase({ dataDir, pgliteTemplate: template });
    try {
      expect(first.pgliteOrigin).toBe("template");
      expect(await migrationCount(first)).toBe(readJournal().length);
      const status = await readMigrationStatus(first);
      expect(status.applied).toBe(status.expected);
      await runMigrations(first); // what the server does next: nothing left to apply
      expect(await migrationCount(first)).toBe(readJournal().length);
      expect(await profileCount(first)).toBe(0);
      await first.execute(`insert into profiles (owner_id, data) values ('local', '{"kept":true}'::jsonb)`);
    } finally {
      await first.close();
    }
    expect(existsSync(path.join(dataDir, "pglite.initialising"))).toBe(false);

    const again = await openDatabase({ dataDir, pgliteTemplate: template });
    try {
      expect(again.pgliteOrigin).toBe("existing");
      expect(await migrationCount(again)).toBe(readJournal().length);
      const rows = await again.execute("select owner_id, data from profiles");
      expect(rows).toEqual([{ owner_id: "local", data: { kept: true } }]);
    } finally {
      await again.close();
    }
  });

  it("migrations added after the template was made still apply on top of it", async () => {
    const db = await openDatabase({ dataDir: freshDir(), pgliteTemplate: template });
    try {
      expect(db.pgliteOrigin).toBe("template");
      // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver-specific type.
      await migrate(db.db as any, { migrationsFolder: migrationsWithOneMore() });
      expect(await migrationCount(db)).toBe(readJournal().length + 1);
      expect(await db.execute("select count(*)::int as n from template_test")).toEqual([{ n: 0 }]);
    } finally {
      await db.close();
    }
  });

  it("a template made for another migration set is not used, and is replaced", async () => {
    // A template directory of its own holding the current template, which is stale for `plusOne`.
    const current: PgliteTemplateOptions = { ...template, directory: path.join(scratch, "templates-stale") };
    mkdirSync(current.directory, { recursive: true });
    cpSync(pgliteTemplatePath(template), pgliteTemplatePath(current), { recursive: true });
    const plusOne: PgliteTemplateOptions = { ...current, migrationsFolder: migrationsWithOneMore() };
    expect(pgliteTemplateKey(plusOne.migrationsFolder)).not.toBe(pgliteTemplateKey(MIGRATIONS_FOLDER));

    const db = await openDatabase({ dataDir: freshDir(), pgliteTemplate: plusOne });
    try {
      expect(db.pgliteOrigin).toBe("initdb");
      expect(await migrationCount(db)).toBe(readJournal().length + 1);
    } finally {
      await db.close();
    }
    expect(readdirSync(current.directory)).toEqual([path.basename(pgliteTemplatePath(plusOne))]);

    // And the new template carries the new migration.
    const next = await openDatabase({ dataDir: freshDir(), pgliteTemplate: plusOne });
    try {
      expect(next.pgliteOrigin).toBe("template");
      expect(await migrationCount(next)).toBe(readJournal().length + 1);
      expect(await next.execute("select count(*)::int as n from template_test")).toEqual([{ n: 0 }]);
    } finally {
      await next.close();
    }
  });

  it("a damaged template is dropped and the directory initialised the usual way", async () => {
    const broken: PgliteTemplateOptions = {
      directory: path.join(scratch, "broken"),
      migrationsFolder: MIGRATIONS_FOLDER,
    };
    // Looks complete (PG_VERSION, global/pg_control) but holds no database.
    mkdirSync(path.join(pgliteTemplatePath(broken), "global"), { recursive: true });
    writeFileSync(path.join(pgliteTemplatePath(broken), "PG_VERSION"), "18\n");
    writeFileSync(path.join(pgliteTemplatePath(broken), "global", "pg_control"), "not a control file");
    const db = await openDatabase({ dataDir: freshDir(), pgliteTemplate: broken });
    try {
      expect(db.pgliteOrigin).toBe("initdb");
      expect(await migrationCount(db)).toBe(readJournal().length);
    } finally {
      await db.close();
    }
    // Replaced by a good one.
    const next = await openDatabase({ dataDir: freshDir(), pgliteTemplate: broken });
    try {
      expect(next.pgliteOrigin).toBe("template");
      expect(await migrationCount(next)).toBe(readJournal().length);
    } finally {
      await next.close();
    }
  });

  it("a directory left half-initialised by a killed first start is started over", async () => {
    const dataDir = freshDir();
    mkdirSync(path.join(dataDir, "pglite"), { recursive: true });
    writeFileSync(path.join(dataDir, "pglite", "PG_VERSION"), "18\n");
    writeFileSync(path.join(dataDir, "pglite.initialising"), "");
    const db = await openDatabase({ dataDir, pgliteTemplate: template });
    try {
      expect(db.pgliteOrigin).toBe("template");
      expect(await migrationCount(db)).toBe(readJournal().length);
    } finally {
      await db.close();
    }
    expect(existsSync(path.join(dataDir, "pglite.initialising"))).toBe(false);
  });
});
