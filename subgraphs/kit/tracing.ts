import type { IncomingHttpHeaders } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';
import type { Tracing } from '../../platform/tracing.js';

/**
 * The spans of one subgraph request: a server span that continues the caller's `traceparent` (the gateway's
 * subgraph fetch), the GraphQL operation inside it, and each database transaction inside that. Parents are
 * passed explicitly rather than through a context manager, so each subgraph keeps its own tracer.
 */
export class RequestTrace {
  private parent: Context;

  private constructor(private readonly tracing: Tracing, private readonly server: Span, caller: Context) {
    this.parent = trace.setSpan(caller, server);
  }

  static start(tracing: Tracing, request: { method?: string; path: string; headers: IncomingHttpHeaders }): RequestTrace {
    const caller = tracing.propagator.extract(ROOT_CONTEXT, request.headers, {
      keys: (headers) => Object.keys(headers),
      get: (headers, key) => headers[key],
    });
    const method = request.method ?? 'GET';
    const span = tracing.tracer.startSpan(`${method} ${request.path}`, {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': method, 'url.path': request.path },
    }, caller);
    return new RequestTrace(tracing, span, caller);
  }

  get traceId(): string {
    return this.server.spanContext().traceId;
  }

  /** Opens the operation span: spans started after it (transactions) become its children. */
  startOperation(): Span {
    const span = this.tracing.tracer.startSpan('graphql.operation', { kind: SpanKind.INTERNAL }, this.parent);
    this.parent = trace.setSpan(this.parent, span);
    return span;
  }

  /** Runs `work` inside a child span of the innermost open span; a thrown error marks the span. */
  async inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>): Promise<T> {
    const span = this.tracing.tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes }, this.parent);
    try {
      return await work(span);
    } catch (error) {
      failed(span, error);
      throw error;
    } finally {
      span.end();
    }
  }

  end(status: number, error?: unknown): void {
    this.server.setAttribute('http.response.status_code', status);
    if (error !== undefined) failed(this.server, error);
    else if (status >= 500) this.server.setStatus({ code: SpanStatusCode.ERROR });
    this.server.end();
  }
}

function failed(span: Span, error: unknown): void {
  if (error instanceof Error) span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/** Apollo Server plugin: one span per GraphQL operation (`query`, or `query Dashboard` when named), under the request's span. */
export function operationTracingPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ contextValue }) {
      const requestTrace = (contextValue as { trace?: RequestTrace }).trace;
      if (!requestTrace) return;
      const span = requestTrace.startOperation();
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          span.updateName(operationName ? `${operation.operation} ${operationName}` : operation.operation);
          span.setAttribute('graphql.operation.type', operation.operation);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
        async willSendResponse({ errors }) {
          if (errors?.length) {
            span.setAttribute('graphql.error.count', errors.length);
            span.setStatus({ code: SpanStatusCode.ERROR, message: errors[0].message });
          }
          span.end();
        },
      };
    },
  };
}
