import { readFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { accessStateSettings } from '../../platform/access-state.js';
import { createLogger } from '../../platform/logger.js';
import { SUPERGRAPH_FILE, withSubgraphUrls } from '../../platform/supergraph.js';
import { createTokenVerifier } from '../../platform/tokens.js';
import { startTestStack, waitFor, type TestStack } from '../helpers/stack.js';

/**
 * Issue 16: identical queries of one caller in flight share one subgraph fetch (SUBGRAPH_DEDUPLICATION, on by
 * default). Sharing must not change what a request is told: a request joining a fetch that times out is told
 * SERVICE_UNAVAILABLE like the one that started it (issue 13 kind 6, never an internal error), and a request judged on
 * changed roles never joins a fetch started under the old ones (README "Access changes take effect on the next request").
 */
type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post(url: string, query: string, token: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST', signal: AbortSignal.timeout(60_000),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query }),
  });
  return await response.json() as Body;
}

describe('in-flight deduplication at the gateway (issue 16)', () => {
  let stack: TestStack;
  const gateways: RunningGateway[] = [];
  const gatewayTo = async (customersUrl: string, subgraphTimeoutMs: number, subgraphDeduplication: boolean) => {
    const gateway = await startGateway({
      supergraph: withSubgraphUrls(await readFile(SUPERGRAPH_FILE, 'utf8'), { ...stack.subgraphUrls, customers: customersUrl }),
      verifier: createTokenVerifier(stack.keys, stack.config.jwt), logger: createLogger('test', 'silent'),
      production: true, host: '127.0.0.1', port: 0, access: accessStateSettings(stack.config, stack.databaseUrl!),
      subgraphTimeoutMs, subgraphDeduplication,
    });
    gateways.push(gateway);
    return gateway;
  };
  beforeAll(async () => { stack = await startTestStack(); }, 120_000);
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await stack?.close();
  });

  describe('a subgraph that does not answer', () => {
    const held = new Set<net.Socket>();
    const stalled = net.createServer((socket) => { held.add(socket); socket.on('error', () => undefined); });
    beforeAll(async () => { await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve)); });
    afterAll(async () => {
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => stalled.close(resolve));
    });

    it.each([true, false])('deduplication %s: the first query and those that joined it all end SERVICE_UNAVAILABLE', async (deduplication) => {
      const { port } = stalled.address() as net.AddressInfo;
      const gateway = await gatewayTo(`http://127.0.0.1:${port}/graphql`, 1000, deduplication);
      const anna = await stack.signIn('anna@contoso.it');
      const connected = held.size;
      const QUERY = '{ customers(first: 1) { totalCount } }';
      const first = post(gateway.url, QUERY, anna);
      // the others are sent once the first one's fetch is open, so they join it while it hangs
      await waitFor(async () => held.size > connected, 'the first fetch to reach the stalled subgraph', 30_000);
      const results = await Promise.all([first, ...Array.from({ length: 4 }, () => post(gateway.url, QUERY, anna))]);
      for (const result of results) expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    });
  });

  describe('roles changed while an identical query is in flight', () => {
    let proxy: http.Server;
    let release: (() => void) | undefined;
    let heldLeads = 0;
    beforeAll(async () => {
      // a customers subgraph whose customerLeads answers wait until the test releases them
      const target = new URL(stack.subgraphUrls.customers);
      proxy = http.createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [key, value] of Object.entries(request.headers)) {
            if (typeof value === 'string' && !['host', 'connection', 'content-length', 'transfer-encoding'].includes(key)) headers[key] = value;
          }
          const body = request.method === 'POST' ? Buffer.concat(chunks) : undefined;
          const hold = Boolean(body?.toString().includes('customerLeads'));
          if (hold) heldLeads += 1;
          fetch(`${target.origin}${request.url}`, { method: request.method, headers, body }).then(async (upstream) => {
            const text = await upstream.text();
            const answer = () => {
              response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
              response.end(text);
            };
            if (hold && !release) await new Promise<void>((resolve) => { release = resolve; });
            answer();
          }, () => { response.writeHead(502); response.end(); });
        });
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      release?.();
      await new Promise((resolve) => proxy.close(resolve));
    });

    it('a query sent after a demotion took effect is judged by the new roles, not answered by the fetch started before it', async () => {
      const { port } = proxy.address() as net.AddressInfo;
      const gateway = await gatewayTo(`http://127.0.0.1:${port}/graphql`, 30_000, true);
      const anna = await stack.signIn('anna@contoso.it');
      const marco = await stack.signIn('marco@contoso.it');
      const marcoId = ((await post(stack.gatewayUrl, '{ me { id } }', marco)).data as { me: { id: string } }).me.id;
      const LEADS = '{ customerLeads { totalCount } }';
      const first = post(gateway.url, LEADS, marco);
      await waitFor(async () => heldLeads > 0, 'the first customerLeads fetch to be held', 30_000);
      const demoted = await post(stack.gatewayUrl,
        `mutation { setPartnerUserRoles(userId: "${marcoId}", agentRole: HELPDESK_AGENT, adminRole: NONE) { id } }`, anna);
      expect(demoted.errors).toBeUndefined();
      // C-24 is not a helpdesk agent's: once the subgraph refuses Marco directly, the change has taken effect
      await waitFor(async () => (await post(stack.subgraphUrls.customers, LEADS, marco)).errors?.length, 'the demotion at the subgraph', 30_000);
      const second = post(gateway.url, LEADS, marco);
      // the second query must not wait for (or be answered by) the held fetch: release it only after the second is answered
      const secondBody = await Promise.race([second, new Promise<Body>((resolve) => setTimeout(() => resolve({ errors: [{ message: 'joined' }] }), 20_000))]);
      release?.();
      expect(secondBody.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect((await first).errors).toBeUndefined();
    }, 90_000);
  });
});
