import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { SUBGRAPH_NAMES } from '../platform/supergraph.js';
import { loadTokenKeys } from '../platform/tokens.js';
import { openDatabaseServer } from './database-server.js';
import { isEmpty, seedWorld } from './seed/index.js';
import { CUSTOMERS, DEMO_PASSWORD, USERS } from './seed/world.js';
import { migrateAll } from './stack.js';

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo data on an empty database, then the
 * three subgraphs and the gateway as child processes. Ctrl-C stops them all, then the database.
 */
const config = loadConfig();
const logger = createLogger('launcher', config.logLevel);
// The launcher starts its services the way it runs itself: `service.ts` through tsx from the sources (`npm
// start`), plain `node` on `service.js` from the build (`npm run start:dist`).
const launcherFile = fileURLToPath(import.meta.url);
const serviceScript = path.join(path.dirname(launcherFile), `service${path.extname(launcherFile)}`);
const loaderArgs = path.extname(launcherFile) === '.ts' ? ['--import', 'tsx'] : [];
const CUSTOMER_TENANTS = Object.fromEntries(CUSTOMERS.map((customer) => [customer.id, true]));
const children = new Map<string, ChildProcess>();
let shuttingDown = false;

const database = await openDatabaseServer(config);
logger.info({ embedded: database.embedded }, 'database ready');

async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  const exits = [...children.values()].map((child) => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  }));
  const timeout = setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
  }, 12_000);
  await Promise.all(exits);
  clearTimeout(timeout);
  await database.stop().catch((error) => logger.error({ err: error }, 'database stop failed'));
  logger.info('stopped');
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

// The gateway reaches the subgraphs on the ports this launcher gave them.
const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) =>
  [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${config.ports[name]}/graphql`]));

function startService(name: string): ChildProcess {
  const child = spawn(process.execPath, [...loaderArgs, serviceScript, name], {
    // one process per service, so each names itself in traces
    env: {
      ...process.env, ...subgraphUrls, DATABASE_URL: database.url, DATA_DIR: config.dataDir, OTEL_SERVICE_NAME: `partner-graph-${name}`,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.once('exit', (code, signal) => {
    if (shuttingDown) return;
    logger.error({ service: name, code, signal }, 'service exited; stopping everything');
    void shutdown(1);
  });
  children.set(name, child);
  return child;
}

async function waitUntilReady(name: string, port: number, timeoutMs = 60_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (shuttingDown) return;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not become ready on port ${port}`);
}

try {
  await migrateAll(database.url, logger, config.logSql);
  if (await isEmpty(database.url)) {
    await seedWorld(database.url);
    logger.info('demo data loaded');
  }
  await loadTokenKeys(config); // generates development keys once, before the services read them
  for (const name of SUBGRAPH_NAMES) startService(name);
  await Promise.all(SUBGRAPH_NAMES.map((name) => waitUntilReady(name, config.ports[name])));
  startService('gateway');
  await waitUntilReady('gateway', config.ports.gateway);
  const signIns = USERS.map((user) => {
    const roles = user.tenantId in CUSTOMER_TENANTS
      ? `customer tenant ${user.tenantGlobalAdmin ? 'global admin' : 'user'}`
      : `${user.agentRole} / ${user.adminRole}`;
    return `    ${user.email.padEnd(22)} ${roles}`;
  });
  console.log([
    '',
    `partner-graph is running: http://localhost:${config.ports.gateway}/graphql`,
    `  dashboard: http://localhost:${config.ports.gateway}/dashboard  (the example frontend: trusted documents, @defer, live updates)`,
    `  database: ${database.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}`,
    `  demo sign-ins (password ${DEMO_PASSWORD}):`,
    ...signIns,
    '  sign in:  mutation { signIn(email: "anna@contoso.it", password: "…") { accessToken } }',
    '  then send  Authorization: Bearer <accessToken>',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'));
} catch (error) {
  logger.fatal({ err: error }, 'start failed');
  await shutdown(1);
}
