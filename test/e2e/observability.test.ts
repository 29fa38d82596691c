import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { startOtlpReceiver, type ReceivedSpan } from '../helpers/otlp-receiver.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

describe('health, readiness and metrics (issue 9)', () => {
  let stack: TestStack;
  let token: string;
  beforeAll(async () => {
    stack = await startTestStack();
    token = await stack.signIn('anna@contoso.it');
  });
  afterAll(() => stack?.close());

  it('/healthz and /readyz answer on the gateway and every subgraph', async () => {
    for (const url of [stack.gatewayUrl, ...Object.values(stack.subgraphUrls)]) {
      expect((await fetch(`${base(url)}/healthz`)).status).toBe(200);
      expect((await fetch(`${base(url)}/readyz`)).status).toBe(200);
    }
    const detail = await (await fetch(`${base(stack.gatewayUrl)}/readyz`)).json();
    expect(detail).toEqual({
      status: 'ready', supergraph: 'loaded', accessState: 'current', subgraphs: { customers: 'ready', identity: 'ready', partners: 'ready' },
    });
  });

  it('/metrics: operations per name and subgraph, subscriptions, database pool, process memory', async () => {
    await stack.query('query Dashboard { me { displayName organization { companyName customers { totalCount } } } }', { token });
    const customers = await (await fetch(`${base(stack.subgraphUrls.customers)}/metrics`)).text();
    expect(customers).toMatch(/graphql_operation_duration_seconds_count\{[^}]*type="query"[^}]*\} [1-9]/);
    expect(customers).toMatch(/graphql_active_subscriptions\{service="customers"\} \d+/);
    expect(customers).toMatch(/db_pool_connections\{service="customers"\} \d+/);
    expect(customers).toContain('process_resident_memory_bytes');
    const gateway = await (await fetch(`${base(stack.gatewayUrl)}/metrics`)).text();
    expect(gateway).toMatch(/subgraphName="customers"/);
    expect(gateway).toContain('graphql_ws_connections');
  });

  it('/readyz turns 503 and names the subgraph that is down', async () => {
    await stack.stopSubgraph('customers');
    const response = await fetch(`${base(stack.gatewayUrl)}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ subgraphs: { customers: 'unreachable', identity: 'ready' } });
    // the gateway's own readiness (its Kubernetes readiness probe) keeps it in rotation: the other subgraphs answer
    const own = await fetch(`${base(stack.gatewayUrl)}/readyz?exclude=subgraphs`);
    expect({ status: own.status, body: await own.json() }).toEqual({ status: 200, body: expect.objectContaining({ subgraphs: 'excluded' }) });
  });
});

describe('a subgraph dies and comes back (issue 9 reliability)', () => {
  let stack: TestStack;
  let token: string;
  beforeAll(async () => {
    stack = await startTestStack();
    token = await stack.signIn('anna@contoso.it');
  });
  afterAll(() => stack?.close());

  const QUERY = '{ me { displayName organization { companyName customers { totalCount } } } }';

  it('other subgraphs keep answering, the dead one\'s fields are null with an error at their path, then it recovers within 5 s', async () => {
    await stack.stopSubgraph('customers');
    const degraded = await stack.query(QUERY, { token });
    expect(degraded.data).toEqual({ me: { displayName: 'Anna Rossi', organization: { companyName: 'Contoso S.r.l.', customers: null } } });
    expect(degraded.errors?.[0]).toMatchObject({ path: ['me', 'organization'], extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(JSON.stringify(degraded.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    await stack.restartSubgraph('customers');
    const started = Date.now();
    let recovered = false;
    while (!recovered && Date.now() - started < 5000) {
      const result = await stack.query(QUERY, { token });
      recovered = !result.errors && (result.data as { me: { organization: { customers: unknown } } }).me.organization.customers !== null;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(recovered).toBe(true);
  });
});

describe('request ids in the logs (issue 9)', () => {
  it('the gateway and every subgraph the request reaches log the same request id', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push(JSON.parse(line)); } });
    const stack = await startTestStack({ logger });
    try {
      const token = await stack.signIn('anna@contoso.it');
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'trace-me-42' },
        body: JSON.stringify({ query: 'query Trace { me { organization { companyName customers { totalCount } } } }' }),
      });
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const traced = lines.filter((line) => line.requestId === 'trace-me-42');
      expect(traced.some((line) => line.msg === 'request' && line.operationName === 'Trace')).toBe(true);
      const operations = traced.filter((line) => line.msg === 'operation');
      expect(operations.length).toBeGreaterThanOrEqual(3); // identity, partners, customers
      expect(operations.every((line) => typeof line.durationMs === 'number')).toBe(true);
    } finally {
      await stack.close();
    }
  });
});

describe('OpenTelemetry traces (issue 9)', () => {
  const DASHBOARD = `query Dashboard { me { displayName organization { companyName
    customers(first: 10) { edges { node { companyProfile { companyName } } } } } } }`;
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let stack: TestStack;
  let token: string;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push(JSON.parse(line)); } });
    stack = await startTestStack({ logger, env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '20' } });
    token = await stack.signIn('anna@contoso.it');
  });
  afterAll(async () => {
    await stack?.close();
    await receiver?.close();
  });

  const send = (requestId: string, headers: Record<string, string> = {}) => fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId, ...headers },
    body: JSON.stringify({ query: DASHBOARD }),
  });
  const GATEWAY = 'partner-graph-gateway';
  const SUBGRAPHS = ['partner-graph-customers', 'partner-graph-identity', 'partner-graph-partners'];
  const isServerSpan = (span: ReceivedSpan) => span.name === 'POST /graphql';

  /** The trace of the gateway request with this id, once the gateway and all three subgraphs have exported it. */
  const traceOf = (requestId: string) => receiver.waitFor((spans) => {
    const root = spans.find((span) => span.service === GATEWAY && isServerSpan(span) && span.attributes['hive.request.id'] === requestId);
    const inTrace = spans.filter((span) => span.traceId === root?.traceId);
    const served = new Set(inTrace.filter((span) => span.service !== GATEWAY && isServerSpan(span)).map((span) => span.service));
    return root && served.size === SUBGRAPHS.length ? { root, spans: inTrace } : undefined;
  });

  it('one query through the gateway is one trace: gateway spans, and under them each subgraph\'s request, operation and transactions', async () => {
    const response = await send('otel-dashboard');
    expect(response.status).toBe(200);
    expect((await response.json()).errors).toBeUndefined();
    const { root, spans } = await traceOf('otel-dashboard');
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      return parent ? [parent, ...ancestors(parent)] : [];
    };
    expect(root.parentSpanId).toBeUndefined();
    expect([...new Set(spans.map((span) => span.service))].sort()).toEqual([GATEWAY, ...SUBGRAPHS].sort());
    expect(spans.filter((span) => span.service === GATEWAY).map((span) => span.name))
      .toEqual(expect.arrayContaining(['graphql.operation Dashboard', 'subgraph.execute (customers)', 'http.fetch']));
    for (const service of SUBGRAPHS) {
      const served = spans.filter((span) => span.service === service && isServerSpan(span));
      for (const span of served) {
        // the subgraph's request continues the gateway's fetch, and leads back to the gateway's request
        expect(byId.get(span.parentSpanId!)).toMatchObject({ service: GATEWAY, name: 'http.fetch' });
        expect(ancestors(span).at(-1)).toBe(root);
      }
    }
    // the customers' page is read outside a transaction (issue 16: db.read), its other work in transactions
    const databaseWork = spans.filter((span) => span.service === 'partner-graph-customers' && ['db.transaction', 'db.read'].includes(span.name));
    expect(databaseWork.length).toBeGreaterThan(0);
    for (const work of databaseWork) {
      expect(ancestors(work).map((span) => `${span.service} ${span.name}`).slice(0, 3))
        .toEqual(['partner-graph-customers query', 'partner-graph-customers POST /graphql', `${GATEWAY} http.fetch`]);
    }
    const transaction = databaseWork[0];
    expect(ancestors(transaction).map((span) => `${span.service} ${span.name}`).slice(0, 3))
      .toEqual(['partner-graph-customers query', 'partner-graph-customers POST /graphql', `${GATEWAY} http.fetch`]);
    // log correlation: every line of the request carries its trace id
    const logged = lines.filter((line) => line.requestId === 'otel-dashboard');
    expect(logged.map((line) => line.msg).sort()).toEqual(['operation', 'operation', 'operation', 'request']);
    expect(logged.every((line) => line.trace_id === root.traceId)).toBe(true);
  });

  it('a client\'s traceparent is continued: the gateway request is its child, in the client\'s trace', async () => {
    const traceId = randomBytes(16).toString('hex');
    const clientSpanId = randomBytes(8).toString('hex');
    const response = await send('otel-client', { traceparent: `00-${traceId}-${clientSpanId}-01` });
    expect(response.status).toBe(200);
    const { root, spans } = await traceOf('otel-client');
    expect(root).toMatchObject({ traceId, parentSpanId: clientSpanId });
    expect(spans.filter((span) => span.service !== GATEWAY).length).toBeGreaterThan(3);
  });
});
