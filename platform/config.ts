import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { intFrom } from './env-values.js';
import { gatewayConfigFrom, type GatewayConfig } from './gateway-config.js';
import { defaultSubgraphPort, SUBGRAPH_NAMES, type SubgraphName } from './subgraph-names.js';

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
  ports: { gateway: number } & Record<SubgraphName, number>;
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
  /** LOG_SQL=true: every SQL statement of the subgraphs is logged */
  logSql: boolean;
  /** PARTNER_CENTER_URL (no trailing slash): where personalised links point; default http://localhost:<GATEWAY_PORT> */
  publicUrl: string;
  mail: MailConfig;
  partners: PartnersSettings;
  gateway: GatewayConfig;
  /** SERVICE: the service this process (or container) runs: gateway, identity, partners or customers */
  service?: string;
  /** USER: who runs an operator script, the reviewer of record unless one is named */
  operator?: string;
}

/** The mail the subgraphs send (kit/mail.ts): SMTP in production, a readable mailbox directory elsewhere. */
export interface MailConfig {
  /** MAIL_SMTP_URL: `smtp://user:pass@host:587` or `smtps://…`; unset → development mailbox (refused in production) */
  smtpUrl?: string;
  /** MAIL_FROM */
  from: string;
  /** MAIL_DIR: directory of the development mailbox (default `<DATA_DIR>/mail`) */
  mailbox: string;
}

/** Settings only the partners subgraph reads (partners/deps.ts). */
export interface PartnersSettings {
  /** CSP_EXISTING_TENANTS (comma separated): the MPN directory fixture's existing CSP partners (S-35) */
  existingCspTenants: string[];
  /** WEBMAIL_DOMAINS as given; unset means the built-in blocklist */
  webmailDomains?: string;
  /** ACTIVITY_EXPORT_MAX_ROWS: the largest activity log CSV export (issue 18 §3) */
  activityExportMaxRows: number;
}

/** The activity log export's default bound on rows (ACTIVITY_EXPORT_MAX_ROWS). */
export const DEFAULT_ACTIVITY_EXPORT_MAX_ROWS = 1_000_000;

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

/** MAIL_SMTP_URL, MAIL_FROM, MAIL_DIR (default `<DATA_DIR>/mail`). */
function mailFrom(env: NodeJS.ProcessEnv, dataDir: string): MailConfig {
  return {
    smtpUrl: env.MAIL_SMTP_URL || undefined,
    from: env.MAIL_FROM || 'Partner Center <no-reply@partner-graph.local>',
    mailbox: path.resolve(env.MAIL_DIR || path.join(dataDir, 'mail')),
  };
}

function partnersFrom(env: NodeJS.ProcessEnv): PartnersSettings {
  return {
    existingCspTenants: (env.CSP_EXISTING_TENANTS ?? '').split(',').map((id) => id.trim()).filter(Boolean),
    webmailDomains: env.WEBMAIL_DOMAINS,
    activityExportMaxRows: intFrom(env, 'ACTIVITY_EXPORT_MAX_ROWS', DEFAULT_ACTIVITY_EXPORT_MAX_ROWS, 1),
  };
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

/**
 * Reads the whole configuration from environment variables, with safe local defaults (README "Configuration"):
 * the one place that reads them. The composition root (scripts/start.ts, scripts/service.ts, the operator scripts)
 * calls it once and hands the parts down. Throws on a value that is not of its variable's form.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const environment = environmentFrom(env);
  const dataDir = path.resolve(projectRoot, env.DATA_DIR ?? '.data');
  const gatewayPort = intFrom(env, 'GATEWAY_PORT', 4000);
  return {
    environment,
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: Math.max(intFrom(env, 'DATABASE_POOL_SIZE', 10), 1),
    dataDir,
    embeddedPostgresPort: intFrom(env, 'EMBEDDED_PG_PORT', 54329),
    host: env.HOST ?? '127.0.0.1',
    ports: {
      gateway: gatewayPort,
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, intFrom(env, `${name.toUpperCase()}_PORT`, defaultSubgraphPort(name))])),
    } as PlatformConfig['ports'],
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
    logSql: env.LOG_SQL === 'true',
    publicUrl: (env.PARTNER_CENTER_URL ?? `http://localhost:${gatewayPort}`).replace(/\/$/, ''),
    mail: mailFrom(env, dataDir),
    partners: partnersFrom(env),
    gateway: gatewayConfigFrom(env, environment === 'production', path.join(projectRoot, 'trusted-documents')),
    service: env.SERVICE || undefined,
    operator: env.USER,
  };
}
