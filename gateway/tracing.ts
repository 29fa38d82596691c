import type { GatewayConfigContext, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';
import { hive } from '@graphql-hive/plugin-opentelemetry/api';

/**
 * Hive Gateway's OpenTelemetry plugin: spans for each GraphQL request (HTTP, operation, parse, validate,
 * execute, each subgraph execution and fetch), continuing the client's `traceparent` and sending one to every
 * subgraph. It traces through @opentelemetry/api, so the gateway registers its provider globally
 * (platform/tracing.ts). Health, readiness and metrics requests are not traced.
 */
export function useTracing(context: GatewayConfigContext, graphqlPath: string): GatewayPlugin[] {
  return [
    useOpenTelemetry({
      ...context,
      traces: { spans: { http: ({ request }) => new URL(request.url, 'http://localhost').pathname === graphqlPath } },
    }) as GatewayPlugin,
    // the plugin registers its helpers process-wide: release them so that a later gateway can register its own
    { onDispose: () => hive.disable() },
  ];
}
