/**
 * @module Runs Python snippets in fresh processes (Debian's /usr/bin/python3 by default, which has
 * numpy, pandas, scikit-learn and torch from Debian packages; $CERTPATH_PYTHON overrides).
 */
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const HARNESS = fileURLToPath(new URL("./run_snippet.py", import.meta.url));
export const DEFAULT_PYTHON = process.env.CERTPATH_PYTHON ?? "/usr/bin/python3";

export interface SnippetRun {
  stdout: string;
  exception: string | null;
  line: number | null;
  /** Why the run itself failed (timeout, no verdict), as opposed to the snippet raising. */
  failure: string | null;
}

export function runSnippet(code: string, python = DEFAULT_PYTHON, timeoutMs = 30_000): Promise<SnippetRun> {
  return new Promise((resolve) => {
    const child = spawn(python, [HARNESS], {
      stdio: ["pipe", "pipe", "pipe"],
      // Fixed hash seed and one thread: the same snippet prints the same thing on every machine.
      env: {
        ...process.env,
        PYTHONHASHSEED: "0",
        OMP_NUM_THREADS: "1",
        MKL_NUM_THREADS: "1",
        PYTHONWARNINGS: "ignore",
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({
        stdout,
        exception: null,
        line: null,
        failure: `could not start ${python}: ${error.message}`,
      });
    });
    child.on("close", () => {
      clearTimeout(timer);
      const last = stderr.trim().split("\n").at(-1) ?? "";
      try {
        const verdict = JSON.parse(last) as { exception: string | null; line: number | null };
        resolve({ stdout, exception: verdict.exception, line: verdict.line, failure: null });
      } catch {
        resolve({
          stdout,
          exception: null,
          line: null,
          failure: `no verdict (timeout after ${timeoutMs} ms?): ${stderr.slice(-300)}`,
        });
      }
    });
    child.stdin.end(code);
  });
}

/** Versions of the interpreter and libraries the bank was verified with. */
export function pythonVersions(python = DEFAULT_PYTHON): Record<string, string> {
  const probe = spawnSync(
    python,
    [
      "-c",
      `import json, sys, importlib
out = {"python": sys.version.split()[0]}
for name in ["numpy", "pandas", "sklearn", "torch"]:
    try:
        out[name] = importlib.import_module(name).__version__
    except Exception as error:
        out[name] = "missing: " + type(error).__name__
print(json.dumps(out))`,
    ],
    { encoding: "utf8", env: { ...process.env, PYTHONWARNINGS: "ignore" } },
  );
  if (probe.status !== 0) return { python: `unavailable (${python})` };
  return JSON.parse(probe.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, string>;
}
