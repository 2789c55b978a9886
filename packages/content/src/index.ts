/** @module @certpath/content — zod schemas and loaders for data/. */
export { DEFAULT_DATA_DIR, resolveDataDir } from "./data-dir";
