// Typechecks every project with its own tsconfig (core has no node/DOM types on purpose).
import { spawnSync } from "node:child_process";

const projects = [
  "packages/core/tsconfig.json",
  "packages/core/tsconfig.test.json",
  "packages/content/tsconfig.json",
  "packages/server/tsconfig.json",
  "packages/cli/tsconfig.json",
  "packages/web/tsconfig.json",
  "tsconfig.json",
];
let failed = 0;
for (const project of projects) {
  const result = spawnSync("npx", ["tsc", "-p", project], { stdio: "inherit" });
  if (result.status !== 0) {
    failed++;
    console.error(`typecheck failed: ${project}`);
  }
}
process.exit(failed ? 1 : 0);
