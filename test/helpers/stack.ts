import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { generateKeyPair } from 'jose';
import pg from 'pg';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import type { QueryLimits } from '../../gateway/limits.js';
import type { TrustedDocumentsSettings } from '../../gateway/trusted-documents.js';
import { accessStateSettings } from '../../platform/access-state.js';
import { loadConfig, type PlatformConfig } from '../../platform/config.js';
import { databaseUrl, dropDatabase, ensureDatabase } from '../../platform/database.js';
import { createLogger, type Logger } from '../../platform/logger.js';
import { SUBGRAPH_NAMES, SUPERGRAPH_FILE, withSubgraphUrls, type SubgraphName } from '../../platform/supergraph.js';
import { createTokenSigner, createTokenVerifier, type AccessClaims, type TokenKeys } from '../../platform/tokens.js';
import { seedWorld } from '../../scripts/seed/index.js';
import { DEMO_PASSWORD } from '../../scripts/seed/world.js';
import { migrateAll, startSubgraphService } from '../../scripts/stack.js';
import { eventBusEnv } from './event-bus.js';
import type { RunningServer } from '../../subgraphs/kit/server.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** POSTs one GraphQL operation to `url`, with a bearer token when given. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string; authorization?: string } = {},
): Promise<GraphQLResponse<T>> {
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { status: response.status, ...(await response.json()) };
}

/** The PostgreSQL server of this test run (test/helpers/global-setup.ts). */
export function testDatabaseServer(): string {
  const server = process.env.TEST_DATABASE_SERVER;
  if (!server) throw new Error('TEST_DATABASE_SERVER is not set: run tests through jest (npm test)');
  return server;
}

/** A fresh, empty database of its own for one test file; dropped by `drop`. */
export async function createTestDatabase(server = testDatabaseServer()) {
  const name = `pg_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await ensureDatabase(server, name);
  return { name, url: databaseUrl(server, name), drop: () => dropDatabase(server, name) };
}

export async function generateTestKeys(): Promise<TokenKeys> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  return { privateKey, publicKey, development: true };
}

/** The test configuration, with `env` as further environment variables (e.g. OTEL_EXPORTER_OTLP_ENDPOINT). */
export function testConfig(env: NodeJS.ProcessEnv = {}): PlatformConfig {
  // two jest workers' stacks (a replicas test runs two of each subgraph) stay within a server's default 100 connections
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', DATABASE_POOL_SIZE: '4', ...env });
}

export interface TestStack {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** stops one subgraph (a fault); the rest of the stack keeps running */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** starts a stopped subgraph again, on the port it had */
  restartSubgraph(name: SubgraphName): Promise<void>;
  databaseUrl: string;
  keys: TokenKeys;
  config: PlatformConfig;
  /** signs in through the gateway and returns the access token */
  signIn(email: string, password?: string): Promise<string>;
  /**
   * Signs an access token with the stack's keys for claims the test chooses (principals the fixture world has no
   * user for, states it does not hold), issued as of now: the user's current access version and the latest
   * partners event, so the access state re-evaluates it only for changes made after this call.
   */
  tokenFor(claims: Partial<AccessClaims> & Pick<AccessClaims, 'sub' | 'tid'>): Promise<string>;
  query<T = Record<string, unknown>>(query: string, options?: { variables?: Record<string, unknown>; token?: string }):
    Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The whole graph for one test file: its own database (migrated, seeded), the three subgraphs and the
 * gateway, all on free loopback ports.
 */
export async function startTestStack(options: {
  demo?: boolean; rustQueryPlanner?: boolean; limits?: QueryLimits; production?: boolean;
  /** a PostgreSQL server of the test's own (default: the test run's) */
  databaseServer?: string;
  /** where the services log (default: silent, or LOG_LEVEL) */
  logger?: Logger;
  /** environment variables read into the configuration of every service (beside the suite's event bus) */
  env?: NodeJS.ProcessEnv;
  /** registered documents of frontend apps (gateway/trusted-documents.ts) */
  trustedDocuments?: TrustedDocumentsSettings;
} = {}): Promise<TestStack> {
  const database = await createTestDatabase(options.databaseServer);
  // On NATS (describeOnEachBus), each stack has a stream of its own, named like its database.
  const busEnv = eventBusEnv();
  const config = testConfig({ ...busEnv, ...(busEnv.EVENT_BUS_URL ? { EVENT_BUS_STREAM: database.name } : {}), ...options.env });
  const keys = await generateTestKeys();
  const logger = options.logger ?? createLogger('test', config.logLevel);
  const subgraphs: RunningServer[] = [];
  let gateway: RunningGateway | undefined;
  try {
    await migrateAll(database.url);
    await seedWorld(database.url, { demo: options.demo ?? true });
    const subgraphUrls = {} as Record<SubgraphName, string>;
    const byName = {} as Record<SubgraphName, RunningServer>;
    for (const name of SUBGRAPH_NAMES) {
      const server = await startSubgraphService(name, { config, databaseUrl: database.url, keys, logger, port: 0 });
      subgraphs.push(server);
      subgraphUrls[name] = server.url;
      byName[name] = server;
    }
    const supergraph = withSubgraphUrls(await readFile(SUPERGRAPH_FILE, 'utf8'), subgraphUrls);
    gateway = await startGateway({
      supergraph, verifier: createTokenVerifier(keys, config.jwt), logger, production: options.production ?? false,
      host: '127.0.0.1', port: 0, rustQueryPlanner: options.rustQueryPlanner, limits: options.limits, tracing: config.tracing,
      subgraphTimeoutMs: config.subgraphTimeoutMs,
      access: accessStateSettings(config, database.url),
      trustedDocuments: options.trustedDocuments,
    });
    const gatewayUrl = gateway.url;
    const running = gateway;
    const signer = createTokenSigner(keys, config.jwt);
    let db: pg.Client | undefined;
    return {
      gatewayUrl,
      subgraphUrls,
      async stopSubgraph(name) {
        const server = byName[name];
        subgraphs.splice(subgraphs.indexOf(server), 1);
        await server.close();
      },
      async restartSubgraph(name) {
        const server = await startSubgraphService(name, {
          config, databaseUrl: database.url, keys, logger, port: Number(new URL(subgraphUrls[name]).port),
        });
        subgraphs.push(server);
        byName[name] = server;
      },
      databaseUrl: database.url,
      keys,
      config,
      async signIn(email, password = DEMO_PASSWORD) {
        const result = await graphql<{ signIn: { accessToken: string } }>(gatewayUrl,
          'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
          { variables: { email, password } });
        if (!result.data?.signIn) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
        return result.data.signIn.accessToken;
      },
      async tokenFor(claims) {
        if (!db) {
          db = new pg.Client({ connectionString: database.url });
          await db.connect();
        }
        const { rows } = await db.query<{ ver: number; oev: string }>(`select coalesce((select access_version from identity.users
          where id::text = $1), 0) as ver, partners.events_head() as oev`, [claims.sub]);
        const { token } = await signer.signAccessToken({
          pid: null, pst: null, agr: 'NONE', adr: 'NONE', mcp: false, tga: false, sid: randomUUID(), ver: rows[0].ver,
          oev: Number(rows[0].oev), ...claims,
        });
        return token;
      },
      query: (query, queryOptions) => graphql(gatewayUrl, query, queryOptions),
      async close() {
        await db?.end();
        await running.close();
        for (const server of subgraphs) await server.close();
        await database.drop();
      },
    };
  } catch (error) {
    await gateway?.close();
    for (const server of subgraphs) await server.close();
    await database.drop();
    throw error;
  }
}

/** The first error's extensions (`code`, `reason`, …) of a GraphQL response, or `{}` when it has none. */
export function errorOf(result: GraphQLResponse) {
  return result.errors?.[0]?.extensions ?? {};
}

/** Polls `probe` every 50 ms until it gives a value (a condition, never a fixed delay); throws after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
