import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { trace } from '@opentelemetry/api';
import type { Logger } from '../platform/logger.js';

/**
 * One JSON log line per request with its request id, the same id the subgraphs log (x-request-id), and the
 * trace id when the request is traced.
 */
export function useRequestLog(logger: Logger): GatewayPlugin {
  const started = new WeakMap<Request, { at: number; operationName?: string; traceId?: string }>();
  return {
    onRequest({ request, url }) {
      // nothing to measure when the line would not be written (LOG_LEVEL above info) or is not a GraphQL request's
      if (url.pathname !== '/graphql' || !logger.isLevelEnabled('info')) return;
      // the OpenTelemetry plugin runs each request inside its HTTP span; without tracing there is none
      started.set(request, { at: performance.now(), traceId: trace.getActiveSpan()?.spanContext().traceId });
    },
    onParams({ request, params }) {
      const entry = started.get(request);
      // the operation's own name when the client did not send operationName
      if (entry) entry.operationName = params.operationName ?? /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(params.query ?? '')?.[1];
    },
    onResponse({ request, response }) {
      const entry = started.get(request);
      if (!entry) return;
      logger.info({
        requestId: request.headers.get('x-request-id'),
        ...(entry.traceId && { trace_id: entry.traceId }),
        method: request.method,
        operationName: entry.operationName,
        status: response.status,
        durationMs: Math.round((performance.now() - entry.at) * 10) / 10,
      }, 'request');
    },
  };
}
