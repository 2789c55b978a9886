import { describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/database";
import { readMigrationStatus, runMigrations } from "../src/db/migrations";
import { createPostgresDatabase, DATABASE_CASES } from "./support/databases";

describe.each(DATABASE_CASES)("migrations on $name", (dbCase) => {
  it.skipIf(dbCase.skipReason)("apply every migration once; a second run changes nothing", async () => {
    const database = await dbCase.open();
    try {
      const first = await readMigrationStatus(database);
      expect(first.applied).toBe(first.expected);
      await runMigrations(database);
      expect(await readMigrationStatus(database)).toEqual(first);
    } finally {
      await database.close();
    }
  });
});

const postgres = DATABASE_CASES.find((c) => c.name === "postgres");

describe("migrations with several servers starting together", () => {
  it.skipIf(postgres?.skipReason)("run once under the advisory lock", async () => {
    const url = await createPostgresDatabase();
    const servers = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: url, poolSize: 3 })));
    try {
      await Promise.all(servers.map((server) => runMigrations(server)));
      const [first] = servers;
      if (!first) throw new Error("no server");
      const status = await readMigrationStatus(first);
      expect(status.applied).toBe(status.expected);
      const rows = await first.execute("select count(*)::int as n from drizzle.__drizzle_migrations");
      expect(rows[0]?.n).toBe(status.expected);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  });
});
