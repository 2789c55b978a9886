/** @module @certpath/cli — the program, for tests. */
export { createProgram } from "./program";
