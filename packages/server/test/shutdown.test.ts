/**
 * SIGTERM during a stream of writes: every acknowledged write survives, and the next start on the
 * same data directory is clean (the embedded database closes properly).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer } from "./support/server-process";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "certpath-shutdown-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("graceful shutdown on the embedded database", () => {
  it("keeps every acknowledged write and restarts cleanly", async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const first = await spawnServer({ CERTPATH_DATA_DIR: dataDir }, port);
    let lastAcknowledged = -1;
    let lastSent = -1;
    let stop = false;
    const writer = (async () => {
      for (let budget = 0; !stop; budget++) {
        lastSent = budget;
        try {
          const response = await fetch(`${first.url}/api/profile`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ budgetUsd: budget, industry: "healthcare" }),
          });
          if (response.status === 200) lastAcknowledged = budget;
          else break;
        } catch {
          break; // the server stopped accepting connections
        }
      }
    })();
    // Let a good number of writes land, then signal in the middle of the stream.
    while (lastAcknowledged < 50) await new Promise((resolve) => setTimeout(resolve, 10));
    first.child.kill("SIGTERM");
    const code = await first.exited;
    stop = true;
    await writer;
    expect(code).toBe(0);
    expect(first.output()).toContain("SIGTERM");

    const second = await spawnServer({ CERTPATH_DATA_DIR: dataDir }, port + 1);
    try {
      const health = (await (await fetch(`${second.url}/api/health`)).json()) as { status: string };
      expect(health.status).toBe("ok");
      const stored = (await (await fetch(`${second.url}/api/profile`)).json()) as {
        profile: { budgetUsd: number; industry: string };
      };
      // The write in flight at the signal may have committed without its reply arriving.
      expect(stored.profile.budgetUsd).toBeGreaterThanOrEqual(lastAcknowledged);
      expect(stored.profile.budgetUsd).toBeLessThanOrEqual(lastSent);
      expect(stored.profile.industry).toBe("healthcare");
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  });
});
