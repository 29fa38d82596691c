import { setMaxListeners } from 'node:events';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult } from 'graphql';

/** The header that tells a subgraph until when its answer is awaited: epoch milliseconds (README "Errors"). */
export const DEADLINE_HEADER = 'x-request-deadline';

/**
 * A header that only keys the in-flight deduplication (gateway/auth.ts useCallerContext) and never leaves the gateway:
 * the caller's access as the gateway judged it for this request, so that a query sent after the caller's roles or
 * organization changed never joins a fetch started before (README "Access changes take effect on the next request").
 */
export const ACCESS_KEY_HEADER = 'x-partner-graph-access';

/** The header that carries the client's request id to every subgraph, which logs it (subgraphs/kit/server.ts). */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * How much earlier than its own timeout the gateway sets a subgraph's deadline (10% of the timeout, at most 250 ms),
 * so that a write the subgraph committed just before its deadline is still answered, not reported as failed.
 */
export const deadlineMarginOf = (timeoutMs: number) => Math.min(250, Math.floor(timeoutMs / 10));

/** A subgraph that did not answer in time: GATEWAY_TIMEOUT, masked to SERVICE_UNAVAILABLE by gateway/errors.ts. */
const timedOut = (subgraphName: string | undefined, timeoutMs: number) =>
  new GraphQLError(`Subgraph ${subgraphName ?? ''} did not answer within ${timeoutMs} ms: timed out.`,
    { extensions: { code: 'GATEWAY_TIMEOUT', http: { status: 504 } } });

/**
 * The abort signal of one subgraph fetch: aborted `timeoutMs` after it starts (GATEWAY_TIMEOUT), or as soon as `outer`
 * (the HTTP executor's own signal, aborted when the executor is disposed) aborts. `release()` once the fetch has
 * settled: its listener leaves `outer`, which lives as long as the executor, so listeners never pile up there.
 */
class FetchAbort implements EventListenerObject {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly outer: AbortSignal | undefined, timeoutMs: number, subgraphName: string | undefined) {
    if (outer) {
      // one listener per fetch in flight, each removed when it settles: not a leak, whatever their number
      if (!unboundedSignals.has(outer)) {
        setMaxListeners(0, outer);
        unboundedSignals.add(outer);
      }
      outer.addEventListener('abort', this);
    }
    this.timer = setTimeout(expire, timeoutMs, this, subgraphName, timeoutMs);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  handleEvent(): void {
    this.abort(this.outer?.reason);
  }

  abort(reason: unknown): void {
    this.release();
    this.controller.abort(reason);
  }

  release(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this);
  }
}

const unboundedSignals = new WeakSet<AbortSignal>();
const expire = (fetch: FetchAbort, subgraphName: string | undefined, timeoutMs: number) => fetch.abort(timedOut(subgraphName, timeoutMs));

/**
 * Each subgraph fetch but a subscription's (over WebSocket, bounded by gateway/upstream-ws.ts) as it leaves (the
 * runtime's `onFetch`), after the HTTP executor (@graphql-tools/executor-http `deduplicateInflightRequests`) has keyed
 * its in-flight deduplication on URL, body and the other headers, so that identical queries in flight still share one
 * fetch (a mutation is never shared):
 * - `x-request-id`: the client's request id. A query that joined an identical one in flight is answered by that
 *   one's fetch, which the subgraph logged under the first request's id;
 * - `x-request-deadline: <epoch ms>`: when the gateway stops waiting for it (`timeoutMs` from now, less
 *   `deadlineMarginOf`). The subgraph refuses work past it and rolls back a transaction that could only commit after
 *   it (subgraphs/kit/deadline.ts), so that a mutation the client was told failed (SERVICE_UNAVAILABLE) is not stored
 *   after all. Set here, whatever the client sent: clients cannot choose it;
 * - aborted when no response has come within `timeoutMs` (the socket of a hung subgraph is closed), or when the
 *   executor's own signal aborts (the gateway shutting down). Its own signal and timer, released when the response
 *   comes: the runtime's `upstreamTimeout` tied a timeout signal to every subgraph execution with
 *   @graphql-hive/signal `abortSignalAny`, whose listeners pile up on the executor's long-lived signal.
 */
export function useSubgraphFetches(timeoutMs: number): GatewayPlugin {
  const within = timeoutMs - deadlineMarginOf(timeoutMs);
  return {
    onFetch({ context, executionRequest, options, fetchFn, setFetchFn }) {
      if (!executionRequest) return;
      const headers = (options.headers ??= {}) as Record<string, string>;
      // over WebSocket the client's operation has no HTTP request, hence no id
      const requestId = (context as { request?: Request } | undefined)?.request?.headers.get(REQUEST_ID_HEADER);
      if (requestId) headers[REQUEST_ID_HEADER] = requestId;
      delete headers[ACCESS_KEY_HEADER];
      if (executionRequest.operationType === 'subscription') return;
      headers[DEADLINE_HEADER] = String(Date.now() + within);
      const abort = new FetchAbort(options.signal ?? undefined, timeoutMs, executionRequest.subgraphName);
      options.signal = abort.signal;
      setFetchFn((url, init, ...rest) => Promise.resolve(fetchFn(url, init, ...rest)).finally(() => abort.release()));
    },
  };
}

/**
 * Every subgraph execution but a subscription's ends within `timeoutMs`, and one that fails (timed out, socket reset)
 * becomes a result carrying the error: the Rust planner's executor then places it at the paths the fetch would have
 * filled, as it does for a refused connection (issue 13 kind 6: a subgraph that does not answer in time fails alone,
 * SERVICE_UNAVAILABLE at its paths). Thrown, a GraphQLError would be reported without a path
 * (@graphql-hive/router-runtime 1.4.23, handleSubgraphExecutionError), so that the client could not tell which fields
 * are missing. A query that joined an identical one in flight is bounded by its own `timeoutMs` too.
 */
export function useFailedFetchesAtTheirPaths(timeoutMs: number): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName, executionRequest, executor, setExecutor }) {
      if (executionRequest.operationType === 'subscription') return;
      setExecutor(async (request) => {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(timedOut(subgraphName, timeoutMs)), timeoutMs);
        });
        try {
          const result = await Promise.race([executor(request), late]);
          // The HTTP executor answers a joined fetch's abort with a result carrying it (SUBREQUEST_HTTP_ERROR)
          if (!isAsyncIterable(result) && result.errors?.some(wasAborted)) return { errors: [timedOut(subgraphName, timeoutMs)] };
          return result;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          // A query that joined an identical one in flight gets that fetch's abort as a bare AbortError when it timed out
          // (or the gateway is stopping): the same GATEWAY_TIMEOUT as the request that started it, never an internal error.
          if (wasAborted(error)) return { errors: [timedOut(subgraphName, timeoutMs)] };
          return { errors: [error instanceof GraphQLError ? error : new GraphQLError(message, { originalError: error as Error })] };
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';

/** An error that is, or wraps, an aborted fetch (DOMException / Error named AbortError, or its message). */
function wasAborted(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 4; depth += 1) {
    if ((cause as { name?: string }).name === 'AbortError') return true;
    if (/operation was aborted/i.test((cause as { message?: string }).message ?? '')) return true;
    cause = (cause as { originalError?: unknown; cause?: unknown }).originalError ?? (cause as { cause?: unknown }).cause;
  }
  return false;
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
