/**
 * @module `certpath serve`: the web app and API on the embedded database (or DATABASE_URL).
 */
import { ConfigError, closeOnSignals, loadConfig, startServer } from "@certpath/server";
import type { Command } from "commander";
import { UsageError } from "../usage-error";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("run the web app and API (embedded PGlite unless DATABASE_URL is set)")
    .option("-p, --port <port>", "port to listen on (default: $PORT or 3000)")
    .option(
      "-d, --data-dir <dir>",
      "embedded database directory (default: $CERTPATH_DATA_DIR or ./.certpath)",
    )
    .option("--host <host>", "interface to bind (default: $HOST or 127.0.0.1)")
    .action(async (options: { port?: string; dataDir?: string; host?: string }) => {
      const env = { ...process.env };
      if (options.port !== undefined) env.PORT = options.port;
      if (options.dataDir !== undefined) env.CERTPATH_DATA_DIR = options.dataDir;
      if (options.host !== undefined) env.HOST = options.host;
      let config: ReturnType<typeof loadConfig>;
      try {
        config = loadConfig(env);
      } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
      }
      const server = await startServer(config);
      const where = config.databaseUrl ? "PostgreSQL" : `embedded PGlite in ${config.dataDir}`;
      console.log(`Certpath is running at ${server.url} (database: ${where})`);
      closeOnSignals(server, (message) => console.log(message));
    });
}
