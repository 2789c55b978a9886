// `npm start`: builds the web app when its sources are newer than the build, then runs the server
// (migrations apply at start). Signals pass through so SIGTERM closes the database cleanly.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const web = path.join(root, "packages/web");
const builtIndex = path.join(web, "dist/index.html");

function newestMtime(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function webIsStale() {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  // The build's own plugins (vite.config.ts, vite-precompress.ts, vite-route-pages.ts) shape the output too.
  const plugins = readdirSync(web)
    .filter((name) => /^vite.*\.ts$/.test(name))
    .map((name) => path.join(web, name));
  const sources = [
    path.join(web, "src"),
    path.join(web, "index.html"),
    path.join(root, "packages/core/src"),
    ...plugins,
  ];
  return sources.some((source) => existsSync(source) && newestMtime(source) > built);
}

if (webIsStale()) {
  console.log("Building the web app…");
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: web, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "packages/server/src/main.ts")], {
  stdio: "inherit",
  env: { LOG_LEVEL: "warn", ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
