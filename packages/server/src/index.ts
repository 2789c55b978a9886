/** @module @certpath/server — what the CLI and tests use. */

export type { AppOptions } from "./app";
export { buildApp } from "./app";
export { latestItemParameters, runCalibration } from "./calibration/calibrate-bank";
export type { Config } from "./config";
export { ConfigError, loadConfig } from "./config";
export type { Profile } from "./contracts/profile";
export { ProfileSchema } from "./contracts/profile";
export type { DatabaseHandle } from "./db/database";
export { openDatabase } from "./db/database";
export { runMigrations } from "./db/migrations";
export * as assessmentEngine from "./routes/assessments-engine";
export { planToIcs } from "./routes/plan-ics";
export type { RunningServer } from "./server";
export { closeOnSignals, startServer } from "./server";
export { VERSION } from "./version";
