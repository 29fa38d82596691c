import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { getOperationAST, parse, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { AccessState } from '../../platform/access-state.js';
import type { Logger } from '../../platform/logger.js';
import type { Metrics } from '../../platform/metrics.js';
import { closeServerAndSockets } from '../../platform/server-close.js';
import type { TokenVerifier } from '../../platform/tokens.js';
import { withUnconditionalSubscriptionRoots } from '../../platform/subscription-root.js';
import type { Tracing } from '../../platform/tracing.js';
import { deadlineOf, deadlinePassed, DEADLINE_HEADER } from './deadline.js';
import { createErrorFormatter, DomainError, REASONS } from './errors.js';
import { BodyTooLargeError, readBody, sendGraphQLError, sendJson } from './http.js';
import { authenticate, rememberingTokenVerifier, type Principal } from './principal.js';
import { socketAccess, type SocketCaller } from './socket-access.js';
import { operationTracingPlugin, RequestTrace } from './tracing.js';

/** What a request brings to its context. */
export interface RequestInfo {
  principal: Principal | null;
  requestId: string;
  logger: Logger;
  /** the client's address: the first X-Forwarded-For entry (set by the gateway), else the peer */
  clientAddress: string;
  /** the request's spans, when tracing is on */
  trace?: RequestTrace;
  /** epoch ms after which the caller no longer awaits the answer (x-request-deadline, kit/deadline.ts) */
  deadline?: number;
}

/** One call of an HTTP endpoint a subgraph serves beside /graphql: the caller's context (token verified) and the schema. */
export interface RouteCall<TContext> {
  request: IncomingMessage;
  response: ServerResponse;
  context: TContext;
  schema: GraphQLSchema;
}

/** An HTTP endpoint beside /graphql (e.g. a streamed CSV export); it answers the call itself. */
export type SubgraphRoute<TContext> = (call: RouteCall<TContext>) => Promise<void>;

/** What the server needs from a subgraph: its protected schema and how to build a request's context. */
export interface SubgraphService<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  createContext(request: RequestInfo): TContext;
  /** readiness: the database answers */
  isReady(): Promise<boolean>;
  /** HTTP endpoints by path, each given a verified caller's context */
  routes?: Record<string, SubgraphRoute<TContext>>;
}

/** Apollo Server plugin: a log line, a histogram sample per operation and a counter per error code. */
function metricsPlugin(metrics: Metrics, logger: Logger): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, errors, contextValue }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const { requestId, db, trace } = contextValue as {
            requestId?: string; db?: { statementCount?: number }; trace?: RequestTrace;
          };
          logger.info({
            requestId, ...(trace && { trace_id: trace.traceId }), operationName, type: operation?.operation, durationMs: Math.round(seconds * 10_000) / 10,
            errors: errors?.length ?? 0, sqlStatements: db?.statementCount,
          }, 'operation');
          metrics.operationDuration.observe({
            operation: operationName ?? 'anonymous', type: operation?.operation ?? 'unknown',
            outcome: errors?.length ? 'error' : 'ok',
          }, seconds);
          for (const error of errors ?? []) metrics.operationErrors.inc({ code: String(error.extensions?.code ?? 'INTERNAL') });
        },
      };
    },
  };
}

export interface SubgraphServerOptions {
  host: string;
  port: number;
  verifier: TokenVerifier;
  logger: Logger;
  production: boolean;
  bodyLimitBytes?: number;
  /** Prometheus metrics served at /metrics */
  metrics: Metrics;
  /** OpenTelemetry spans per request, operation and transaction (none when absent) */
  tracing?: Tracing;
  /** the process's access state: every request's token is judged on it (issue 14) */
  access: AccessState;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

function headerMapOf(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function clientAddressOf(request: IncomingMessage): string {
  const forwarded = request.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || request.socket.remoteAddress || 'unknown';
}

/**
 * Whether an HTTP request asks for a subscription (its `query`, or the one `operationName` names): Apollo Server
 * would run its stream's resolver as a query and answer INTERNAL_SERVER_ERROR. Documents that do not mention
 * `subscription` are not parsed here.
 */
function isSubscriptionRequest(body: unknown, url: URL): boolean {
  const params = (body && typeof body === 'object' ? body : Object.fromEntries(url.searchParams)) as { query?: unknown; operationName?: unknown };
  if (typeof params.query !== 'string' || !/\bsubscription\b/.test(params.query)) return false;
  try {
    const operationName = typeof params.operationName === 'string' ? params.operationName : undefined;
    return getOperationAST(parse(params.query), operationName)?.operation === 'subscription';
  } catch {
    return false; // Apollo Server reports the syntax error
  }
}

function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
}

/**
 * Serves one subgraph: GraphQL over HTTP (POST and GET) and graphql-ws at `/graphql`, plus `/healthz` (alive) and
 * `/readyz` (the database answers and the access-state view is current). Each request verifies the bearer token itself: a direct call is as protected as a gateway call.
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  service: SubgraphService<TContext>,
  options: SubgraphServerOptions,
): Promise<RunningServer> {
  const { logger } = options;
  // issue 16: each token's signature is checked once per process until it expires; the access state still judges every request
  const verifier = rememberingTokenVerifier(options.verifier);
  const bodyLimit = options.bodyLimitBytes ?? 1024 * 1024;
  const apollo = new ApolloServer<TContext>({
    schema: service.schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // issue 16: no schema sets cache hints and no gateway asks for federated traces; each would wrap every field
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      metricsPlugin(options.metrics, logger) as ApolloServerPlugin<TContext>,
      ...(options.tracing ? [operationTracingPlugin() as ApolloServerPlugin<TContext>] : []),
    ],
    logger,
  });
  await apollo.start();

  async function contextFor(request: IncomingMessage, requestId: string, trace?: RequestTrace): Promise<TContext> {
    const principal = await authenticate(request.headers.authorization, verifier, options.access);
    return service.createContext({
      principal, requestId, logger: logger.child({ requestId, ...(trace && { trace_id: trace.traceId }) }),
      clientAddress: clientAddressOf(request), trace, deadline: deadlineOf(request.headers[DEADLINE_HEADER]),
    });
  }

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const requestId = requestIdOf(request);
    const trace = options.tracing && RequestTrace.start(options.tracing, { method: request.method, path: GRAPHQL_PATH, headers: request.headers });
    // 'close' comes after every outcome, including the 413 and 500 answers of handle()
    if (trace) response.once('close', () => trace.end(response.statusCode));
    // A request that arrives (or is read: a stopped process resumed) after its deadline is not started at all.
    if (deadlinePassed(deadlineOf(request.headers[DEADLINE_HEADER]))) {
      return sendJson(response, 503, { errors: [{ message: REASONS.DEADLINE_EXCEEDED.message,
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DEADLINE_EXCEEDED' } }] });
    }
    let body: unknown;
    if (request.method === 'POST') {
      const text = await readBody(request, bodyLimit);
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        return sendGraphQLError(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      }
    }
    if (isSubscriptionRequest(body, url)) {
      return sendJson(response, 400, { errors: [{ message: 'Subscriptions are served over WebSocket (graphql-transport-ws) at /graphql.',
        extensions: { code: 'BAD_REQUEST', reason: 'SUBSCRIPTION_OVER_HTTP' } }] });
    }
    let context: TContext | undefined;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers: headerMapOf(request), search: url.search, body },
      context: async () => (context = await contextFor(request, requestId, trace)),
    });
    const headers: Record<string, string> = { 'x-request-id': requestId };
    const statements = (context as { db?: { statementCount?: number } } | undefined)?.db?.statementCount;
    if (!options.production && statements !== undefined) headers['x-sql-statements'] = String(statements);
    for (const [key, value] of result.headers) headers[key] = value;
    response.writeHead(result.status ?? 200, headers);
    if (result.body.kind === 'complete') return response.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  /**
   * A route of the service: an invalid bearer token or an ended session is 401 UNAUTHENTICATED before the route
   * runs; an access state that cannot be trusted yet is 503 SERVICE_UNAVAILABLE / ACCESS_STATE_UNAVAILABLE, as on
   * /graphql (issue 14: a client told UNAUTHENTICATED would sign its user out).
   */
  async function handleRoute(route: SubgraphRoute<TContext>, request: IncomingMessage, response: ServerResponse) {
    let context: TContext;
    try {
      context = await contextFor(request, requestIdOf(request));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const code = String(error.extensions.code);
      const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 401;
      return sendJson(response, status, { errors: [{ message: error.message, extensions: { code, reason: error.reason } }] },
        status === 401 ? { 'www-authenticate': 'Bearer' } : {});
    }
    await route({ request, response, context, schema: service.schema });
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const path = (request.url ?? '/').split('?')[0];
    try {
      if (path === GRAPHQL_PATH) return await handleGraphQL(request, response);
      const route = service.routes?.[path];
      if (route) return await handleRoute(route, request, response);
      if (path === '/healthz') return sendJson(response, 200, { status: 'ok', service: service.name });
      if (path === '/metrics') {
        response.writeHead(200, { 'content-type': options.metrics.registry.contentType });
        return response.end(await options.metrics.registry.metrics());
      }
      if (path === '/readyz') {
        // issue 14: a view catching up answers every signed-in request ACCESS_STATE_UNAVAILABLE: out of rotation
        const database = await service.isReady().catch(() => false);
        const accessCurrent = options.access.current;
        const ready = database && accessCurrent;
        return sendJson(response, ready ? 200 : 503, {
          status: ready ? 'ready' : 'not ready', service: service.name,
          database: database ? 'ready' : 'unreachable', accessState: accessCurrent ? 'current' : 'catching up',
        });
      }
      sendJson(response, 404, { error: 'not found' });
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return sendGraphQLError(response, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
      }
      logger.error({ err: error }, 'request failed');
      if (!response.headersSent) sendGraphQLError(response, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else response.end();
    }
  }

  const server = http.createServer((request, response) => void handle(request, response));
  const sockets = new WebSocketServer({ server, path: GRAPHQL_PATH, maxPayload: bodyLimit });
  type Extra = SocketCaller & { request: IncomingMessage };
  options.metrics.gauge('graphql_ws_connections', 'Open graphql-ws connections', () => sockets.clients.size);
  const access = socketAccess(verifier, options.access);
  const socketRules = withUnconditionalSubscriptionRoots();
  const wsServer = useServer<Record<string, unknown> | undefined, Extra>({
    schema: service.schema,
    // graphql-js 16's own rule throws on `subscription { x @skip(if: $s) }`: a validation error instead
    validate: (schema, document) => validate(schema, document, socketRules),
    onConnect: access.onConnect,
    onSubscribe: access.onSubscribe,
    context: (ctx, id) => {
      const requestId = randomUUID();
      return service.createContext({
        principal: access.principalOf(ctx, id), requestId, logger: logger.child({ requestId }),
        clientAddress: clientAddressOf(ctx.extra.request),
      }) as unknown as Record<string, unknown>;
    },
  }, sockets);

  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host}:${port}${GRAPHQL_PATH}`;
  logger.info({ url }, `${service.name} subgraph listening`);

  return {
    url,
    port,
    async close() {
      await closeServerAndSockets(server, sockets, wsServer);
      await apollo.stop();
    },
  };
}
