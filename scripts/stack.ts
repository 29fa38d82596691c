import type { DataSource } from 'typeorm';
import { accessStateGauges, accessStateSettings, createAccessState, type AccessState } from '../platform/access-state.js';
import type { PlatformConfig } from '../platform/config.js';
import { createLogger, type Logger } from '../platform/logger.js';
import { createMetrics } from '../platform/metrics.js';
import { NatsEventBus } from '../platform/nats-event-bus.js';
import { readSubgraphSdl, type SubgraphName } from '../platform/supergraph.js';
import { createTokenSigner, createTokenVerifier, type TokenKeys } from '../platform/tokens.js';
import { startTracing } from '../platform/tracing.js';
import { customersDatabase, createCustomersSubgraph } from '../subgraphs/customers/index.js';
import { identityDatabase, createIdentitySubgraph } from '../subgraphs/identity/index.js';
import { connect, migrate } from '../subgraphs/kit/database.js';
import { EventHub } from '../subgraphs/kit/event-hub.js';
import { EventConsumer, type EventFeed, type EventHandler } from '../subgraphs/kit/events.js';
import { ExpirySweeper, type Sweep } from '../subgraphs/kit/expiry-sweeper.js';
import { useCursorSecret } from '../subgraphs/kit/pagination.js';
import { OutboxRelay } from '../subgraphs/kit/outbox-relay.js';
import { startSubgraphServer, type RunningServer } from '../subgraphs/kit/server.js';
import { partnersDatabase, createPartnersSubgraph } from '../subgraphs/partners/index.js';

/** What the composition root hands every subgraph's factory (each takes the parts it reads). */
interface SubgraphFactoryDeps {
  sdl: string;
  dataSource: DataSource;
  hub: EventHub;
  config: PlatformConfig;
  keys: TokenKeys;
}

/**
 * The composition root's registry, one entry per subgraph of platform/subgraph-names.ts: its database (schema,
 * entities, event readers, sweeps) and the factory of its service (docs/ARCHITECTURE.md: what else a new subgraph needs).
 */
export const SUBGRAPHS: Record<SubgraphName, SubgraphModule> = {
  identity: {
    ...identityDatabase,
    create: (deps) => createIdentitySubgraph({ ...deps, signer: createTokenSigner(deps.keys, deps.config.jwt) }),
  },
  partners: { ...partnersDatabase, create: createPartnersSubgraph },
  customers: { ...customersDatabase, create: createCustomersSubgraph },
};

interface SubgraphDatabase extends Omit<Parameters<typeof migrate>[0], 'url'> {
  /** handlers of other subgraphs' events, by producer, that feed this subgraph's read models */
  consumes?: Partial<Record<SubgraphName, EventHandler>>;
  /** further feeds, each with a checkpoint of its own (the activity log reads every outbox, its own included) */
  feeds?: EventFeed[];
  /** rows that expire (§3.2, §3.3): stored EXPIRED and announced by a periodic sweep */
  sweeps?: Sweep[];
}

interface SubgraphModule extends SubgraphDatabase {
  /** the subgraph's service: schema, resolvers, rules and context factory (kit/subgraph.ts `buildSubgraph`) */
  create(deps: SubgraphFactoryDeps): object;
}

/** Runs every subgraph's migrations (each in its own schema); `logSql` logs their statements (LOG_SQL). */
export async function migrateAll(databaseUrl: string, logger?: Logger, logSql = false): Promise<void> {
  for (const { schema, migrations, entities } of Object.values(SUBGRAPHS)) {
    await migrate({ url: databaseUrl, schema, migrations, entities, logSql }, logger);
  }
}

export interface SubgraphServiceOptions {
  config: PlatformConfig;
  databaseUrl: string;
  keys: TokenKeys;
  port: number;
  logger?: Logger;
  /** run migrations before serving (a service started alone); the launcher migrates once up front */
  migrate?: boolean;
}

/** A started subgraph: its server, and what runs beside it until `close`. */
export interface RunningSubgraph extends RunningServer {
  /** read models this subgraph feeds from other subgraphs' events */
  consumers: EventConsumer[];
  /** fans this subgraph's events out to its subscriptions */
  hub: EventHub;
  /** who may still do what, from the owners' events (issue 14) */
  access: AccessState;
  /** with EVENT_BUS_URL: publishes this subgraph's outbox to NATS JetStream when this replica holds the relay */
  relay?: OutboxRelay;
}

/**
 * Starts one subgraph: its own connection pool, event hub, read-model consumers, expiry sweeper and server on
 * `port` (0 = any free port). Throws when production has no CURSOR_SECRET.
 */
export async function startSubgraphService(name: SubgraphName, options: SubgraphServiceOptions): Promise<RunningSubgraph> {
  const { config, keys } = options;
  const logger = options.logger ?? createLogger(name, config.logLevel);
  const { schema, migrations, entities } = SUBGRAPHS[name];
  if (config.cursorSecret) useCursorSecret(config.cursorSecret);
  else if (config.environment === 'production') {
    // a cursor one replica signed must be valid at the next (README, Running in production)
    throw new Error('CURSOR_SECRET must be set in production: list cursors are signed with it on every instance of a subgraph');
  }
  const database = { url: options.databaseUrl, schema, migrations, entities, logSql: config.logSql };
  if (options.migrate) await migrate(database, logger);
  const dataSource = await connect({ ...database, poolSize: config.databasePoolSize });
  const sdl = await readSubgraphSdl(name);
  const access = createAccessState(accessStateSettings(config, options.databaseUrl), logger);
  await access.start();
  // Issue 17: with EVENT_BUS_URL, events travel over NATS JetStream; a relay per subgraph publishes the outbox.
  const bus = config.eventBus.url ? await NatsEventBus.connect(config.eventBus, logger, name) : undefined;
  const relay = bus ? new OutboxRelay({ databaseUrl: options.databaseUrl, schema: name, bus, logger }) : undefined;
  await relay?.start();
  const hub = new EventHub({ databaseUrl: options.databaseUrl, schema: name, logger, access, bus });
  await hub.start();
  const service = SUBGRAPHS[name].create({ sdl, dataSource, hub, config, keys });
  const feeds: EventFeed[] = [
    ...Object.entries(SUBGRAPHS[name].consumes ?? {}).map(([producer, apply]) => ({ producer: producer as SubgraphName, apply })),
    ...SUBGRAPHS[name].feeds ?? [],
  ];
  const consumers = feeds.map((feed) => new EventConsumer({ dataSource, databaseUrl: options.databaseUrl, consumer: name, logger, ...feed }));
  for (const consumer of consumers) await consumer.start();
  const sweeper = new ExpirySweeper({ dataSource, sweeps: SUBGRAPHS[name].sweeps ?? [], intervalSeconds: config.expirySweepSeconds, logger });
  sweeper.start();
  const metrics = createMetrics(name);
  metrics.gauge('graphql_active_subscriptions', 'Open subscription streams', () => hub.subscriberCount);
  accessStateGauges(metrics, access);
  const pool = (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
  metrics.gauge('db_pool_connections', 'Database connections in the pool', () => pool?.totalCount ?? 0);
  metrics.gauge('db_pool_idle_connections', 'Idle database connections in the pool', () => pool?.idleCount ?? 0);
  metrics.gauge('db_pool_waiting_requests', 'Requests waiting for a database connection', () => pool?.waitingCount ?? 0);
  const tracing = startTracing(name, config.tracing);
  const server = await startSubgraphServer(service as unknown as Parameters<typeof startSubgraphServer>[0], {
    metrics,
    tracing,
    host: config.host,
    port: options.port,
    verifier: createTokenVerifier(keys, config.jwt),
    logger,
    production: config.environment === 'production',
    access,
  });
  return {
    ...server,
    consumers,
    hub,
    access,
    relay,
    async close() {
      await server.close();
      await hub.stop();
      await relay?.stop();
      await bus?.close();
      await access.stop();
      await sweeper.stop();
      for (const consumer of consumers) await consumer.stop();
      await dataSource.destroy();
      await tracing?.shutdown();
    },
  };
}
