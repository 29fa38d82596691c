import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One span as an OTLP/HTTP JSON export carries it, with the service that sent it. */
export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
}

interface KeyValue { key: string; value: Record<string, unknown> }
interface ExportRequest {
  resourceSpans?: {
    resource?: { attributes?: KeyValue[] };
    scopeSpans?: { spans?: { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: KeyValue[] }[] }[];
  }[];
}

const valuesOf = (attributes: KeyValue[] = []) =>
  Object.fromEntries(attributes.map(({ key, value }) => [key, Object.values(value)[0]]));

/** A tiny OTLP/HTTP trace receiver on a free loopback port: accepts JSON at POST /v1/traces and keeps the spans. */
export async function startOtlpReceiver() {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/traces' || !request.headers['content-type']?.includes('json')) {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ExportRequest;
      for (const { resource, scopeSpans } of body.resourceSpans ?? []) {
        const service = String(valuesOf(resource?.attributes)['service.name']);
        for (const span of (scopeSpans ?? []).flatMap((scope) => scope.spans ?? [])) {
          spans.push({
            service, traceId: span.traceId, spanId: span.spanId, parentSpanId: span.parentSpanId || undefined,
            name: span.name, attributes: valuesOf(span.attributes),
          });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** the base URL, as OTEL_EXPORTER_OTLP_ENDPOINT takes it */
    url: `http://127.0.0.1:${port}`,
    spans,
    /** waits until `found` returns a value for the spans received so far */
    async waitFor<T>(found: (received: ReceivedSpan[]) => T | undefined, timeoutMs = 5000): Promise<T> {
      const started = Date.now();
      for (;;) {
        const value = found(spans);
        if (value !== undefined) return value;
        if (Date.now() - started > timeoutMs) throw new Error(`spans not received within ${timeoutMs} ms: ${JSON.stringify(spans.map((span) => [span.service, span.name]))}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
