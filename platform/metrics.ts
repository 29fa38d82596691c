import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per process: default process metrics (memory, event loop, GC) plus the service's own. */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    operationDuration: new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operations served, by operation name, type and outcome',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    operationErrors: new Counter({
      name: 'graphql_errors_total', help: 'GraphQL errors returned, by code', labelNames: ['code'], registers: [registry],
    }),
    gauge: (name: string, help: string, collect: () => number | Promise<number>) => new Gauge({
      name, help, registers: [registry],
      async collect() { this.set(await collect()); },
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
