/**
 * @module Where the content lives: data/ at the repository root, or $CERTPATH_CONTENT_DIR (tests
 * point it at fixtures with deliberate mistakes).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../../data", import.meta.url));

export function resolveDataDir(override?: string): string {
  return path.resolve(override ?? process.env.CERTPATH_CONTENT_DIR ?? DEFAULT_DATA_DIR);
}
