// Runs outside jest's module system, so the TypeScript platform module is loaded through tsx.
import { mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The PostgreSQL server tests create their databases on: `DATABASE_URL` when set (CI), else an embedded
 * server of our own in a temporary directory, on a free port, so tests run beside a running `npm start`.
 */
export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_SERVER = process.env.DATABASE_URL;
    return;
  }
  const { startEmbeddedPostgres } = await tsImport('../../platform/embedded-postgres.ts', import.meta.url);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'partner-graph-test-'));
  const handle = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  process.env.TEST_DATABASE_SERVER = handle.url;
  globalThis.__embeddedPostgres = { handle, dataDir };
}
