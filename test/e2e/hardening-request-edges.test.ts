import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { createClient } from 'graphql-ws';
import { pino } from 'pino';
import WebSocket from 'ws';
import { startTestStack, type TestStack } from '../helpers/stack.js';

/**
 * Issue 13 at the gateway, the edges found after it landed: integer literals and request bodies the gateway could
 * not read, conditional subscription roots (kinds 1 and 7), and the cost of merged selections (kind 8).
 */
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const CLIENT_CODES = /^(BAD_REQUEST|BAD_USER_INPUT|NOT_FOUND|FORBIDDEN|GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|PAYLOAD_TOO_LARGE)$/;

interface GraphQLErrorShape { message: string; path?: unknown[]; extensions?: Record<string, unknown> }
interface Answer {
  status: number;
  contentType: string | null;
  body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorShape[]; extensions?: Record<string, unknown> };
}

describe('issue 13 at the gateway: request edges', () => {
  let stack: TestStack;
  let token: string;
  const lines: { level: number; msg?: string; err?: { message?: string } }[] = [];
  const errorLines = () => lines.filter((line) => line.level >= 50);

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push(JSON.parse(line)); } });
    stack = await startTestStack({ logger });
    token = await stack.signIn('anna@contoso.it');
  });
  afterAll(() => stack?.close());

  async function post(body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, authorization: `Bearer ${token}`, ...headers },
      body,
    });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type'), body: text ? JSON.parse(text) : {} };
  }
  const ask = (query: string, variables?: Record<string, unknown>, extensions?: Record<string, unknown>) =>
    post(JSON.stringify({ query, variables, extensions }));

  /** A client error: 4xx or a 200 with client codes only, never INTERNAL_SERVER_ERROR, nothing logged at error level. */
  function expectClientError(answer: Answer, errorLinesBefore: number) {
    expect(answer.status).toBeLessThan(500);
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    for (const error of answer.body.errors ?? []) expect(error.extensions?.code).toMatch(CLIENT_CODES);
    expect(errorLines().slice(errorLinesBefore)).toEqual([]);
  }

  describe('issue 13 kind 1: integer literals the query planner cannot read are client errors', () => {
    it.each([
      { name: 'an ID beyond 64 bits', query: '{ customer(id: 99999999999999999999) { id } }' },
      { name: 'an ID of 2^63', query: '{ customer(id: 9223372036854775808) { id } }' },
      { name: 'a negative ID beyond 64 bits', query: '{ customer(id: -99999999999999999999) { id } }' },
      { name: 'an ID of -2^63 - 1', query: '{ customer(id: -9223372036854775809) { id } }' },
      { name: 'an ID inside an input object', query: '{ customers(filter: { provider: 99999999999999999999 }) { totalCount } }' },
      { name: 'IDs inside a list', query: 'mutation { assignCustomerUserLicenses(id: 99999999999999999999, add: [99999999999999999999, 1]) { id } }' },
      { name: 'an ID as a variable\'s default value', query: 'query($id: ID = 99999999999999999999) { customer(id: $id) { id } }' },
      { name: 'a DateTime given a huge integer', query: '{ activityLog(filter: { from: 99999999999999999999 }) { totalCount } }' },
    ])('$name → a client error, never INTERNAL_SERVER_ERROR', async ({ query }) => {
      const before = errorLines().length;
      expectClientError(await ask(query), before);
    });

    it('an integer literal given to an ID reaches the subgraph as the string it means (ID coercion): NOT_FOUND at its path', async () => {
      const answer = await ask('{ customer(id: 99999999999999999999) { id } }');
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ customer: null });
      expect(answer.body.errors).toEqual([expect.objectContaining({ path: ['customer'], extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
    });

    it('a huge integer where no string is meant (a DateTime) is BAD_USER_INPUT / INTEGER_TOO_LARGE, 400, naming the argument', async () => {
      const answer = await ask('{ activityLog(filter: { from: 99999999999999999999 }) { totalCount } }');
      if (answer.body.errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') return; // refused by the scalar itself: as good
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({
        message: expect.stringContaining('"filter"'), extensions: { code: 'BAD_USER_INPUT', reason: 'INTEGER_TOO_LARGE', argument: 'filter' } })]);
    });
  });

  describe('issue 13 kind 7: a subscription\'s root field may not be conditional', () => {
    const message = 'Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.';
    it.each([
      { name: '@skip(if: true)', query: 'subscription { partnerUserChanged @skip(if: true) { eventId } }' },
      { name: '@skip through a variable', query: 'subscription($s: Boolean!) { partnerUserChanged @skip(if: $s) { eventId } }', variables: { s: true } },
      { name: '@include(if: false)', query: 'subscription { partnerUserChanged @include(if: false) { eventId } }' },
      { name: '@skip(if: false)', query: 'subscription { partnerUserChanged @skip(if: false) { eventId } }' },
      { name: '@skip inside a fragment at the root', query: 'subscription { ...F } fragment F on Subscription { partnerUserChanged @skip(if: true) { eventId } }' },
    ])('$name → GRAPHQL_VALIDATION_FAILED (GraphQL spec §5.2.3.1), 400, nothing logged as an error', async ({ query, variables }) => {
      const before = errorLines().length;
      const answer = await ask(query, variables);
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
      expect(errorLines().slice(before)).toEqual([]);
    });

    it('the same over SSE and over graphql-ws', async () => {
      const before = errorLines().length;
      const query = 'subscription($s: Boolean!) { partnerUserChanged @skip(if: $s) { eventId } }';
      const sse = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { s: true } }),
      });
      const stream = await sse.text();
      expect(stream).toContain('GRAPHQL_VALIDATION_FAILED');
      expect(stream).not.toContain('INTERNAL_SERVER_ERROR');
      const client = createClient({
        url: stack.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      try {
        const outcome = await new Promise<unknown>((resolve) => {
          client.subscribe({ query, variables: { s: true } }, { next: resolve, error: resolve, complete: () => resolve('complete') });
        });
        expect(JSON.stringify(outcome)).toContain(message);
        expect(JSON.stringify(outcome)).not.toContain('INTERNAL_SERVER_ERROR');
      } finally {
        await client.dispose();
      }
      expect(errorLines().slice(before)).toEqual([]);
    });
  });

  describe('issue 13 kind 7, at a subgraph called directly: the same subscriptions are client errors there too', () => {
    it('graphql-ws: a conditional root is a validation error, not an internal one (4500)', async () => {
      const client = createClient({
        url: stack.subgraphUrls.identity.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      try {
        const outcome = await new Promise<unknown>((resolve) => {
          client.subscribe({ query: 'subscription($s: Boolean!) { partnerUserChanged @skip(if: $s) { eventId } }', variables: { s: true } },
            { next: resolve, error: resolve, complete: () => resolve('complete') });
        });
        expect(JSON.stringify(outcome)).toContain('must not use `@skip` or `@include` directives in the top level selection.');
      } finally {
        await client.dispose();
      }
    });

    it('HTTP: a subscription is BAD_REQUEST / SUBSCRIPTION_OVER_HTTP (400), not a stream resolver run as a query', async () => {
      for (const query of ['subscription { partnerUserChanged { eventId } }', 'subscription($s: Boolean!) { partnerUserChanged @skip(if: $s) { eventId } }']) {
        const response = await fetch(stack.subgraphUrls.identity, {
          method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: { s: true } }),
        });
        expect(response.status).toBe(400);
        expect(await response.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'BAD_REQUEST', reason: 'SUBSCRIPTION_OVER_HTTP' } })] });
      }
    });
  });

  describe('issue 13 kind 8: the cost is the cost of what executes (merged selections)', () => {
    const costOf = async (query: string, variables?: Record<string, unknown>) => {
      const answer = await ask(query, variables, { cost: true });
      expect(answer.body.errors).toBeUndefined();
      return (answer.body.extensions?.cost as { requested: number }).requested;
    };

    it('a field selected twice (directly and through an inline fragment, two spreads of one fragment, twice in a row) costs once', async () => {
      const once = await costOf('{ me { id } }');
      expect(once).toBe(2);
      expect(await costOf('{ me { id } ... on Query { me { id } } }')).toBe(once);
      expect(await costOf('query { ...F ...F } fragment F on Query { me { id } }')).toBe(once);
      expect(await costOf('{ me { id } me { id } }')).toBe(once);
      expect(await costOf('{ me { id } me { displayName } }')).toBe(await costOf('{ me { id displayName } }'));
    });

    it('a page selected twice costs one page; different aliases are different fields and cost each', async () => {
      const page = '{ customers(first: 50) { totalCount edges { node { id } } } }';
      const single = await costOf(page);
      expect(await costOf(`{ ...P ...P } fragment P on Query ${page}`)).toBe(single);
      expect(await costOf(`{ customers(first: 50) { totalCount } ... on Query { customers(first: 50) { edges { node { id } } } } }`)).toBe(single);
      expect(await costOf('{ a: me { id } b: me { id } }')).toBe(2 * (await costOf('{ me { id } }')));
    });

    it('repeating a selection does not escape the budget either: an over-budget page is refused however it is spelled', async () => {
      const heavy = '{ customers(first: 100) { edges { node { subscriptions(first: 100) { edges { node { id offerName status quantity } } } } } } }';
      const twice = `{ ...H ...H } fragment H on Query ${heavy}`;
      for (const query of [heavy, twice]) {
        const answer = await ask(query);
        expect(answer.status).toBe(400);
        expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'MAX_COST' });
      }
    });
  });

  describe('issue 13 kind 1: request bodies the gateway cannot read are client errors', () => {
    const plain = JSON.stringify({ query: '{ me { id } }' });
    const expectMe = (answer: Answer) => expect(answer).toMatchObject({ status: 200, body: { data: { me: { id: expect.any(String) } } } });

    it.each([
      { encoding: 'gzip', encode: gzipSync },
      { encoding: 'deflate', encode: deflateSync },
      { encoding: 'br', encode: brotliCompressSync },
      { encoding: 'identity', encode: (text: string) => Buffer.from(text) },
    ])('a body sent with Content-Encoding: $encoding is decoded and answered', async ({ encoding, encode }) => {
      expectMe(await post(new Uint8Array(encode(plain)), { 'content-encoding': encoding }));
    });

    it('several encodings are undone last first', async () => {
      expectMe(await post(new Uint8Array(brotliCompressSync(gzipSync(plain))), { 'content-encoding': 'gzip, br' }));
    });

    it.each([
      { name: 'an unknown Content-Encoding', body: plain, encoding: 'zstdx', status: 415, code: 'BAD_REQUEST', reason: 'UNSUPPORTED_CONTENT_ENCODING' },
      { name: 'garbage as br', body: 'garbage', encoding: 'br', status: 400, code: 'BAD_REQUEST', reason: 'MALFORMED_BODY' },
      { name: 'garbage as gzip', body: 'garbage', encoding: 'gzip', status: 400, code: 'BAD_REQUEST', reason: 'MALFORMED_BODY' },
      { name: 'a truncated gzip body', body: gzipSync(plain).subarray(0, 12), encoding: 'gzip', status: 400, code: 'BAD_REQUEST', reason: 'MALFORMED_BODY' },
      { name: 'a gzip body that inflates past the body limit', body: gzipSync(Buffer.alloc(4 * 1024 * 1024, 32)), encoding: 'gzip',
        status: 413, code: 'PAYLOAD_TOO_LARGE', reason: 'PAYLOAD_TOO_LARGE' },
    ])('$name → $status $code / $reason, GraphQL-shaped, nothing logged as an error', async ({ body, encoding, status, code, reason }) => {
      const before = errorLines().length;
      const answer = await post(typeof body === 'string' ? body : new Uint8Array(body), { 'content-encoding': encoding });
      expect(answer.status).toBe(status);
      expect(answer.contentType).toContain('json');
      expect(answer.body.errors).toEqual([{ message: expect.any(String), extensions: { code, reason } }]);
      expect(errorLines().slice(before)).toEqual([]);
    });
  });

  describe('issue 13 kind 1: a request that does not parse says so cleanly, without the parser\'s internals', () => {
    const document = encodeURIComponent('{ me { id } }');
    it.each([
      { name: 'a malformed JSON body', send: () => post('{"query":'), status: 400 },
      { name: 'a body that is not JSON at all', send: () => post('nope'), status: 400 },
      { name: 'a malformed JSON body under Accept: application/json', send: () => post('{"query":', { accept: 'application/json' }), status: 400 },
      { name: 'a text/plain body', send: () => post('{ me { id } }', { 'content-type': 'text/plain', 'x-graphql-csrf': '1' }), status: 415 },
      { name: 'a multipart body', send: () => post('--x\r\n\r\n--x--', { 'content-type': 'multipart/form-data; boundary=x' }), status: 415 },
      { name: 'a batched array', send: () => post(JSON.stringify([{ query: '{ me { id } }' }])), status: 400 },
      { name: 'GET with malformed variables JSON', status: 400, send: async (): Promise<Answer> => {
        const response = await fetch(`${stack.gatewayUrl}?query=${document}&variables=%7Bx`, { headers: { authorization: `Bearer ${token}`, accept: GRAPHQL_RESPONSE } });
        return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
      } },
      { name: 'GET with malformed extensions JSON', status: 400, send: async (): Promise<Answer> => {
        const response = await fetch(`${stack.gatewayUrl}?query=${document}&extensions=%7Bx`, { headers: { authorization: `Bearer ${token}`, accept: GRAPHQL_RESPONSE } });
        return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
      } },
    ])('$name → $status BAD_REQUEST with a plain message: no originalError, no parser message, no stack', async ({ send, status }) => {
      const before = errorLines().length;
      const answer = await send();
      expect(answer.status).toBe(status);
      expect(answer.contentType).toContain('json');
      expect(answer.body.errors).toHaveLength(1);
      const [error] = answer.body.errors!;
      expect(error.extensions?.code).toBe('BAD_REQUEST');
      expect(Object.keys(error.extensions ?? {}).filter((key) => key !== 'code' && key !== 'reason')).toEqual([]);
      expect(JSON.stringify(error)).not.toMatch(/originalError|SyntaxError|Unexpected token|stack|position \d/);
      expect(errorLines().slice(before)).toEqual([]);
    });
  });
});
