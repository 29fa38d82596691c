/**
 * The embedded PostgreSQL a newcomer gets (no DATABASE_URL) folds case like the machine's server whatever the
 * caller's locale: with LANG unset, initdb used to make a SQL_ASCII cluster whose lower() leaves non-ASCII letters
 * alone, so case-insensitive search and text keyset cursors broke on "ΣΊΣΥΦΟΣ Α.Ε." (issue 13 kind 5).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../platform/embedded-postgres.js';
import { freePort } from '../../platform/net.js';

const LOCALE_VARIABLES = ['LANG', 'LC_ALL', 'LC_CTYPE', 'LC_COLLATE'] as const;

describe('embedded PostgreSQL (issue 13 kind 5)', () => {
  let dataDir: string;
  let server: EmbeddedPostgresHandle | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'embedded-locale-'));
    const saved = Object.fromEntries(LOCALE_VARIABLES.map((name) => [name, process.env[name]]));
    for (const name of LOCALE_VARIABLES) delete process.env[name];
    try {
      server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    } finally {
      for (const name of LOCALE_VARIABLES) if (saved[name] !== undefined) process.env[name] = saved[name];
    }
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  test('a cluster initialised with no locale in the environment is UTF-8 and lower-cases every script', async () => {
    const client = new pg.Client(server!.url);
    await client.connect();
    try {
      const { rows: [row] } = await client.query<{ encoding: string; folded: string }>(
        "select current_setting('server_encoding') as encoding, lower('ΣΊΣΥΦΟΣ Α.Ε. Città ÉCOLE') as folded");
      expect(row).toEqual({ encoding: 'UTF8', folded: 'σίσυφοσ α.ε. città école' });
    } finally {
      await client.end();
    }
  });
});
