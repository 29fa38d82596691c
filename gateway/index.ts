import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, getGraphQLWSOptions, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import useMeshPrometheus from '@graphql-mesh/plugin-prometheus';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { accessStateGauges, createAccessState, type AccessState, type AccessStateSettings } from '../platform/access-state.js';
import type { Logger } from '../platform/logger.js';
import { createMetrics, type Metrics } from '../platform/metrics.js';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, type RateLimitStoreConfig, type TracingConfig } from '../platform/config.js';
import { closeServerAndSockets } from '../platform/server-close.js';
import type { TokenVerifier } from '../platform/tokens.js';
import { startTracing, type Tracing } from '../platform/tracing.js';
import { socketAccess, useAccessEvaluation } from './access.js';
import { useAccessTokens, useCallerContext, VerifiedTokens } from './auth.js';
import { useStaticConditions } from './conditions.js';
import { useDashboard } from './dashboard.js';
import { maskError } from './errors.js';
import { usePlannableLiterals } from './literals.js';
import { useExports } from './exports.js';
import { graphiqlOptions } from './graphiql.js';
import { subgraphReadiness } from './readiness.js';
import { deferAwareUnifiedGraphHandler, useStreamArguments } from './defer-stream.js';
import { useRequestEncoding, useShapedRefusals } from './request-body.js';
import { useClientRequestErrors } from './request-errors.js';
import { useRequestLog } from './request-log.js';
import { bodyTooLarge, DEFAULT_TRAFFIC_LIMITS, useRateLimits, type TrafficLimits } from './guards.js';
import { createRateLimiters, type RateLimiters } from './shared-limits.js';
import { DEFAULT_QUERY_LIMITS, useQueryLimits, type QueryLimits } from './limits.js';
import { useTracing } from './tracing.js';
import { persistedDocumentsOption, TrustedDocuments, type TrustedDocumentsSettings } from './trusted-documents.js';
import { boundedWebSocketTransport } from './upstream-ws.js';
import { useFailedFetchesAtTheirPaths, useSubgraphFetches, withoutHttpExtensions } from './upstreams.js';

export interface GatewayOptions {
  /** the supergraph SDL, or a function returning it (re-read on reload) */
  supergraph: string | (() => string | Promise<string>);
  verifier: TokenVerifier;
  logger: Logger;
  production: boolean;
  /** plan queries with the Rust query planner (default true) */
  rustQueryPlanner?: boolean;
  /**
   * identical subgraph queries in flight share one fetch (default true: @graphql-tools/executor-http
   * `deduplicateInflightRequests`; each request's id and deadline are set after its key, gateway/upstreams.ts)
   */
  subgraphDeduplication?: boolean;
  /** bounds on each operation (default DEFAULT_QUERY_LIMITS) */
  limits?: QueryLimits;
  /** body size, rate and connection limits (default: body and socket limits only, no rate limits) */
  traffic?: TrafficLimits;
  /** Prometheus registry served at /metrics (one is created when absent) */
  metrics?: Metrics;
  /** OpenTelemetry traces (startGateway starts them when an endpoint is configured) */
  tracing?: TracingConfig;
  /** how long one subgraph fetch, or one WebSocket handshake/ack/pong, may take (default DEFAULT_SUBGRAPH_TIMEOUT_MS) */
  subgraphTimeoutMs?: number;
  /** where the gateway's access state reads the owners' events: its only database use (issue 14) */
  access: AccessStateSettings;
  /** where rate limits are counted (issue 17): unset or no `redisUrl`, in this instance's memory */
  rateLimitStore?: RateLimitStoreConfig;
  /** registered documents of frontend apps (README "For frontend teams"); absent: every client may send text */
  trustedDocuments?: TrustedDocumentsSettings;
}

const trafficOf = (options: GatewayOptions): TrafficLimits =>
  options.traffic ?? { ...DEFAULT_TRAFFIC_LIMITS, perUserPerMinute: 0, perAddressPerMinute: 0 };

const GRAPHQL_PATH = '/graphql';
type Extra = { request: http.IncomingMessage; socket: unknown };
// authorization and x-forwarded-for travel through useCallerContext, for every transport.
// x-request-id and x-request-deadline through useSubgraphFetches, after the in-flight deduplication's key.

/**
 * The Hive Gateway runtime over the composed supergraph: token check, header forwarding, health endpoints;
 * spans through @opentelemetry/api when `tracing` has been started.
 */
export function createGateway(
  options: GatewayOptions, access: AccessState, tokens = new VerifiedTokens(options.verifier), tracing?: Tracing,
  documents?: TrustedDocuments,
  limiters: RateLimiters = createRateLimiters(undefined, options.logger),
): GatewayRuntime {
  const supergraph = options.supergraph;
  const subgraphTimeoutMs = options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  return createGatewayRuntime({
    supergraph: typeof supergraph === 'string' ? () => supergraph : supergraph,
    ...(options.rustQueryPlanner === false ? {} : { unifiedGraphHandler: deferAwareUnifiedGraphHandler }),
    // @defer / @stream: incremental results over multipart/mixed and SSE (README "For frontend teams")
    deferStream: true,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/healthz',
    // /readyz is answered by startGateway: supergraph loaded and every subgraph ready (?exclude=subgraphs: the gateway's own).
    readinessCheckEndpoint: '/runtime-readyz',
    landingPage: false,
    ...(documents ? { persistedDocuments: persistedDocumentsOption(documents) } : {}),
    ...(options.production ? { graphiql: false } : graphiqlOptions),
    logging: false,
    requestId: { headerName: 'x-request-id' },
    maskedErrors: { maskError: (error, message) => maskError(error, message, options.logger) },
    // A simple (non-preflighted) request must carry a custom header: a bearer token or x-graphql-csrf.
    csrfPrevention: { requestHeaders: ['x-graphql-csrf', 'authorization'] },
    disableIntrospection: options.production ? { disableIf: () => true } : undefined,
    // Subscriptions reach subgraphs over graphql-transport-ws, with the caller's token in connection_init.
    transportEntries: {
      '*.http': { options: { subscriptions: { kind: 'ws', location: GRAPHQL_PATH }, deduplicateInflightRequests: options.subgraphDeduplication !== false } },
    },
    transports: { http: import('@graphql-mesh/transport-http'), ws: boundedWebSocketTransport(subgraphTimeoutMs) },
    // Development aid (issue 8): the SQL statements each subgraph ran for this request.
    ...(options.production ? {} : {
      propagateHeaders: { fromSubgraphsToClient: ({ response }) => ({ 'x-sql-statements': response.headers.get('x-sql-statements') }) },
    }),
    plugins: (context) => [
      // Development: the example frontend at /dashboard (examples/dashboard, README "For frontend teams")
      ...(options.production ? [] : [useDashboard()]),
      ...(tracing ? useTracing(context, GRAPHQL_PATH) : []),
      useMeshPrometheus({
        metrics: prometheusMetricsOf(supergraph), endpoint: '/metrics', registry: options.metrics?.registry, labels: { subgraphName: true },
        log: context.log,
      }) as GatewayPlugin,
      useRequestLog(options.logger),
      useShapedRefusals(GRAPHQL_PATH),
      useRequestEncoding(trafficOf(options).maxBodyBytes),
      useRateLimits(trafficOf(options), tokens, limiters),
      useAccessTokens(tokens),
      useAccessEvaluation(tokens, access),
      useExports({ supergraph: typeof supergraph === 'string' ? () => supergraph : supergraph, tokens, traffic: trafficOf(options), limiters,
        logger: options.logger, timeoutMs: subgraphTimeoutMs }),
      useCallerContext(),
      // Issue 13 kind 6: a subgraph that does not answer in time fails alone (SERVICE_UNAVAILABLE at its paths).
      useSubgraphFetches(subgraphTimeoutMs),
      useFailedFetchesAtTheirPaths(subgraphTimeoutMs),
      useClientRequestErrors(),
      usePlannableLiterals(),
      useStreamArguments(),
      useStaticConditions(),
      ...useQueryLimits(options.limits ?? DEFAULT_QUERY_LIMITS, options.production),
    ],
  });
}

/**
 * Every metric of Hive Gateway's Prometheus plugin, except that `graphql_envelop_deprecated_field` is left out when
 * the supergraph (given as SDL) declares nothing `@deprecated`: it would never count anything, yet it walks every
 * request's document with its types (about 0.1 ms of CPU per request under npm run bench:gateways, issue 16).
 */
export function prometheusMetricsOf(supergraph: GatewayOptions['supergraph']): true | { graphql_envelop_deprecated_field: false } {
  return typeof supergraph === 'string' && !/@deprecated\b/.test(supergraph) ? { graphql_envelop_deprecated_field: false } : true;
}

export interface RunningGateway {
  url: string;
  port: number;
  runtime: GatewayRuntime;
  close(): Promise<void>;
}

/** Serves the gateway over HTTP (POST, GET, SSE) and WebSocket (graphql-transport-ws) at `/graphql`. */
export async function startGateway(options: GatewayOptions & { host: string; port: number }): Promise<RunningGateway> {
  const metrics = options.metrics ?? createMetrics('gateway');
  const tokens = new VerifiedTokens(options.verifier);
  const tracing = options.tracing && startTracing('gateway', options.tracing, { global: true });
  const access = createAccessState(options.access, options.logger);
  await access.start();
  accessStateGauges(metrics, access);
  const documents = options.trustedDocuments && new TrustedDocuments(options.trustedDocuments, options.logger);
  await documents?.start();
  const limiters = createRateLimiters(options.rateLimitStore, options.logger);
  const runtime = createGateway({ ...options, metrics }, access, tokens, tracing, documents, limiters);
  const traffic = trafficOf(options);
  const readiness = subgraphReadiness(typeof options.supergraph === 'string' ? options.supergraph : await options.supergraph(), access);
  // Subgraphs throttle sign-ins per client address: they see the gateway's peer, never a client-supplied value.
  const server = http.createServer((request, response) => {
    request.headers['x-forwarded-for'] = request.socket.remoteAddress ?? 'unknown';
    // One id per request, logged here and by every subgraph the request reaches.
    const given = request.headers['x-request-id'];
    if (typeof given !== 'string' || !/^[\w.-]{1,128}$/.test(given)) request.headers['x-request-id'] = randomUUID();
    const readyz = request.url?.startsWith('/readyz') ? new URL(request.url, 'http://localhost') : undefined;
    if (readyz?.pathname === '/readyz') {
      const subgraphs = !readyz.searchParams.getAll('exclude').includes('subgraphs');
      void readiness(runtime, { subgraphs }).then(({ ready, ...detail }) => {
        response.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ status: ready ? 'ready' : 'not ready', ...detail }));
      });
      return;
    }
    if (bodyTooLarge(request, response, traffic.maxBodyBytes)) return;
    void runtime(request, response);
  });
  const socketsByAddress = new Map<string, number>();
  metrics.gauge('graphql_ws_connections', 'Open client WebSocket connections', () => sockets.clients.size);
  const sockets = new WebSocketServer({
    server,
    path: GRAPHQL_PATH,
    maxPayload: traffic.maxBodyBytes,
    verifyClient: (info, accept) => {
      const address = info.req.socket.remoteAddress ?? 'unknown';
      const open = socketsByAddress.get(address) ?? 0;
      if (open >= traffic.socketsPerAddress) return accept(false, 429, 'Too many connections');
      accept(true);
    },
  });
  sockets.on('connection', (socket, request) => {
    const address = request.socket.remoteAddress ?? 'unknown';
    socketsByAddress.set(address, (socketsByAddress.get(address) ?? 0) + 1);
    socket.once('close', () => {
      const left = (socketsByAddress.get(address) ?? 1) - 1;
      if (left > 0) socketsByAddress.set(address, left);
      else socketsByAddress.delete(address);
    });
  });
  const wsOptions = getGraphQLWSOptions<Record<string, unknown>, Extra>(runtime, (ctx) => ({
    req: ctx.extra?.request,
    socket: ctx.extra?.socket,
    connectionParams: ctx.connectionParams,
  }));
  const socketCheck = socketAccess(tokens, access);
  const wsServer = useServer<Record<string, unknown> | undefined, Extra>({
    ...wsOptions,
    onNext: (_ctx, _id, _payload, _args, result) => withoutHttpExtensions(result),
    onError: (_ctx, _id, _payload, errors) => withoutHttpExtensions({ errors })?.errors,
    // Dashboards sign in: a socket without a valid token of a live session in connection_init is closed (4403).
    onConnect: socketCheck.onConnect,
    async onSubscribe(ctx, id, payload) {
      return (await socketCheck.refuseSubscribe(ctx)) ?? wsOptions.onSubscribe!(ctx, id, payload);
    },
  }, sockets);
  // Load the supergraph before accepting anyone: a WebSocket operation arriving first would otherwise meet
  // a gateway without a schema.
  await runtime.fetch(`http://localhost${GRAPHQL_PATH}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }),
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}${GRAPHQL_PATH}`;
  options.logger.info({ url }, 'gateway listening');
  return {
    url,
    port,
    runtime,
    async close() {
      await closeServerAndSockets(server, sockets, wsServer);
      await runtime[Symbol.asyncDispose]();
      await access.stop();
      documents?.stop();
      await limiters.close();
      await tracing?.shutdown();
    },
  };
}
