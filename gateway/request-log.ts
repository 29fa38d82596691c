import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger } from '../platform/logger.js';

/** One JSON log line per request with its request id, the same id the subgraphs log (x-request-id). */
export function useRequestLog(logger: Logger): GatewayPlugin {
  const started = new WeakMap<Request, { at: number; operationName?: string }>();
  return {
    onRequest({ request }) {
      started.set(request, { at: performance.now() });
    },
    onParams({ request, params }) {
      const entry = started.get(request);
      // the operation's own name when the client did not send operationName
      if (entry) entry.operationName = params.operationName ?? /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(params.query ?? '')?.[1];
    },
    onResponse({ request, response }) {
      const entry = started.get(request);
      if (!entry || new URL(request.url).pathname !== '/graphql') return;
      logger.info({
        requestId: request.headers.get('x-request-id'),
        method: request.method,
        operationName: entry.operationName,
        status: response.status,
        durationMs: Math.round((performance.now() - entry.at) * 10) / 10,
      }, 'request');
    },
  };
}
