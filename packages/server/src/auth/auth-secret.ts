/**
 * @module The cookie-signing secret. From CERTPATH_AUTH_SECRET when set (recommended for
 * PostgreSQL deployments); otherwise generated once and kept in the database, so sessions survive
 * restarts and every server of one deployment signs with the same secret. Insert-if-absent then
 * read: two servers starting together agree on whichever row won.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { serverSecrets } from "../db/account-schema";
import type { Database } from "../db/database";

const AUTH_SECRET_NAME = "auth-cookie-secret";

export async function resolveAuthSecret(db: Database, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insert(serverSecrets)
    .values({ name: AUTH_SECRET_NAME, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(serverSecrets).where(eq(serverSecrets.name, AUTH_SECRET_NAME));
  if (!row) throw new Error("the generated auth secret was not stored");
  return row.value;
}
