import { loadConfig } from '../../platform/config.js';
import { startTracing } from '../../platform/tracing.js';

describe('tracing configuration (issue 9)', () => {
  it('is off by default: no endpoint, no tracer', () => {
    const { tracing } = loadConfig({});
    expect(tracing.endpoint).toBeUndefined();
    expect(startTracing('gateway', tracing)).toBeUndefined();
  });

  it('OTEL_EXPORTER_OTLP_ENDPOINT is the collector\'s base URL; traces go to /v1/traces', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing.endpoint).toBe('http://collector:4318/v1/traces');
  });

  it('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is used as given and wins over the base URL', () => {
    const { tracing } = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces:4318/otlp/v1/traces',
    });
    expect(tracing.endpoint).toBe('http://traces:4318/otlp/v1/traces');
  });

  it('OTEL_SDK_DISABLED=true turns it off again; OTEL_SERVICE_NAME and OTEL_BSP_SCHEDULE_DELAY are read', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).tracing.endpoint).toBeUndefined();
    expect(loadConfig({ OTEL_SERVICE_NAME: 'edge-gateway', OTEL_BSP_SCHEDULE_DELAY: '200' }).tracing)
      .toEqual({ endpoint: undefined, serviceName: 'edge-gateway', exportDelayMs: 200 });
  });

  it('names each service partner-graph-<service> unless OTEL_SERVICE_NAME says otherwise', async () => {
    const tracing = startTracing('customers', loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' }).tracing);
    expect(tracing?.serviceName).toBe('partner-graph-customers');
    await tracing?.shutdown();
  });
});
