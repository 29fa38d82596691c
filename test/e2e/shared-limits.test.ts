import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DEFAULT_TRAFFIC_LIMITS, type TrafficLimits } from '../../gateway/guards.js';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { accessStateSettings } from '../../platform/access-state.js';
import { createLogger } from '../../platform/logger.js';
import { SUPERGRAPH_FILE, withSubgraphUrls } from '../../platform/supergraph.js';
import { createTokenVerifier } from '../../platform/tokens.js';
import { REDIS_SERVER, startRedisServer, type RedisServer } from '../helpers/servers.js';
import { graphql, startTestStack, type TestStack } from '../helpers/stack.js';

const LIMIT = 10;

if (!REDIS_SERVER) console.warn('redis-server is not installed: the shared rate-limit tests are skipped (apt-get install redis-server)');
const describeWithRedis = REDIS_SERVER ? describe : describe.skip;

describeWithRedis('rate limits shared across gateway instances through Redis (issue 17 §3)', () => {
  let redis: RedisServer;
  let stack: TestStack;
  const gateways: RunningGateway[] = [];

  /** Two more gateways in front of the stack's subgraphs, counting in Redis (or, without `redisUrl`, each alone). */
  async function twoGateways(traffic: Partial<TrafficLimits>, redisUrl?: string): Promise<RunningGateway[]> {
    const supergraph = withSubgraphUrls(await readFile(SUPERGRAPH_FILE, 'utf8'), stack.subgraphUrls);
    const prefix = `test:${randomUUID()}:`;
    const started = await Promise.all([0, 1].map(() => startGateway({
      supergraph, verifier: createTokenVerifier(stack.keys, stack.config.jwt), logger: createLogger('test', 'silent'),
      production: false, host: '127.0.0.1', port: 0, access: accessStateSettings(stack.config, stack.databaseUrl),
      traffic: { ...DEFAULT_TRAFFIC_LIMITS, perUserPerMinute: 0, perAddressPerMinute: 0, ...traffic },
      rateLimitStore: { redisUrl, prefix },
    })));
    gateways.push(...started);
    return started;
  }

  /** Sends `count` requests alternately to the gateways; how many were let through (not 429). */
  async function allowed(targets: RunningGateway[], count: number, send: (url: string) => Promise<Response>): Promise<number> {
    let passed = 0;
    for (let i = 0; i < count; i += 1) {
      const response = await send(targets[i % targets.length].url);
      if (response.status !== 429) passed += 1;
      else expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      await response.body?.cancel();
    }
    return passed;
  }

  const asUser = (token: string) => (url: string) => fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  const anonymous = (url: string) => fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-graphql-csrf': '1' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

  beforeAll(async () => {
    redis = await startRedisServer();
    stack = await startTestStack();
  }, 60_000);
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await stack?.close();
    await redis?.close();
  });

  // The window slides: crossing a minute boundary mid-test may let one or two more through, never a second quota.
  it(`per user: ${LIMIT} a minute through two gateways together, not ${LIMIT} each`, async () => {
    const token = await stack.signIn('anna@contoso.it');
    const shared = await twoGateways({ perUserPerMinute: LIMIT }, redis.url);
    const through = await allowed(shared, 3 * LIMIT, asUser(token));
    expect(through).toBeGreaterThanOrEqual(LIMIT);
    expect(through).toBeLessThanOrEqual(LIMIT + 2);
    // the same two gateways counting alone let each its own quota through: what the shared count prevents
    const alone = await twoGateways({ perUserPerMinute: LIMIT });
    expect(await allowed(alone, 3 * LIMIT, asUser(await stack.signIn('pietro@northwind.it')))).toBeGreaterThanOrEqual(2 * LIMIT);
  });

  // the gateway takes the address from the socket (x-forwarded-for is not trusted): the test's is 127.0.0.1
  it(`per address: ${LIMIT} a minute through two gateways together`, async () => {
    const shared = await twoGateways({ perAddressPerMinute: LIMIT }, redis.url);
    const through = await allowed(shared, 3 * LIMIT, anonymous);
    expect(through).toBeGreaterThanOrEqual(LIMIT);
    expect(through).toBeLessThanOrEqual(LIMIT + 2);
  });

  it('sign-in throttle: failed sign-ins through either gateway count together (identity keeps them in PostgreSQL)', async () => {
    const [a, b] = await twoGateways({}, redis.url);
    const signIn = (url: string, password: string) => graphql(url,
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }',
      { variables: { e: 'marco@contoso.it', p: password } });
    const { perAccount } = stack.config.signInThrottle;
    for (let i = 0; i < perAccount; i += 1) {
      const failed = await signIn(i % 2 ? b.url : a.url, 'wrong-password');
      expect(failed.errors?.[0]?.extensions?.reason).not.toBe('TOO_MANY_ATTEMPTS');
    }
    for (const url of [a.url, b.url]) {
      expect((await signIn(url, 'wrong-password')).errors?.[0]?.extensions).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS' });
    }
  });

  it('Redis hung (SIGSTOP): requests answer at once, counting in memory, and the limit still holds per instance', async () => {
    const token = await stack.signIn('anna@contoso.it');
    // both limiters of a request (per user, per address) in use: before, each waited out its own command timeout
    const [gateway] = await twoGateways({ perUserPerMinute: LIMIT, perAddressPerMinute: 1000 }, redis.url);
    expect(await allowed([gateway], 1, asUser(token))).toBe(1);
    redis.pause();
    try {
      const took: number[] = [];
      let passed = 0;
      for (let i = 0; i < LIMIT + 5; i += 1) {
        const started = Date.now();
        const response = await asUser(token)(gateway.url);
        took.push(Date.now() - started);
        if (response.status !== 429) passed += 1;
        await response.body?.cancel();
      }
      // one bounded wait (the command timeout) when Redis stops answering, then none: never seconds per request
      expect(took.filter((ms) => ms >= 1000)).toEqual([]);
      // the count went on in memory: the first (counted in Redis) plus this instance's own full quota
      expect(passed).toBe(LIMIT);
    } finally {
      redis.resume();
    }
  });

  it('Redis away: each gateway goes on counting alone instead of failing requests', async () => {
    const token = await stack.signIn('fabio@fabrikam.it');
    const [gateway] = await twoGateways({ perUserPerMinute: LIMIT }, 'redis://127.0.0.1:1');
    expect(await allowed([gateway], LIMIT + 5, asUser(token))).toBe(LIMIT);
  });
});
