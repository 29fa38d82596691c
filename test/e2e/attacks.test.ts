import { readFile } from 'node:fs/promises';
import http from 'node:http';
import pg from 'pg';
import WebSocket from 'ws';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { DEFAULT_TRAFFIC_LIMITS } from '../../gateway/guards.js';
import { accessStateSettings } from '../../platform/access-state.js';
import { createLogger } from '../../platform/logger.js';
import { SUPERGRAPH_FILE, withSubgraphUrls } from '../../platform/supergraph.js';
import { createTokenVerifier } from '../../platform/tokens.js';
import { graphql, startTestStack, type TestStack } from '../helpers/stack.js';

/** Issue 9's attack list: each is refused with a clear error, and the gateway keeps answering. */
describe('attacks on the gateway', () => {
  let stack: TestStack;
  let token: string;

  beforeAll(async () => {
    stack = await startTestStack();
    token = await stack.signIn('anna@contoso.it');
  });
  afterAll(() => stack?.close());

  afterEach(async () => {
    expect((await graphql(stack.gatewayUrl, '{ me { displayName } }', { token })).data).toEqual({ me: { displayName: 'Anna Rossi' } });
  });

  it('CSRF: a simple form POST or a GET without a custom header is refused; JSON POSTs and bearer calls work', async () => {
    const form = await fetch(stack.gatewayUrl, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('mutation { signOut(refreshToken: "x") }')}`,
    });
    expect(form.status).toBe(403);
    const plain = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect([403, 415]).toContain(plain.status);
    const get = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(403);
    const withHeader = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'x-graphql-csrf': '1' } });
    expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('a huge body is refused with 413 before it is read; a chunked body with 411', async () => {
    const huge = await fetch(stack.gatewayUrl, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(DEFAULT_TRAFFIC_LIMITS.maxBodyBytes + 1) } }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(stack.gatewayUrl);
      const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.write('{"query":"{ __typename }"}');
      request.end();
    });
    expect(status).toBe(411);
  });

  it('a batched-query flood is refused (batching is off)', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ me { id } }' }))),
    });
    const body = await response.json() as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('circular fragments are a validation error', async () => {
    const result = await stack.query('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }', { token });
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    "'; drop table customers.customers; --",
    "adatum' or '1'='1",
    '%',
    '_',
    '\\',
  ])('SQL-ish search %j is data, not code', async (search) => {
    const result = await stack.query<{ customers: { totalCount: number } }>(
      'query ($s: String) { customers(search: $s) { totalCount } }', { token, variables: { s: search } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.customers.totalCount).toBe(0);
    const db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const { rows } = await db.query('select count(*)::int as n from customers.customers');
    await db.end();
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('a WebSocket flood without a token: every socket is closed (4403), nothing crashes', async () => {
    const url = stack.gatewayUrl.replace('http', 'ws');
    const codes = await Promise.all(Array.from({ length: 50 }, () => new Promise<number>((resolve) => {
      const socket = new WebSocket(url, 'graphql-transport-ws');
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      socket.on('close', (code) => resolve(code));
      socket.on('error', () => resolve(-1));
    })));
    expect(new Set(codes)).toEqual(new Set([4403]));
  });

  it('errors never carry stack traces', async () => {
    const result = await stack.query('{ customer(id: "not-a-uuid") { id } }', { token });
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe('rate limits and connection caps', () => {
  let stack: TestStack;
  let gateway: RunningGateway;

  beforeAll(async () => {
    stack = await startTestStack();
    gateway = await startGateway({
      supergraph: withSubgraphUrls(await readFile(SUPERGRAPH_FILE, 'utf8'), stack.subgraphUrls),
      verifier: createTokenVerifier(stack.keys, stack.config.jwt), logger: createLogger('test', 'silent'),
      production: false, host: '127.0.0.1', port: 0,
      traffic: { ...DEFAULT_TRAFFIC_LIMITS, perUserPerMinute: 5, perAddressPerMinute: 12, socketsPerAddress: 3 },
      access: accessStateSettings(stack.config, stack.databaseUrl),
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await stack?.close();
  });

  it('per user: the sixth operation in a minute is 429 RATE_LIMITED; another user still passes; then per address', async () => {
    const anna = await stack.signIn('anna@contoso.it');
    const marco = await stack.signIn('marco@contoso.it');
    for (let i = 0; i < 5; i += 1) expect((await graphql(gateway.url, '{ me { id } }', { token: anna })).status).toBe(200);
    const limited = await graphql(gateway.url, '{ me { id } }', { token: anna });
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect((await graphql(gateway.url, '{ me { id } }', { token: marco })).status).toBe(200);
    let status = 200;
    for (let i = 0; i < 10 && status === 200; i += 1) status = (await graphql(gateway.url, '{ __typename }')).status;
    expect(status).toBe(429);
  });

  it('WebSocket connections per address are capped', async () => {
    const url = gateway.url.replace('http', 'ws');
    const open = await Promise.all(Array.from({ length: 3 }, () => new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(url, 'graphql-transport-ws');
      socket.on('open', () => resolve(socket));
      socket.on('error', reject);
    })));
    const refused = await new Promise<string>((resolve) => {
      const socket = new WebSocket(url, 'graphql-transport-ws');
      socket.on('unexpected-response', (_request, response) => resolve(String(response.statusCode)));
      socket.on('open', () => resolve('opened'));
      socket.on('error', () => resolve('error'));
    });
    expect(refused).toBe('429');
    for (const socket of open) socket.close();
  });
});
