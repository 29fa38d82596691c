import { readFile } from 'node:fs/promises';
import net from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { accessStateSettings } from '../../platform/access-state.js';
import { createLogger } from '../../platform/logger.js';
import { SUPERGRAPH_FILE, withSubgraphUrls } from '../../platform/supergraph.js';
import { createTokenVerifier } from '../../platform/tokens.js';
import { graphql, startTestStack, type TestStack } from '../helpers/stack.js';

/** Issue 13, the gateway's share: a hung subgraph stays bounded (kind 6); a skipped field never runs (kind 7). */
describe('issue 13 at the gateway: upstreams', () => {
  let stack: TestStack;
  const gateways: RunningGateway[] = [];

  beforeAll(async () => { stack = await startTestStack(); });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await stack?.close();
  });

  async function gatewayOver(urls: Partial<TestStack['subgraphUrls']>, options: { rustQueryPlanner?: boolean; subgraphTimeoutMs?: number } = {}) {
    const gateway = await startGateway({
      supergraph: withSubgraphUrls(await readFile(SUPERGRAPH_FILE, 'utf8'), { ...stack.subgraphUrls, ...urls }),
      verifier: createTokenVerifier(stack.keys, stack.config.jwt), logger: createLogger('test', 'silent'),
      production: false, host: '127.0.0.1', port: 0, access: accessStateSettings(stack.config, stack.databaseUrl), ...options,
    });
    gateways.push(gateway);
    return gateway;
  }

  describe('issue 13 kind 6: a hung subgraph does not hang the request', () => {
    // A partners subgraph that accepts connections and never answers a byte: a real stalled socket.
    const held = new Set<net.Socket>();
    const stalled = net.createServer((socket) => { held.add(socket); socket.on('error', () => undefined); });
    let gateway: RunningGateway;
    let token: string;

    beforeAll(async () => {
      await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
      const { port } = stalled.address() as net.AddressInfo;
      gateway = await gatewayOver({ partners: `http://127.0.0.1:${port}/graphql` }, { subgraphTimeoutMs: 300 });
      token = await stack.signIn('anna@contoso.it');
    });
    afterAll(async () => {
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => stalled.close(resolve));
    });

    it('{ me { displayName organization { companyName } } } answers with the reachable data and SERVICE_UNAVAILABLE at the missing path', async () => {
      const response = await fetch(gateway.url, {
        method: 'POST', signal: AbortSignal.timeout(20_000),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { displayName organization { companyName } } }' }),
      });
      const body = await response.json() as { data?: { me?: { displayName: string; organization: unknown } }; errors?: { path?: unknown[]; extensions?: { code?: string } }[] };
      expect(response.status).toBe(200);
      expect(body.data?.me).toEqual({ displayName: 'Anna Rossi', organization: null });
      expect(body.errors?.[0]).toMatchObject({ path: ['me', 'organization'], extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect(JSON.stringify(body.errors)).not.toMatch(/127\.0\.0\.1|abort|timeout/i);
    });

    it('a subscription served by the stalled subgraph ends with SERVICE_UNAVAILABLE instead of waiting forever', async () => {
      const client = createClient({
        url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      try {
        const outcome = await new Promise<unknown>((resolve, reject) => {
          const deadline = setTimeout(() => reject(new Error('the subscription was still waiting after 30 s')), 30_000);
          const settle = (value: unknown) => { clearTimeout(deadline); resolve(value); };
          client.subscribe({ query: 'subscription { partnershipChanged { eventId } }' },
            { next: settle, error: settle, complete: () => settle('complete') });
        });
        expect(JSON.stringify(outcome)).toContain('"code":"SERVICE_UNAVAILABLE"');
      } finally {
        await client.dispose();
      }
    });

    it('the other subgraphs answer as before', async () => {
      expect((await graphql(gateway.url, '{ me { displayName } }', { token })).data).toEqual({ me: { displayName: 'Anna Rossi' } });
    });
  });

  describe.each([
    { planner: 'Rust', rustQueryPlanner: true },
    { planner: 'JavaScript', rustQueryPlanner: false },
  ])('issue 13 kind 7: @skip/@include decide before planning ($planner planner)', ({ rustQueryPlanner }) => {
    let gateway: RunningGateway;
    let marco: string;
    const NESTED = `query($skip: Boolean!) { me { organization { customers(first: 1) @skip(if: $skip) { totalCount } } }
      partnerUsers(first: 1) @skip(if: $skip) { totalCount } }`;

    beforeAll(async () => {
      gateway = await gatewayOver({}, { rustQueryPlanner });
      marco = await stack.signIn('marco@contoso.it');
    });
    const ask = async (query: string, variables?: Record<string, unknown>) => {
      const { status, ...body } = await graphql(gateway.url, query, { token: marco, variables });
      return { status, body };
    };

    it.each([
      { query: '{ me @skip(if: true) { id } }' },
      { query: '{ me @include(if: false) { id } }' },
      { query: 'query($s: Boolean!) { me @skip(if: $s) { id } }', variables: { s: true } },
      { query: 'query($i: Boolean!) { me @include(if: $i) { id } }', variables: { i: false } },
      { query: 'query($s: Boolean!) { ... @skip(if: $s) { me { id } } }', variables: { s: true } },
    ])('$query with $variables → {"data": {}}', async ({ query, variables }) => {
      expect(await ask(query, variables)).toEqual({ status: 200, body: { data: {} } });
    });

    it('a field skipped by $skip never runs: no FORBIDDEN from partnerUsers for a user without the role (I-03)', async () => {
      expect(await ask(NESTED, { skip: true })).toEqual({ status: 200, body: { data: { me: { organization: {} } } } });
    });

    it('with $skip = false the same fields run (and partnerUsers is FORBIDDEN for him)', async () => {
      const { body } = await ask(NESTED, { skip: false });
      expect(body.data).toMatchObject({ me: { organization: { customers: { totalCount: expect.any(Number) } } }, partnerUsers: null });
      expect(body.errors?.[0]).toMatchObject({ path: ['partnerUsers'], extensions: { code: 'FORBIDDEN' } });
    });

    it('a skipped field beside kept ones: only the kept ones answer', async () => {
      expect(await ask('query($s: Boolean!) { me { id organization @skip(if: $s) { companyName } } customers(first: 1) @include(if: true) { totalCount } }', { s: true }))
        .toEqual({ status: 200, body: { data: { me: { id: expect.any(String) }, customers: { totalCount: expect.any(Number) } } } });
    });
  });
});
