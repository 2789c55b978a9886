/**
 * Logged errors keep the failed query and lose its parameters (session tokens, e-mail addresses):
 * a real failed query on PGlite, through the server's own logger.
 */
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/db/database";
import { redactQueryParameters, serializeError, serializeLoggedError } from "../src/http/log-redaction";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://" });
});
afterAll(async () => database?.close());

async function failedQuery(secret: string): Promise<unknown> {
  try {
    await database.db.execute(sql`select ${secret}::text as token from no_such_table`);
  } catch (error) {
    return error;
  }
  throw new Error("the query should have failed");
}

describe("log redaction", () => {
  it("keeps the query and drops its parameters, through the cause chain", async () => {
    const error = await failedQuery("session-token-5f2c");
    expect(String((error as Error).message)).toContain("session-token-5f2c");
    const logged = JSON.stringify(serializeError(error));
    expect(logged).toContain("Failed query");
    expect(logged).toContain("params: [redacted]");
    expect(logged).not.toContain("session-token-5f2c");
  });

  it("is what the server's logger writes", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = Fastify({
      logger: { level: "info", stream, serializers: { err: serializeLoggedError } },
    });
    app.log.error({ err: await failedQuery("alice@example.com") }, "unhandled error");
    await app.close();
    const output = lines.join("");
    expect(output).toContain("unhandled error");
    expect(output).toContain("Failed query");
    expect(output).not.toContain("alice@example.com");
  });

  it("leaves text without parameters alone", () => {
    expect(redactQueryParameters("Failed to get session")).toBe("Failed to get session");
    expect(serializeError(undefined)).toBeUndefined();
    expect(serializeError("plain")?.message).toBe("plain");
  });
});
