import { pino } from 'pino';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestStack, type TestStack } from '../helpers/stack.js';

/** Issue 13, the gateway's share: a client's own mistake is a client error (kind 1); the cost limit is one formula (kind 8). */
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

interface Answer {
  status: number;
  contentType: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> };
}

describe('issue 13 at the gateway', () => {
  let stack: TestStack;
  let token: string;
  const lines: { level: number; msg?: string; err?: { message?: string } }[] = [];

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push(JSON.parse(line)); } });
    stack = await startTestStack({ logger });
    token = await stack.signIn('anna@contoso.it');
  });
  afterAll(() => stack?.close());

  async function send(init: { body?: unknown; rawBody?: string; search?: string; accept?: string; headers?: Record<string, string> }): Promise<Answer> {
    const response = await fetch(init.search === undefined ? stack.gatewayUrl : `${stack.gatewayUrl}?${init.search}`, {
      method: init.search === undefined ? 'POST' : 'GET',
      headers: {
        authorization: `Bearer ${token}`, accept: init.accept ?? GRAPHQL_RESPONSE,
        ...(init.search === undefined ? { 'content-type': 'application/json' } : {}), ...init.headers,
      },
      body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type'), body: text ? JSON.parse(text) : {} };
  }

  const errorLines = () => lines.filter((line) => line.level >= 50);

  describe('issue 13 kind 1: the client\'s own request errors are client errors', () => {
    const customersPage = 'query($n: Int) { customers(first: $n) { totalCount } }';
    it.each([
      { name: 'a string into Int', query: customersPage, variables: { n: '10' },
        message: 'Variable "$n" got invalid value "10"; Int cannot represent non-integer value: "10"' },
      { name: '2147483648 into Int', query: customersPage, variables: { n: 2147483648 },
        message: 'Variable "$n" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648' },
      { name: 'an unknown enum value in an input object',
        query: 'query($f: PartnerUserFilter) { partnerUsers(filter: $f) { totalCount } }', variables: { f: { agentRole: 'ROOT' } },
        message: 'Variable "$f" got invalid value "ROOT" at "f.agentRole"; Value "ROOT" does not exist in "AgentRole" enum.' },
      { name: 'a required variable left out', query: 'query($n: Int!) { customers(first: $n) { totalCount } }', variables: {},
        message: 'Variable "$n" of required type "Int!" was not provided.' },
      { name: 'null into a non-null variable', query: 'query($n: Int!) { customers(first: $n) { totalCount } }', variables: { n: null },
        message: 'Variable "$n" of non-null type "Int!" must not be null.' },
      { name: 'an object into ID', query: 'query($id: ID!) { customer(id: $id) { id } }', variables: { id: { a: 1 } },
        message: 'Variable "$id" got invalid value { a: 1 }; ID cannot represent value: { a: 1 }' },
      { name: 'an unknown field in an input object',
        query: 'query($f: CustomerFilter) { customers(filter: $f) { totalCount } }', variables: { f: { nope: 1 } },
        message: 'Variable "$f" got invalid value { nope: 1 }; Field "nope" is not defined by type "CustomerFilter".' },
    ])('$name → the coercion message, BAD_USER_INPUT, 400 under graphql-response+json, 200 under application/json', async ({ query, variables, message }) => {
      const before = errorLines().length;
      const strict = await send({ body: { query, variables } });
      expect(strict).toMatchObject({ status: 400, contentType: expect.stringContaining(GRAPHQL_RESPONSE) });
      expect(strict.body.data).toBeUndefined();
      expect(strict.body.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VARIABLE' } })]);
      // GraphQL over HTTP, application/json: a well-formed request is answered 200 whatever its GraphQL errors
      const legacy = await send({ body: { query, variables }, accept: 'application/json' });
      expect(legacy.status).toBe(200);
      expect(legacy.body.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VARIABLE' } })]);
      expect(errorLines().slice(before)).toEqual([]);
    });

    it('the same coercion failure over WebSocket and SSE is BAD_USER_INPUT too', async () => {
      const client = createClient({
        url: stack.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      try {
        const overSocket = await new Promise<unknown>((resolve) => {
          client.subscribe({ query: 'subscription($after: ID) { partnerUserChanged(after: $after) { eventId } }', variables: { after: { x: 1 } } },
            { next: resolve, error: resolve, complete: () => undefined });
        });
        expect(JSON.stringify(overSocket)).toContain('"code":"BAD_USER_INPUT"');
        expect(JSON.stringify(overSocket)).not.toContain('"http"');
      } finally {
        await client.dispose();
      }
      const sse = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'query($n: Int) { customers(first: $n) { totalCount } }', variables: { n: 'x' } }),
      });
      expect(await sse.text()).toContain('"code":"BAD_USER_INPUT"');
    });

    const document = encodeURIComponent('{ me { id } }');
    it.each([
      { name: 'GET with malformed variables JSON', init: { search: `query=${document}&variables=%7Bx` } },
      { name: 'GET with malformed extensions JSON', init: { search: `query=${document}&extensions=%7Bx` } },
      { name: 'a form POST with malformed variables JSON', init: {
        rawBody: `query=${document}&variables=%7Bx`, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-graphql-csrf': '1' } } },
      { name: 'an unknown operationName', init: { body: { query: 'query A { me { id } }', operationName: 'B' } } },
      { name: 'a mutation over GET', init: { search: `query=${encodeURIComponent('mutation { signOut(refreshToken: "x") }')}` } },
      { name: 'a malformed JSON body', init: { rawBody: '{"query":' } },
      { name: 'variables that are not an object', init: { body: { query: '{ me { id } }', variables: [1] } } },
      { name: 'extensions that are not an object', init: { body: { query: '{ me { id } }', extensions: 'x' } } },
      { name: 'a persisted-query hash the gateway does not know', init: { body: { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } } } },
      { name: 'a batched array', init: { body: [{ query: '{ me { id } }' }] } },
      { name: 'no query at all', init: { body: {} } },
      { name: 'a document that does not parse', init: { body: { query: '{ me { id ' } } },
      { name: 'an Int literal out of range', init: { body: { query: '{ customers(first: 2147483648) { totalCount } }' } } },
    ])('$name → 4xx with a client code, never INTERNAL_SERVER_ERROR, no error log', async ({ init }) => {
      const before = errorLines().length;
      const answer = await send(init);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body.errors?.length).toBeGreaterThan(0);
      for (const error of answer.body.errors ?? []) expect(error.extensions?.code).toMatch(/^(BAD_REQUEST|BAD_USER_INPUT|GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|OPERATION_RESOLUTION_FAILURE)$/);
      expect(errorLines().slice(before)).toEqual([]);
    });

    it('an Accept the gateway cannot serve is 406', async () => {
      expect((await send({ body: { query: '{ me { id } }' }, accept: 'text/html' })).status).toBe(406);
    });
  });

  describe('issue 13 kind 8: the cost limit is one formula, defaults cost what explicit values cost', () => {
    const page = (customers: string, subscriptions: string) => `{ customers${customers} { totalCount edges { node {
      companyProfile { companyName domain } subscriptions${subscriptions} { totalCount edges { node { id offerName status quantity } } } } } } }`;
    const costOf = async (query: string, variables?: Record<string, unknown>) => {
      const answer = await send({ body: { query, variables, extensions: { cost: true } } });
      expect(answer.body.errors).toBeUndefined();
      return answer.body.extensions?.cost as { requested: number; limit: number };
    };

    it('first: 20 costs exactly what the default page size of 20 costs, and both pass', async () => {
      const explicit = await costOf(page('(first: 20)', '(first: 20)'));
      expect(await costOf(page('', ''))).toEqual(explicit);
      expect(await costOf('query($n: Int) { customers(first: $n) { totalCount } }', { n: 20 }))
        .toEqual(await costOf('{ customers { totalCount } }'));
    });

    it('an analyst\'s page of 100 customers with a nested page of 10 passes, with its cost in extensions', async () => {
      const cost = await costOf(page('(first: 100)', '(first: 10)'));
      expect(cost.requested).toBeGreaterThan(1000);
      expect(cost.requested).toBeLessThanOrEqual(cost.limit);
    });

    it('the cost is in extensions when the request asks for it ("extensions": {"cost": true}), else the body is plain', async () => {
      expect((await send({ body: { query: '{ me { id } }' } })).body).toEqual({ data: { me: { id: expect.any(String) } } });
      expect(await costOf('{ me { id } }')).toEqual({ requested: 2, limit: expect.any(Number) });
    });

    it('a skipped field costs nothing', async () => {
      const skipped = await costOf(`query($s: Boolean!) { me { id } customers(first: 100) @skip(if: $s) { totalCount } }`, { s: true });
      expect(skipped).toEqual(await costOf('{ me { id } }'));
    });

    it('over the budget: QUERY_TOO_COMPLEX / MAX_COST with the cost, nothing executed', async () => {
      const answer = await send({ body: { query: page('(first: 100)', '(first: 100)') } });
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.[0]?.extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX', reason: 'MAX_COST', cost: { requested: expect.any(Number), limit: expect.any(Number) } });
      // the same with the page sizes in variables, refused once they are known
      const query = `query($a: Int, $b: Int) ${page('(first: $a)', '(first: $b)')}`;
      const viaVariables = await send({ body: { query, variables: { a: 100, b: 100 } } });
      expect(viaVariables.status).toBe(400);
      expect(viaVariables.body.errors?.[0]?.extensions).toEqual(answer.body.errors?.[0]?.extensions);
    });

    it('the same page through variables costs the same as through literals', async () => {
      const query = `query($a: Int, $b: Int) ${page('(first: $a)', '(first: $b)')}`;
      expect(await costOf(query, { a: 100, b: 10 })).toEqual(await costOf(page('(first: 100)', '(first: 10)')));
    });
  });
});
