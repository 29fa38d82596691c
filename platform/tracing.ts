import { context, propagation, trace, type TextMapPropagator, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { TracingConfig } from './config.js';

/** A service's OpenTelemetry tracer, exporting over OTLP/HTTP (JSON). */
export interface Tracing {
  serviceName: string;
  tracer: Tracer;
  /** W3C Trace Context (`traceparent`, `tracestate`) */
  propagator: TextMapPropagator;
  /** exports the spans still buffered */
  flush(): Promise<void>;
  /** exports what is buffered and stops; a global registration is undone */
  shutdown(): Promise<void>;
}

/**
 * Starts tracing for one service, or returns undefined when no OTLP endpoint is configured (then nothing is
 * created and nothing is traced). `global` registers the provider, the W3C propagator and an async context
 * manager with @opentelemetry/api, for libraries that trace through it (the gateway's OpenTelemetry plugin);
 * subgraphs pass their tracer explicitly, so several services can share a process with their own names.
 */
export function startTracing(service: string, config: TracingConfig, options: { global?: boolean } = {}): Tracing | undefined {
  if (!config.endpoint) return undefined;
  const serviceName = config.serviceName ?? `partner-graph-${service}`;
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.endpoint }), {
      scheduledDelayMillis: config.exportDelayMs,
    })],
  });
  const propagator = new W3CTraceContextPropagator();
  const registered = Boolean(options.global) && trace.setGlobalTracerProvider(provider);
  if (registered) {
    propagation.setGlobalPropagator(propagator);
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  }
  return {
    serviceName,
    tracer: provider.getTracer('partner-graph'),
    propagator,
    flush: () => provider.forceFlush(),
    async shutdown() {
      await provider.shutdown();
      if (!registered) return;
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}
