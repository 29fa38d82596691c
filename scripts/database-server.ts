import { loadConfig, type PlatformConfig } from '../platform/config.js';
import { databaseUrl, ensureDatabase } from '../platform/database.js';
import { startEmbeddedPostgres } from '../platform/embedded-postgres.js';

export const EMBEDDED_DATABASE = 'partner_graph';

/**
 * The database the stack runs on: `DATABASE_URL` when set, else the embedded PostgreSQL in the data
 * directory (started here, stopped by `stop`).
 */
export async function openDatabaseServer(config: PlatformConfig = loadConfig()) {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort });
  try {
    await ensureDatabase(server.url, EMBEDDED_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: databaseUrl(server.url, EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
}
