// `npm run dev`: the API with reload on change (tsx watch) and the Vite dev server with hot module
// reload, which proxies /api to the API. Open http://127.0.0.1:5173.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const children = [
  spawn("npx", ["tsx", "watch", "packages/server/src/main.ts"], { cwd: root, stdio: "inherit" }),
  spawn("npx", ["vite", "--host", "127.0.0.1"], { cwd: path.join(root, "packages/web"), stdio: "inherit" }),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children)
  child.on("exit", (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
