import { pino } from 'pino';
import { postIncremental } from '../helpers/incremental.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

/**
 * Issue 13 kind 1 at the gateway, the edges of incremental delivery and of GET parameters: a malformed
 * `@stream(initialCount:)` is the client's mistake (it was INTERNAL_SERVER_ERROR from the executor's invariant), a
 * `@defer` under a single-result Accept is told which media types carry it, and malformed GET `variables` are 400
 * as the same mistake in a POST body is.
 */
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

interface ErrorShape { message: string; extensions?: Record<string, unknown> }

describe('issue 13 at the gateway: @stream arguments, incremental Accept, GET parameters', () => {
  let stack: TestStack;
  let token: string;
  const lines: { level: number; msg?: string }[] = [];
  const errorLines = () => lines.filter((line) => line.level >= 50);

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push(JSON.parse(line)); } });
    stack = await startTestStack({ logger });
    token = await stack.signIn('anna@contoso.it');
  }, 60_000);
  afterAll(() => stack?.close());

  const post = async (body: Record<string, unknown>, accept: string) => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as { data?: unknown; errors?: ErrorShape[] } };
  };

  const expectInitialCountRefused = (errors: ErrorShape[] | undefined, got: string) => {
    expect(errors).toEqual([expect.objectContaining({
      message: expect.stringMatching(new RegExp(`"initialCount".*non-negative integer; got ${got}\\.$`)),
      extensions: { code: 'BAD_USER_INPUT', reason: 'NUMBER_OUT_OF_RANGE', argument: 'initialCount' },
    })]);
  };

  const CASES = [
    { name: 'a negative literal at a root list', query: '{ customers(first: 1) { edges @stream(initialCount: -1) { cursor } } }', got: '-1' },
    { name: 'a negative literal at a nested entity list', query: '{ me { organization { customers(first: 1) { edges @stream(initialCount: -3) { cursor } } } } }', got: '-3' },
    { name: 'a negative variable', query: 'query($c: Int!) { partnerUsers(first: 1) { edges @stream(initialCount: $c) { cursor } } }', variables: { c: -5 }, got: '-5' },
    { name: 'a null variable', query: 'query($c: Int) { customers(first: 1) { edges @stream(initialCount: $c) { cursor } } }', variables: { c: null }, got: 'null' },
    { name: 'a null literal', query: '{ customers(first: 1) { edges @stream(initialCount: null) { cursor } } }', got: 'null' },
    { name: 'a negative literal inside a fragment', query: '{ ...F } fragment F on Query { customers(first: 1) { edges @stream(initialCount: -1) { cursor } } }', got: '-1' },
  ];

  describe('@stream(initialCount:) that is negative or null is BAD_USER_INPUT naming initialCount, nothing logged as an error', () => {
    it.each(CASES)(`$name, under ${GRAPHQL_RESPONSE} → 400`, async ({ query, variables, got }) => {
      const before = errorLines().length;
      const answer = await post({ query, variables }, GRAPHQL_RESPONSE);
      expect(answer.status).toBe(400);
      expectInitialCountRefused(answer.body.errors, got);
      expect(answer.body.data).toBeUndefined();
      expect(errorLines().slice(before)).toEqual([]);
    });

    it.each(CASES.flatMap((one) => (['multipart/mixed', 'text/event-stream'] as const).map((accept) => ({ ...one, accept }))))(
      '$name, over $accept → one payload with the error, no data', async ({ query, variables, got, accept }) => {
        const before = errorLines().length;
        const { payloads } = await postIncremental(stack.gatewayUrl, { query, variables }, accept, { authorization: `Bearer ${token}` });
        expect(payloads).toHaveLength(1);
        expect(payloads[0].data ?? null).toBeNull();
        expectInitialCountRefused(payloads[0].errors, got);
        expect(errorLines().slice(before)).toEqual([]);
      });

    it('initialCount 0, a positive literal, a positive variable and an absent one (default 0) still stream', async () => {
      for (const [query, variables] of [
        ['{ customers(first: 2) { edges @stream(initialCount: 0) { cursor } } }', undefined],
        ['{ customers(first: 2) { edges @stream(initialCount: 1) { cursor } } }', undefined],
        ['query($c: Int!) { customers(first: 2) { edges @stream(initialCount: $c) { cursor } } }', { c: 1 }],
        ['query($c: Int) { customers(first: 2) { edges @stream(initialCount: $c) { cursor } } }', {}],
      ] as const) {
        const { status, payloads } = await postIncremental(stack.gatewayUrl, { query, variables }, 'multipart/mixed', { authorization: `Bearer ${token}` });
        expect(status).toBe(200);
        expect(payloads.some((payload) => payload.errors || payload.incremental?.some((part) => part.errors))).toBe(false);
        const first = (payloads[0].data as { customers: { edges: unknown[] } }).customers.edges.length;
        const streamed = payloads.slice(1).flatMap((payload) => payload.incremental ?? []).flatMap((part) => part.items ?? []).length;
        expect(first + streamed).toBe(2);
      }
    });
  });

  it('@defer under a single-result Accept is 406 naming multipart/mixed and text/event-stream, not the Accept it was sent', async () => {
    for (const accept of [GRAPHQL_RESPONSE, 'application/json']) {
      const answer = await post({ query: '{ ... @defer { me { id } } }' }, accept);
      expect(answer.status).toBe(406);
      expect(answer.body.errors).toEqual([{ message: expect.stringContaining('multipart/mixed or text/event-stream'),
        extensions: { code: 'BAD_REQUEST', reason: 'NOT_ACCEPTABLE' } }]);
      expect(answer.body.errors![0].message).not.toContain('application/');
      expect(answer.headers.get('accept')).toBe('multipart/mixed, text/event-stream');
    }
    // an Accept the gateway cannot serve at all still lists every media type it can
    const html = await post({ query: '{ me { id } }' }, 'text/html');
    expect(html.status).toBe(406);
    expect(html.body.errors?.[0].message).toContain(GRAPHQL_RESPONSE);
  });

  it.each(['application/json', '*/*', GRAPHQL_RESPONSE])('GET with malformed variables under Accept: %s is 400 BAD_REQUEST, as the same POST', async (accept) => {
    const before = errorLines().length;
    const get = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{me{id}}')}&variables=${encodeURIComponent('{')}`,
      { headers: { authorization: `Bearer ${token}`, accept } });
    expect(get.status).toBe(400);
    expect(await get.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })] });
    const postBody = await fetch(stack.gatewayUrl, {
      method: 'POST', headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${token}` }, body: '{"query":"{me{id}}","variables":{',
    });
    expect(postBody.status).toBe(get.status);
    expect(errorLines().slice(before)).toEqual([]);
  });
});
