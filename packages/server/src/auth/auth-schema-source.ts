/**
 * @module The configuration the better-auth CLI reads to write src/db/auth-schema.ts. It builds the
 * same auth as the server (same plugins and rate-limit storage) on a database it never touches.
 * Regenerate after changing plugins (Node 20 needs the 1.6.33 CLI):
 *   cd packages/server && npx -y auth@1.6.33 generate --config src/auth/auth-schema-source.ts \
 *     --output src/db/auth-schema.ts -y
 */
import type { Database } from "../db/database";
import { createAuth } from "./auth";

export const auth = createAuth({
  db: {} as Database,
  baseURL: "http://127.0.0.1:3000",
  trustedOrigins: [],
  secret: "schema-generation-only-secret-not-used-at-runtime",
  secureCookies: true,
  deleteOwnedData: async () => {},
});
