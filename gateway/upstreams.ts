import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult } from 'graphql';

/**
 * The runtime's `upstreamTimeout` (Hive Gateway useUpstreamTimeout): a subgraph fetch that takes longer than
 * `timeoutMs` is aborted and fails alone (GATEWAY_TIMEOUT, masked to SERVICE_UNAVAILABLE by gateway/errors.ts).
 * A subscription is long-lived by design: the timeout would end it, so its socket is bounded by the ws transport
 * (gateway/upstream-ws.ts) instead.
 */
export function upstreamTimeoutOf(timeoutMs: number) {
  return ({ executionRequest }: { executionRequest?: { operationType?: string } }) =>
    (executionRequest?.operationType === 'subscription' ? undefined : timeoutMs);
}

/** The header that tells a subgraph until when its answer is awaited: epoch milliseconds (README "Errors"). */
export const DEADLINE_HEADER = 'x-request-deadline';

/**
 * How much earlier than its own timeout the gateway sets a subgraph's deadline (10% of the timeout, at most 250 ms),
 * so that a write the subgraph committed just before its deadline is still answered, not reported as failed.
 */
export const deadlineMarginOf = (timeoutMs: number) => Math.min(250, Math.floor(timeoutMs / 10));

/** The header that carries the client's request id to every subgraph, which logs it (subgraphs/kit/server.ts). */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Two headers set on each subgraph fetch as it leaves (the runtime's `onFetch`), after the HTTP executor
 * (@graphql-tools/executor-http `deduplicateInflightRequests`) has keyed its in-flight deduplication on URL, body
 * and the other headers, so that identical queries in flight still share one fetch (a mutation is never shared):
 * - `x-request-id`: the client's request id. A query that joined an identical one in flight is answered by that
 *   one's fetch, which the subgraph logged under the first request's id;
 * - `x-request-deadline: <epoch ms>` (every fetch but a subscription's): when the gateway stops waiting for it
 *   (`timeoutMs` from now, less `deadlineMarginOf`). The subgraph refuses work past it and rolls back a transaction
 *   that could only commit after it (subgraphs/kit/deadline.ts), so that a mutation the client was told failed
 *   (SERVICE_UNAVAILABLE) is not stored after all. Set here, whatever the client sent: clients cannot choose it.
 */
export function useSubgraphRequestHeaders(timeoutMs: number): GatewayPlugin {
  const within = timeoutMs - deadlineMarginOf(timeoutMs);
  return {
    onFetch({ context, executionRequest, options }) {
      if (!executionRequest) return;
      const headers = (options.headers ??= {}) as Record<string, string>;
      // over WebSocket the client's operation has no HTTP request, hence no id
      const requestId = (context as { request?: Request } | undefined)?.request?.headers.get(REQUEST_ID_HEADER);
      if (requestId) headers[REQUEST_ID_HEADER] = requestId;
      if (executionRequest.operationType !== 'subscription') headers[DEADLINE_HEADER] = String(Date.now() + within);
    },
  };
}

/**
 * A subgraph fetch that throws (timed out, socket reset) becomes a result carrying the error: the Rust planner's
 * executor then places it at the paths the fetch would have filled, as it does for a refused connection. Thrown,
 * a GraphQLError would be reported without a path (@graphql-hive/router-runtime 1.4.23,
 * handleSubgraphExecutionError), so that the client could not tell which fields are missing.
 */
export function useFailedFetchesAtTheirPaths(): GatewayPlugin {
  return {
    onSubgraphExecute({ executionRequest, executor, setExecutor }) {
      if (executionRequest.operationType === 'subscription') return;
      setExecutor(async (request) => {
        try {
          return await executor(request);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return { errors: [error instanceof GraphQLError ? error : new GraphQLError(message, { originalError: error as Error })] };
        }
      });
    },
  };
}

/**
 * A result as sent over graphql-transport-ws: `extensions.http` of its errors is a status for the HTTP layer
 * (yoga leaves it out of HTTP responses) and means nothing on a socket.
 */
export function withoutHttpExtensions(result: ExecutionResult | FormattedExecutionResult): FormattedExecutionResult | undefined {
  if (!result.errors?.some((error) => error.extensions && 'http' in error.extensions)) return undefined;
  return {
    ...result,
    errors: result.errors.map((error) => {
      const formatted = error instanceof GraphQLError ? error.toJSON() : error;
      if (!formatted.extensions || !('http' in formatted.extensions)) return formatted;
      const { http: _http, ...extensions } = formatted.extensions;
      return { ...formatted, extensions };
    }),
  };
}
