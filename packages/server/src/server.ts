/**
 * @module Server: opens the database, migrates, builds the app and listens. Shutdown (SIGTERM or
 * SIGINT) stops accepting requests, lets in-flight ones finish, then closes the database so the
 * next start opens a clean data directory.
 */
import { fileURLToPath } from "node:url";
import { loadContent } from "@certpath/content";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app";
import type { Config } from "./config";
import { openDatabase } from "./db/database";
import { runMigrations } from "./db/migrations";
import { AnswerCache } from "./http/answer-cache";
import { startReminders } from "./wallet/start-reminders";

export const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  // Content is validated before anything opens: a broken data file stops the start with its name.
  const content = loadContent();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    pgliteTemplateDir: config.pgliteTemplateDir,
  });
  try {
    await runMigrations(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = await buildApp({
    database,
    content,
    staleAfterDays: config.staleAfterDays,
    webDist: config.webDist ?? DEFAULT_WEB_DIST,
    logLevel: config.logLevel,
    accounts: config.accounts,
    answerRateLimit: { limit: config.answersPerMinute },
    answerCache: new AnswerCache(config.answerCacheBytes),
  });
  await app.listen({ port: config.port, host: config.host });
  const reminders = await startReminders({ database, content, config, log: (m) => app.log.warn(m) });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  let closing: Promise<void> | undefined;
  return {
    app,
    url: `http://${config.host}:${port}`,
    close() {
      closing ??= (async () => {
        await reminders?.stop();
        await app.close();
        await database.close();
      })();
      return closing;
    },
  };
}

/** Closes the server once on SIGTERM/SIGINT and exits; a second signal exits at once. */
export function closeOnSignals(server: RunningServer, log: (message: string) => void): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    log(`${signal}: finishing in-flight requests and closing the database`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
