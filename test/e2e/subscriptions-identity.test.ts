import { readFile } from 'node:fs/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startGateway } from '../../gateway/index.js';
import { accessStateSettings } from '../../platform/access-state.js';
import { createLogger } from '../../platform/logger.js';
import { SUPERGRAPH_FILE, withSubgraphUrls } from '../../platform/supergraph.js';
import { createTokenSigner, createTokenVerifier } from '../../platform/tokens.js';
import { USERS } from '../../scripts/seed/world.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';
import { LiveSubscription, settle } from '../helpers/live.js';
import { describeOnEachBus } from '../helpers/event-bus.js';

const SUBSCRIPTION = `subscription ($after: ID) {
  partnerUserChanged(after: $after) { eventId change user { displayName organization { companyName } } actor { displayName } }
}`;

type Change = { eventId: string; change: string; user: { displayName: string; organization: { companyName: string } | null } };

const changes = (live: LiveSubscription) => live.results
  .map((result) => (result.data?.partnerUserChanged as Change | undefined))
  .filter((change): change is Change => Boolean(change));

// Issue 17: the same suites on LISTEN/NOTIFY and on NATS JetStream.
describeOnEachBus('identity streams', () => {
  describe('partnerUserChanged through the gateway (§5, issue 7)', () => {
    let stack: TestStack;
    let anna: string;
    let created = 0;

    beforeAll(async () => {
      stack = await startTestStack();
      anna = await stack.signIn('anna@contoso.it');
    });
    afterAll(() => stack?.close());

    async function createUser(token = anna) {
      created += 1;
      const result = await stack.query(`mutation { createPartnerUser(input: { displayName: "Live ${created}",
        email: "live${created}@contoso.it", agentRole: NONE, adminRole: NONE }) { user { id } } }`, { token });
      expect(result.errors).toBeUndefined();
    }

    it('AS-3 step 1: a created user reaches the organization\'s dashboard, with fields from other subgraphs; never another partner\'s', async () => {
      const contoso = new LiveSubscription(stack.gatewayUrl, anna, SUBSCRIPTION);
      const fabrikam = new LiveSubscription(stack.gatewayUrl, await stack.signIn('fabio@fabrikam.it'), SUBSCRIPTION);
      try {
        await settle();
        await createUser();
        await contoso.until(() => changes(contoso).length === 1);
        expect(changes(contoso)[0]).toMatchObject({
          change: 'CREATED', user: { displayName: `Live ${created}`, organization: { companyName: 'Contoso S.r.l.' } },
        });
        expect(contoso.results[0].data?.partnerUserChanged).toMatchObject({ actor: { displayName: 'Anna Rossi' } });
        await settle(500);
        expect(fabrikam.results).toEqual([]);
      } finally {
        await contoso.close();
        await fabrikam.close();
      }
    });

    it('is refused at subscribe time to roles the matrix does not allow (helpdesk agent)', async () => {
      const luca = new LiveSubscription(stack.gatewayUrl, await stack.signIn('luca@contoso.it'), SUBSCRIPTION);
      try {
        await luca.until(() => luca.completed);
        expect(luca.results[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
      } finally {
        await luca.close();
      }
    });

    it('AS-10 step 7 pattern: demoting the subscriber closes the stream with SUBSCRIPTION_REVOKED', async () => {
      const ugo = USERS.find((user) => user.email === 'ugo@contoso.it')!;
      const live = new LiveSubscription(stack.gatewayUrl, await stack.signIn('ugo@contoso.it'), SUBSCRIPTION);
      try {
        await settle();
        await stack.query(`mutation { setPartnerUserRoles(userId: "${ugo.id}", agentRole: NONE, adminRole: NONE) { id } }`,
          { token: anna });
        await live.until(() => live.completed);
        const last = live.results[live.results.length - 1];
        expect(last.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SUBSCRIPTION_REVOKED' });
      } finally {
        await live.close();
        await stack.query(`mutation { setPartnerUserRoles(userId: "${ugo.id}", agentRole: NONE, adminRole: USER_MANAGEMENT_ADMIN) { id } }`,
          { token: anna });
      }
    });

    it('resumes after a disconnect: the missed events, in order, without duplicates', async () => {
      const first = new LiveSubscription(stack.gatewayUrl, anna, SUBSCRIPTION);
      await settle();
      await createUser();
      // the stream may also carry other recent changes (a previous test's role updates): track our own event
      const mine = () => changes(first).find((change) => change.user?.displayName === `Live ${created}`);
      await first.until(() => Boolean(mine()));
      const seen = mine()!;
      await first.close();
      await createUser();
      await createUser();
      const resumed = new LiveSubscription(stack.gatewayUrl, anna, SUBSCRIPTION, { after: seen.eventId });
      try {
        await resumed.until(() => changes(resumed).length >= 2);
        await createUser();
        await resumed.until(() => changes(resumed).some((change) => change.user?.displayName === `Live ${created}`));
        await settle(300);
        const names = changes(resumed).map((change) => change.user.displayName);
        expect(names).toEqual([`Live ${created - 2}`, `Live ${created - 1}`, `Live ${created}`]);
        const ids = changes(resumed).map((change) => Number(change.eventId));
        expect(ids).toEqual([...ids].sort((a, b) => a - b));
        expect(ids[0]).toBeGreaterThan(Number(seen.eventId));
      } finally {
        await resumed.close();
      }
    });

    it('also streams over SSE through the gateway', async () => {
      const controller = new AbortController();
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST', signal: controller.signal,
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${anna}` },
        body: JSON.stringify({ query: 'subscription { partnerUserChanged { change user { displayName } } }' }),
      });
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      const reader = response.body!.getReader();
      await settle();
      await createUser();
      let text = '';
      const deadline = Date.now() + 10_000;
      while (!text.includes(`Live ${created}`) && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      controller.abort();
      expect(text).toContain('event: next');
      expect(text).toContain(`"displayName":"Live ${created}"`);
    });
  });

  describe('stream lifecycle (issue 7)', () => {
    let stack: TestStack;
    beforeAll(async () => { stack = await startTestStack(); });
    afterAll(() => stack?.close());

    it('an expired access token ends the stream with UNAUTHENTICATED / TOKEN_EXPIRED', async () => {
      const anna = USERS.find((user) => user.email === 'anna@contoso.it')!;
      const signer = createTokenSigner(stack.keys, { ...stack.config.jwt, accessTokenTtlSeconds: 2 });
      const { token } = await signer.signAccessToken({
        sub: anna.id, tid: anna.tenantId, pid: anna.tenantId, pst: 'ACTIVE', agr: 'ADMIN_AGENT', adr: 'GLOBAL_ADMIN',
        mcp: false, tga: true, sid: '5e55e55e-0000-4000-8000-000000000002', ver: 0, oev: 0,
      });
      const live = new LiveSubscription(stack.gatewayUrl, token, SUBSCRIPTION);
      try {
        await live.until(() => live.completed, 8000);
        expect(live.results[live.results.length - 1]?.errors?.[0]?.extensions)
          .toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
      } finally {
        await live.close();
      }
    });

    it('a gateway shutting down closes client sockets with 1001 (going away) so dashboards reconnect and resume', async () => {
      const supergraph = withSubgraphUrls(await readFile(SUPERGRAPH_FILE, 'utf8'), stack.subgraphUrls);
      const gateway = await startGateway({
        supergraph, verifier: createTokenVerifier(stack.keys, stack.config.jwt), logger: createLogger('test', 'silent'),
        production: false, host: '127.0.0.1', port: 0, access: accessStateSettings(stack.config, stack.databaseUrl),
      });
      const token = await stack.signIn('anna@contoso.it');
      const client = createClient({
        url: gateway.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
      client.subscribe({ query: SUBSCRIPTION }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      await settle();
      await gateway.close();
      expect(await closed).toBe(1001);
      await client.dispose();
    });
  });
});
