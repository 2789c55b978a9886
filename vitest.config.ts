import { defineConfig } from "vitest/config";

// One config, one project per package, so `vitest run` covers everything and each package keeps
// its own environment (web tests run in happy-dom, the rest in node).
export default defineConfig({
  test: {
    // Two cores here; PGlite instances cost ~650 MB each, so two workers at most.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "core",
          root: "packages/core",
          environment: "node",
          setupFiles: ["test/fast-check-seed.ts"],
        },
      },
      { test: { name: "content", root: "packages/content", environment: "node" } },
      {
        test: {
          name: "server",
          root: "packages/server",
          environment: "node",
          // PGlite costs ~4 s per instance: longer timeouts.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ["test/global-setup.ts"],
        },
      },
      { test: { name: "cli", root: "packages/cli", environment: "node", testTimeout: 60_000 } },
      { test: { name: "web", root: "packages/web", environment: "happy-dom" } },
    ],
  },
});
