import { createClient, type Client } from 'graphql-ws';
import { GraphQLError, print, type DocumentNode, type ExecutionResult } from 'graphql';
import WebSocket from 'ws';
import type { CallerContext } from './auth.js';

/** What the gateway runtime hands a transport's executor (@graphql-tools/utils ExecutionRequest, the part used here). */
interface SubgraphRequest {
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
  operationType?: string;
  extensions?: Record<string, unknown>;
  context?: unknown;
  signal?: AbortSignal;
}

/** graphql-ws retries a dropped upstream socket this many times (randomised 1 s, 2 s back-off) before giving up. */
const RETRY_ATTEMPTS = 2;
/** An idle upstream socket is closed this long after its last subscription ended. */
const LAZY_CLOSE_MS = 3000;

/**
 * A graphql-transport-ws client to one subgraph for one caller, every wait of it bounded by `timeoutMs`: the
 * opening handshake (`ws` handshakeTimeout), connection_ack (graphql-ws connectionAckWaitTimeout), and, once
 * connected, a pong for each keep-alive ping (the graphql-ws "ping/pong timeout" recipe; a frozen subgraph
 * answers no pong and its socket is terminated).
 */
function boundedClient(url: string, authorization: string | undefined, timeoutMs: number, onClosed: () => void): Client {
  class BoundedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { handshakeTimeout: timeoutMs });
    }
  }
  let pongDeadline: NodeJS.Timeout | undefined;
  const client: Client = createClient({
    url,
    webSocketImpl: BoundedWebSocket,
    lazy: true,
    lazyCloseTimeout: LAZY_CLOSE_MS,
    connectionParams: authorization ? { authorization } : {},
    connectionAckWaitTimeout: timeoutMs,
    keepAlive: timeoutMs,
    retryAttempts: RETRY_ATTEMPTS,
    on: {
      ping: (received) => {
        if (!received) pongDeadline = setTimeout(() => client.terminate(), timeoutMs);
      },
      pong: (received) => {
        if (received) clearTimeout(pongDeadline);
      },
      closed: () => {
        clearTimeout(pongDeadline);
        onClosed();
      },
    },
  });
  return client;
}

/** Errors the upstream sent (GraphQL errors) go on as they are; a socket that failed is SERVICE_UNAVAILABLE. */
function asUpstreamError(error: unknown, subgraphName: string): unknown {
  if (Array.isArray(error) || error instanceof GraphQLError) return error;
  return new GraphQLError(`The ${subgraphName} service did not answer in time.`, {
    extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: subgraphName },
  });
}

async function* bounded<T>(events: AsyncIterableIterator<T>, subgraphName: string): AsyncGenerator<T> {
  try {
    yield* events;
  } catch (error) {
    throw asUpstreamError(error, subgraphName);
  } finally {
    await events.return?.();
  }
}

/**
 * The `ws` transport of the gateway (subscriptions to subgraphs), in place of @graphql-mesh/transport-ws whose
 * clients cannot be given graphql-ws's timeouts: one client per subgraph and caller (the caller's
 * `authorization` is its connection_init payload, as the subgraphs expect), each bounded by `timeoutMs`
 * (issue 13 kind 6). A subscription whose subgraph stalls ends with SERVICE_UNAVAILABLE.
 */
export function boundedWebSocketTransport(timeoutMs: number) {
  return {
    getSubgraphExecutor({ transportEntry, subgraphName }: { transportEntry: { location?: string }; subgraphName: string }) {
      if (!transportEntry.location) throw new Error(`subgraph ${subgraphName} has no WebSocket location`);
      const url = transportEntry.location.replace(/^http/, 'ws');
      const clients = new Map<string, Client>();
      const clientFor = (authorization: string | undefined) => {
        const key = authorization ?? '';
        let client = clients.get(key);
        if (!client) {
          client = boundedClient(url, authorization, timeoutMs, () => clients.delete(key));
          clients.set(key, client);
        }
        return client;
      };
      const executor = <TReturn>(request: SubgraphRequest): AsyncGenerator<ExecutionResult<TReturn>> | Promise<ExecutionResult<TReturn>> => {
        const { authorization } = (request.context ?? {}) as CallerContext;
        const events = clientFor(authorization).iterate({
          query: print(request.document), variables: request.variables, operationName: request.operationName, extensions: request.extensions,
        }) as AsyncIterableIterator<ExecutionResult<TReturn>>;
        request.signal?.addEventListener('abort', () => void events.return?.(), { once: true });
        const stream = bounded(events, subgraphName);
        return request.operationType === 'subscription' ? stream : stream.next().then(({ value }) => value as ExecutionResult<TReturn>);
      };
      return Object.assign(executor, {
        [Symbol.asyncDispose]: async () => { await Promise.all([...clients.values()].map((client) => client.dispose())); },
      });
    },
  };
}
