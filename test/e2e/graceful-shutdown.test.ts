import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { projectRoot } from '../../platform/config.js';
import { freePort } from '../../platform/net.js';
import { migrateAll } from '../../scripts/stack.js';
import { seedWorld } from '../../scripts/seed/index.js';
import { createTestDatabase } from '../helpers/stack.js';

describe('SIGTERM (issue 9)', () => {
  it('a service closes its WebSockets with 1001 and exits 0 within the deadline', async () => {
    const database = await createTestDatabase();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sigterm-'));
    const port = await freePort();
    await migrateAll(database.url);
    await seedWorld(database.url);
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, DATA_DIR: dataDir, IDENTITY_PORT: String(port), LOG_LEVEL: 'warn' };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts/service.ts'), 'identity'],
      { cwd: projectRoot, env, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 100; i += 1) {
        if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const signIn = await fetch(`${url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { signIn(email: "anna@contoso.it", password: "Partner-Graph-2026!") { accessToken } }' }),
      });
      const token = ((await signIn.json()) as { data: { signIn: { accessToken: string } } }).data.signIn.accessToken;
      const client = createClient({
        url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false,
        onNonLazyError: () => undefined, connectionParams: { authorization: `Bearer ${token}` },
      });
      const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
      client.subscribe({ query: 'subscription { partnerUserChanged { eventId } }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const signalled = Date.now();
      child.kill('SIGTERM');
      expect(await closed).toBe(1001);
      expect(await exited).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(10_000);
      await client.dispose();
    } finally {
      child.kill('SIGKILL');
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
