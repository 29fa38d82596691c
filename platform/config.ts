import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest directory at or above `start` that holds a package.json. One rule for the sources
 * (`platform/config.ts`) and the build (`dist/platform/config.js`, which has no package.json of its own), so
 * `schema/`, `node_modules/` and the default `.data/` are found the same way from either. Throws when there is
 * none (a build copied away from its package).
 */
export function findProjectRoot(start: string): string {
  for (let directory = path.resolve(start); ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, 'package.json'))) return directory;
    if (path.dirname(directory) === directory) throw new Error(`no package.json at or above ${start}`);
  }
}

/** The project root: config, schema files and the default data directory are found from here. */
export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

export type Environment = 'production' | 'development' | 'test';

export interface PlatformConfig {
  environment: Environment;
  /** PostgreSQL server to use; unset means an embedded server in `dataDir`. */
  databaseUrl?: string;
  /** DATABASE_POOL_SIZE: at most this many connections in each subgraph's pool (default 10) */
  databasePoolSize: number;
  dataDir: string;
  embeddedPostgresPort: number;
  host: string;
  ports: { gateway: number; identity: number; partners: number; customers: number };
  supergraph: string;
  jwt: {
    issuer: string;
    audience: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    privateKeyPem?: string;
    publicKeyPem?: string;
  };
  /** failed sign-ins allowed per account and per client address within the window, then TOO_MANY_ATTEMPTS */
  signInThrottle: { perAccount: number; perAddress: number; windowSeconds: number };
  /** how often each subgraph marks PENDING invitations and requests past their expiry EXPIRED (and says so) */
  expirySweepSeconds: number;
  logLevel: string;
  tracing: TracingConfig;
  /** SUBGRAPH_TIMEOUT_MS: the gateway's bound on one subgraph fetch and on a subscription socket's handshake, ack and pong */
  subgraphTimeoutMs: number;
  accessState: AccessStateConfig;
  /** CURSOR_SECRET: the key list cursors are signed with; unset means a random key per process (development only) */
  cursorSecret?: string;
  eventBus: EventBusConfig;
  rateLimits: RateLimitStoreConfig;
}

/**
 * Where events travel between processes (issue 17): unset `url` means PostgreSQL LISTEN/NOTIFY (one database, the
 * embedded default); `nats://…` means NATS JetStream (platform/nats-event-bus.ts), the outbox staying the source of
 * truth either way.
 */
export interface EventBusConfig {
  /** EVENT_BUS_URL: `nats://host:4222` (several servers comma-separated); unset: LISTEN/NOTIFY */
  url?: string;
  /** EVENT_BUS_STREAM: the JetStream stream (and subject prefix) of this deployment's events */
  stream: string;
  /** EVENT_BUS_RETENTION_HOURS: how long the stream keeps events (the outbox keeps them 7 days for resuming) */
  retentionHours: number;
  /** EVENT_BUS_DUPLICATE_WINDOW_SECONDS: within it a second publish of one event id is stored once */
  duplicateWindowSeconds: number;
}

/** Where rate-limit and sign-in-throttle counters live (issue 17): unset `redisUrl` means in this process's memory. */
export interface RateLimitStoreConfig {
  /** RATE_LIMIT_REDIS_URL: `redis://host:6379/0`, shared by every gateway and identity instance */
  redisUrl?: string;
  /** RATE_LIMIT_REDIS_PREFIX: the key prefix of this deployment's counters */
  prefix: string;
}

/** Continuous access evaluation (issue 14): how each service's access-state view follows the owners' events. */
export interface AccessStateConfig {
  /** how long a request waits for a view that is catching up before SERVICE_UNAVAILABLE, in ms */
  waitMs: number;
  /** safety-net read of the outboxes, in ms, beside the notifications */
  pollMs: number;
  /** kept beyond the access-token lifetime, in seconds: clock skew and long transactions */
  marginSeconds: number;
}

/**
 * 10 s: a subgraph answers in tens of milliseconds and a heavy analyst page in about a second, so a legitimate
 * fetch stays well inside it even under load, while a hung subgraph is given up on well before the 30–60 s
 * after which proxies and browsers abandon the whole request (and its reachable data with it).
 */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

/** OpenTelemetry traces over OTLP/HTTP: off unless an endpoint is configured. */
export interface TracingConfig {
  /** where spans are POSTed (`…/v1/traces`); unset means no tracing at all */
  endpoint?: string;
  /** the service name of this process; unset means `partner-graph-<service>` */
  serviceName?: string;
  /** how long spans are batched before an export */
  exportDelayMs: number;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

const STREAM_NAME = /^[A-Za-z0-9_-]{1,64}$/;

function eventBusFrom(env: NodeJS.ProcessEnv): EventBusConfig {
  const url = env.EVENT_BUS_URL || undefined;
  if (url && !/^(nats|tls):\/\//.test(url)) throw new Error(`EVENT_BUS_URL must be a nats:// URL, got "${url}"`);
  const stream = env.EVENT_BUS_STREAM || 'PARTNER_GRAPH_EVENTS';
  if (!STREAM_NAME.test(stream)) throw new Error(`EVENT_BUS_STREAM must be letters, digits, - and _, got "${stream}"`);
  return {
    url,
    stream,
    retentionHours: intFrom(env, 'EVENT_BUS_RETENTION_HOURS', 24 * 7) || 24 * 7,
    duplicateWindowSeconds: intFrom(env, 'EVENT_BUS_DUPLICATE_WINDOW_SECONDS', 600) || 600,
  };
}

function rateLimitsFrom(env: NodeJS.ProcessEnv): RateLimitStoreConfig {
  const redisUrl = env.RATE_LIMIT_REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new Error(`RATE_LIMIT_REDIS_URL must be a redis:// URL, got "${redisUrl}"`);
  return { redisUrl, prefix: env.RATE_LIMIT_REDIS_PREFIX || 'partner-graph:limits:' };
}

function environmentFrom(env: NodeJS.ProcessEnv): Environment {
  const value = env.NODE_ENV ?? 'development';
  if (value === 'production' || value === 'test') return value;
  return 'development';
}

function tracingFrom(env: NodeJS.ProcessEnv): TracingConfig {
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '');
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || (base ? `${base}/v1/traces` : undefined);
  return {
    endpoint: env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none' ? undefined : endpoint,
    serviceName: env.OTEL_SERVICE_NAME || undefined,
    exportDelayMs: intFrom(env, 'OTEL_BSP_SCHEDULE_DELAY', 5000),
  };
}

/** Reads the configuration from environment variables, with safe local defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const environment = environmentFrom(env);
  return {
    environment,
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: Math.max(intFrom(env, 'DATABASE_POOL_SIZE', 10), 1),
    dataDir: path.resolve(projectRoot, env.DATA_DIR ?? '.data'),
    embeddedPostgresPort: intFrom(env, 'EMBEDDED_PG_PORT', 54329),
    host: env.HOST ?? '127.0.0.1',
    ports: {
      gateway: intFrom(env, 'GATEWAY_PORT', 4000),
      identity: intFrom(env, 'IDENTITY_PORT', 4001),
      partners: intFrom(env, 'PARTNERS_PORT', 4002),
      customers: intFrom(env, 'CUSTOMERS_PORT', 4003),
    },
    supergraph: env.SUPERGRAPH ?? path.join(projectRoot, 'schema', 'supergraph.graphql'),
    jwt: {
      issuer: env.JWT_ISSUER ?? 'partner-graph',
      audience: env.JWT_AUDIENCE ?? 'partner-graph',
      accessTokenTtlSeconds: intFrom(env, 'ACCESS_TOKEN_TTL_SECONDS', 900),
      refreshTokenTtlSeconds: intFrom(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 24 * 3600),
      privateKeyPem: env.JWT_PRIVATE_KEY || undefined,
      publicKeyPem: env.JWT_PUBLIC_KEY || undefined,
    },
    signInThrottle: {
      perAccount: intFrom(env, 'SIGN_IN_FAILURES_PER_ACCOUNT', 5),
      perAddress: intFrom(env, 'SIGN_IN_FAILURES_PER_ADDRESS', 50),
      windowSeconds: intFrom(env, 'SIGN_IN_THROTTLE_WINDOW_SECONDS', 900),
    },
    expirySweepSeconds: intFrom(env, 'EXPIRY_SWEEP_SECONDS', environment === 'test' ? 1 : 60),
    logLevel: env.LOG_LEVEL ?? (environment === 'test' ? 'silent' : 'info'),
    tracing: tracingFrom(env),
    subgraphTimeoutMs: intFrom(env, 'SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS) || DEFAULT_SUBGRAPH_TIMEOUT_MS,
    accessState: {
      waitMs: intFrom(env, 'ACCESS_STATE_WAIT_MS', 2000),
      pollMs: Math.max(intFrom(env, 'ACCESS_STATE_POLL_MS', 5000), 100),
      marginSeconds: 60,
    },
    cursorSecret: env.CURSOR_SECRET || undefined,
    eventBus: eventBusFrom(env),
    rateLimits: rateLimitsFrom(env),
  };
}
