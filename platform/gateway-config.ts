import { intFrom } from './env-values.js';
import { SUBGRAPH_NAMES, type SubgraphName } from './subgraph-names.js';

/** Settings only the gateway reads (scripts/service.ts hands them to startGateway). */
export interface GatewayConfig {
  /** RUST_QUERY_PLANNER=false: the JavaScript query planner */
  rustQueryPlanner: boolean;
  /**
   * SUBGRAPH_DEDUPLICATION=false: identical queries in flight to one subgraph for the same caller each make their own
   * fetch (default: they share one, issue 16; mutations never do)
   */
  subgraphDeduplication: boolean;
  limits: QueryLimits;
  traffic: TrafficLimits;
  /** absent: every client may send document text */
  trustedDocuments?: TrustedDocumentsSettings;
  /** IDENTITY_URL, PARTNERS_URL, CUSTOMERS_URL: override the subgraph URLs in the supergraph */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
}

/** Bounds on one ad-hoc operation, so that no query can hurt everyone else (DOMAIN.md §2.3 Analysts). */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** budget of gateway/cost.ts: 1 per field, a page's selections times its page size (README "Limits") */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10, // §2.3: depth ≤ 10
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 2000,
  maxCost: 25000, // 100 customers × a page of 10 subscriptions × ~20 fields ≈ 22,000
};

/** The gateway's body size, rate and connection limits (gateway/guards.ts). */
export interface TrafficLimits {
  /** largest request body accepted, in bytes */
  maxBodyBytes: number;
  /** operations per minute per signed-in user (0 = unlimited) */
  perUserPerMinute: number;
  /** operations per minute per client address (0 = unlimited) */
  perAddressPerMinute: number;
  /** concurrent WebSocket connections per client address */
  socketsPerAddress: number;
  /** CSV exports (GET /exports/…) a signed-in user may start per minute, and may run at once */
  exportsPerUserPerMinute: number;
  exportsPerUserAtOnce: number;
}

export const DEFAULT_TRAFFIC_LIMITS: TrafficLimits = {
  maxBodyBytes: 1024 * 1024,
  perUserPerMinute: 1200,
  perAddressPerMinute: 3000,
  socketsPerAddress: 200,
  exportsPerUserPerMinute: 10,
  exportsPerUserAtOnce: 2,
};

/** Where the gateway's registered documents come from, and how it treats apps that name themselves (gateway/trusted-documents.ts). */
export interface TrustedDocumentsSettings {
  /** a directory of `<client name>.json` manifests, each `{ hash: document }` */
  dir?: string;
  /** or a URL answering `{ "<client name>": { hash: document } }` */
  url?: string;
  /** how often the manifests are read again, in milliseconds (a change applies without restart) */
  reloadMs: number;
  /**
   * true: a request naming any client (`graphql-client-name`) may run only registered documents, and a name with
   * no manifest is refused; false: only names with a manifest are held to it (the default outside production).
   */
  requireForNamedClients: boolean;
}

/** QUERY_MAX_DEPTH, QUERY_MAX_ALIASES, QUERY_MAX_DIRECTIVES, QUERY_MAX_TOKENS, QUERY_MAX_COST. */
function queryLimitsFrom(env: NodeJS.ProcessEnv): QueryLimits {
  return {
    maxDepth: intFrom(env, 'QUERY_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth, 1),
    maxAliases: intFrom(env, 'QUERY_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases, 1),
    maxDirectives: intFrom(env, 'QUERY_MAX_DIRECTIVES', DEFAULT_QUERY_LIMITS.maxDirectives, 1),
    maxTokens: intFrom(env, 'QUERY_MAX_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens, 1),
    maxCost: intFrom(env, 'QUERY_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost, 1),
  };
}

function trafficLimitsFrom(env: NodeJS.ProcessEnv): TrafficLimits {
  return {
    maxBodyBytes: intFrom(env, 'MAX_BODY_BYTES', DEFAULT_TRAFFIC_LIMITS.maxBodyBytes),
    perUserPerMinute: intFrom(env, 'RATE_LIMIT_PER_USER_PER_MINUTE', DEFAULT_TRAFFIC_LIMITS.perUserPerMinute),
    perAddressPerMinute: intFrom(env, 'RATE_LIMIT_PER_ADDRESS_PER_MINUTE', DEFAULT_TRAFFIC_LIMITS.perAddressPerMinute),
    socketsPerAddress: intFrom(env, 'WS_CONNECTIONS_PER_ADDRESS', DEFAULT_TRAFFIC_LIMITS.socketsPerAddress),
    exportsPerUserPerMinute: intFrom(env, 'EXPORTS_PER_USER_PER_MINUTE', DEFAULT_TRAFFIC_LIMITS.exportsPerUserPerMinute),
    exportsPerUserAtOnce: intFrom(env, 'EXPORTS_PER_USER_AT_ONCE', DEFAULT_TRAFFIC_LIMITS.exportsPerUserAtOnce),
  };
}

/**
 * TRUSTED_DOCUMENTS_DIR or TRUSTED_DOCUMENTS_URL (absent: no trusted documents; `defaultDir` outside production), TRUSTED_DOCUMENTS_RELOAD_SECONDS (default 10), TRUSTED_DOCUMENTS_REQUIRED (default: true in
 * production).
 */
function trustedDocumentsFrom(env: NodeJS.ProcessEnv, production: boolean, defaultDir: string): TrustedDocumentsSettings | undefined {
  const dir = env.TRUSTED_DOCUMENTS_DIR || (production || env.TRUSTED_DOCUMENTS_URL ? undefined : defaultDir);
  const url = env.TRUSTED_DOCUMENTS_URL || undefined;
  if (!dir && !url) return undefined;
  const seconds = Number(env.TRUSTED_DOCUMENTS_RELOAD_SECONDS || 10); // seconds, fractions allowed; empty means the default
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('TRUSTED_DOCUMENTS_RELOAD_SECONDS must be a positive number');
  const required = env.TRUSTED_DOCUMENTS_REQUIRED;
  if (required !== undefined && required !== 'true' && required !== 'false') throw new Error('TRUSTED_DOCUMENTS_REQUIRED must be true or false');
  return { dir, url, reloadMs: seconds * 1000, requireForNamedClients: required === undefined ? production : required === 'true' };
}

/**
 * The gateway's settings from its environment variables (README "Configuration"); loadConfig calls it. Throws on a
 * value that is not of its variable's form. `defaultDir`: the trusted documents read outside production.
 */
export function gatewayConfigFrom(env: NodeJS.ProcessEnv, production: boolean, defaultDir: string): GatewayConfig {
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES
    .map((subgraph) => [subgraph, env[`${subgraph.toUpperCase()}_URL`]] as const)
    .filter(([, url]) => Boolean(url)));
  return {
    rustQueryPlanner: env.RUST_QUERY_PLANNER !== 'false',
    subgraphDeduplication: env.SUBGRAPH_DEDUPLICATION !== 'false',
    limits: queryLimitsFrom(env),
    traffic: trafficLimitsFrom(env),
    trustedDocuments: trustedDocumentsFrom(env, production, defaultDir),
    subgraphUrls,
  };
}
