/**
 * @module Entry point for `npm start` and `certpath serve`: config from the environment, then serve.
 */
import { ConfigError, loadConfig } from "./config";
import { closeOnSignals, startServer } from "./server";

try {
  const config = loadConfig();
  const server = await startServer(config);
  const driver = config.databaseUrl ? "PostgreSQL" : `embedded PGlite in ${config.dataDir}`;
  console.log(`Certpath is running at ${server.url} (database: ${driver})`);
  closeOnSignals(server, (message) => console.log(message));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Could not start Certpath: ${String(error)}`);
  process.exit(1);
}
