/**
 * Several stateless app servers on one PostgreSQL: a whole journey round-robin across three
 * servers, one of them killed mid-journey, loses nothing. The same journey against servers that
 * keep state in memory (a deliberate fixture) fails, which shows the test can catch it.
 */
import Fastify from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, DATABASE_CASES } from "./support/databases";
import { runJourney } from "./support/journey";
import { type ServerProcess, spawnServer } from "./support/server-process";

const postgres = DATABASE_CASES.find((c) => c.name === "postgres");
const basePort = 21_000 + Math.floor(Math.random() * 20_000);
const running: ServerProcess[] = [];

afterAll(async () => {
  for (const server of running) {
    if (server.child.exitCode === null) server.child.kill("SIGTERM");
    await server.exited;
  }
});

describe("scale-out on one PostgreSQL", () => {
  it.skipIf(postgres?.skipReason)(
    "keeps a journey whole across three servers, one killed mid-way",
    async () => {
      const databaseUrl = await createPostgresDatabase();
      const origin = `http://127.0.0.1:${basePort}`;
      // Start together: migrations run once under the advisory lock.
      const servers = await Promise.all(
        [0, 1, 2].map((i) =>
          spawnServer(
            {
              DATABASE_URL: databaseUrl,
              // One public address for all servers, as behind a load balancer; no anonymous use, so
              // every step after sign-up proves the session works on any server.
              CERTPATH_BASE_URL: origin,
              CERTPATH_SECURE_COOKIES: "false",
              CERTPATH_ALLOW_ANONYMOUS: "false",
            },
            basePort + i,
          ),
        ),
      );
      running.push(...servers);
      const alive = new Set(servers);
      const problems = await runJourney({
        account: { origin },
        servers: () => [...alive].map((s) => s.url),
        afterStep: async (step) => {
          if (step === 5) {
            const victim = servers[1] as ServerProcess;
            victim.child.kill("SIGKILL");
            await victim.exited;
            alive.delete(victim);
          }
        },
      });
      expect(problems).toEqual([]);
      expect(alive.size).toBe(2);
    },
  );

  it("fails against servers that keep the profile in memory (fixture)", async () => {
    // Two in-memory "servers": each answers the profile routes from its own Map.
    const fixtures = await Promise.all(
      [0, 1].map(async () => {
        const app = Fastify();
        let stored: unknown = null;
        app.put("/api/profile", async (request) => {
          stored = request.body;
          return { profile: stored };
        });
        app.get("/api/profile", async (_request, reply) =>
          stored ? { profile: stored } : reply.status(404).send({ error: "not_found" }),
        );
        const url = await app.listen({ port: 0, host: "127.0.0.1" });
        return { app, url };
      }),
    );
    try {
      const problems = await runJourney({ servers: () => fixtures.map((f) => f.url) });
      expect(problems[0]).toMatch(/^read the profile on another server/);
    } finally {
      await Promise.all(fixtures.map((f) => f.app.close()));
    }
  });
});
