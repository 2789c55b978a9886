import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/certpath.mjs", import.meta.url));

function certpath(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
}

describe("certpath", () => {
  it("prints help listing serve, exit 0", () => {
    const result = certpath("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage: certpath");
    expect(result.stdout).toContain("serve");
  });

  it("prints the version, exit 0", () => {
    const result = certpath("--version");
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("rejects an unknown command with exit 2", () => {
    const result = certpath("frobnicate");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command");
  });

  it("rejects a bad port with a message naming PORT and exit 2", () => {
    const result = certpath("serve", "--port", "eighty");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("PORT");
  });
});
