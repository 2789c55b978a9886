/** @module Where drizzle-kit writes the SQL migrations (packages/server/drizzle/). */
import { fileURLToPath } from "node:url";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../drizzle", import.meta.url));
