import { SignJWT, generateKeyPair } from 'jose';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startGateway } from '../../gateway/index.js';
import { accessStateSettings } from '../../platform/access-state.js';
import { createLogger } from '../../platform/logger.js';
import { createTokenSigner, createTokenVerifier } from '../../platform/tokens.js';
import { SUPERGRAPH_FILE, withSubgraphUrls } from '../../platform/supergraph.js';
import { TENANT, USERS } from '../../scripts/seed/world.js';
import { readFile } from 'node:fs/promises';
import { graphql, startTestStack, type TestStack } from '../helpers/stack.js';

const CROSS_SUBGRAPH_QUERY = `{
  me {
    displayName
    organization {
      companyName
      customers(first: 10) { totalCount edges { node { id companyProfile { companyName } } } }
    }
  }
}`;

const anna = USERS.find((user) => user.email === 'anna@contoso.it')!;
const paolo = USERS.find((user) => user.email === 'paolo@northwind.it')!;

describe('foundation: the whole graph end to end', () => {
  let stack: TestStack;
  let annaToken: string;

  beforeAll(async () => {
    stack = await startTestStack();
    annaToken = await stack.signIn('anna@contoso.it');
  });
  afterAll(() => stack?.close());

  describe('sign-in', () => {
    it('a good password returns an access token for the user', async () => {
      const result = await stack.query<{ signIn: { accessToken: string; user: { userPrincipalName: string } } }>(
        'mutation { signIn(email: "Anna@Contoso.it", password: "Partner-Graph-2026!") { accessToken user { userPrincipalName } } }');
      expect(result.errors).toBeUndefined();
      expect(result.data?.signIn.accessToken.split('.')).toHaveLength(3);
      expect(result.data?.signIn.user.userPrincipalName).toBe('anna@contoso.it');
    });

    it.each([
      ['a wrong password', 'anna@contoso.it', 'Wrong-Password-1'],
      ['an unknown email', 'nobody@contoso.it', 'Partner-Graph-2026!'],
    ])('%s is UNAUTHENTICATED / INVALID_CREDENTIALS, telling nothing more', async (_case, email, password) => {
      const result = await stack.query('mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }',
        { variables: { e: email, p: password } });
      expect(result.data).toEqual({ signIn: null });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      expect(result.errors?.[0].message).toBe('The email address or password is incorrect.');
    });
  });

  describe('tokens are verified by the gateway and by every subgraph', () => {
    const claims = {
      tid: TENANT.contoso, pid: TENANT.contoso, pst: 'ACTIVE', agr: 'ADMIN_AGENT', adr: 'GLOBAL_ADMIN', mcp: false, tga: true,
      sid: '5e55e55e-0000-4000-8000-000000000001', ver: 0, oev: 0,
    };

    async function badTokens(): Promise<Record<string, string>> {
      const foreign = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
      const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA' }).setSubject(anna.id)
        .setIssuer('partner-graph').setAudience('partner-graph').setIssuedAt().setExpirationTime('10m')
        .sign(foreign.privateKey);
      const expired = await new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA' }).setSubject(anna.id)
        .setIssuer('partner-graph').setAudience('partner-graph').setIssuedAt(1_700_000_000)
        .setExpirationTime(1_700_000_900).sign(stack.keys.privateKey!);
      const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...claims, sub: anna.id, iss: 'partner-graph',
        aud: 'partner-graph', exp: Math.floor(Date.now() / 1000) + 600 })}.`;
      const [header, , signature] = annaToken.split('.');
      const tampered = `${header}.${encode({ ...claims, sub: paolo.id, pid: TENANT.northwind, iss: 'partner-graph',
        aud: 'partner-graph', exp: Math.floor(Date.now() / 1000) + 600 })}.${signature}`;
      return { forged, expired, unsigned, tampered, 'not a bearer token': 'garbage' };
    }

    it('forged, expired, unsigned and tampered tokens → 401 UNAUTHENTICATED at the gateway', async () => {
      for (const [kind, token] of Object.entries(await badTokens())) {
        const result = await graphql(stack.gatewayUrl, '{ me { displayName } }', { token });
        expect({ kind, status: result.status }).toEqual({ kind, status: 401 });
        expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect(result.data ?? null).toBeNull();
      }
    });

    it('the same tokens → UNAUTHENTICATED when each subgraph is called directly', async () => {
      const tokens = await badTokens();
      for (const [name, url] of Object.entries(stack.subgraphUrls)) {
        for (const [kind, token] of Object.entries(tokens)) {
          const result = await graphql(url, '{ __typename }', { token });
          expect({ name, kind, status: result.status }).toEqual({ name, kind, status: 401 });
          expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        }
      }
    });

    it('a valid token signed with the service keys is accepted directly by a subgraph', async () => {
      const signer = createTokenSigner(stack.keys, stack.config.jwt);
      const { token } = await signer.signAccessToken({ ...claims, sub: anna.id } as never);
      const result = await graphql<{ me: { displayName: string } }>(stack.subgraphUrls.identity, '{ me { displayName } }', { token });
      expect(result.data?.me.displayName).toBe('Anna Rossi');
    });

    it('no token: public operations work, everything else is UNAUTHENTICATED', async () => {
      expect((await stack.query('{ __typename }')).data).toEqual({ __typename: 'Query' });
      const result = await stack.query('{ me { displayName } myOrganization { companyName } customers { totalCount } }');
      expect(result.data).toEqual({ me: null, myOrganization: null, customers: null });
      const codes = new Set(result.errors?.map((error) => error.extensions?.code));
      expect([...codes]).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('the cross-subgraph query (identity → partners → customers)', () => {
    it('returns Contoso and its customers for a Contoso global admin', async () => {
      const result = await stack.query(CROSS_SUBGRAPH_QUERY, { token: annaToken });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        me: {
          displayName: 'Anna Rossi',
          organization: {
            companyName: 'Contoso S.r.l.',
            customers: {
              totalCount: 2,
              edges: [
                { node: { id: TENANT.adatum, companyProfile: { companyName: 'Adatum S.p.A.' } } },
                { node: { id: TENANT.litware, companyProfile: { companyName: 'Litware S.r.l.' } } },
              ],
            },
          },
        },
      });
    });

    it('gives the same answer with the JavaScript query planner', async () => {
      const supergraph = withSubgraphUrls(await readFile(SUPERGRAPH_FILE, 'utf8'), stack.subgraphUrls);
      const gateway = await startGateway({
        supergraph, verifier: createTokenVerifier(stack.keys, stack.config.jwt), logger: createLogger('test', 'silent'),
        production: false, host: '127.0.0.1', port: 0, rustQueryPlanner: false,
        access: accessStateSettings(stack.config, stack.databaseUrl),
      });
      try {
        const viaJs = await graphql(gateway.url, CROSS_SUBGRAPH_QUERY, { token: annaToken });
        const viaRust = await stack.query(CROSS_SUBGRAPH_QUERY, { token: annaToken });
        expect(viaJs).toEqual(viaRust);
      } finally {
        await gateway.close();
      }
    });

    it('answers GET for queries and streams over SSE', async () => {
      const get = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ me { displayName } }')}`,
        { headers: { authorization: `Bearer ${annaToken}` } });
      expect(await get.json()).toEqual({ data: { me: { displayName: 'Anna Rossi' } } });
      const sse = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${annaToken}` },
        body: JSON.stringify({ query: '{ me { displayName } }' }),
      });
      expect(sse.headers.get('content-type')).toContain('text/event-stream');
      const text = await sse.text();
      expect(text).toContain('event: next');
      expect(text).toContain('"displayName":"Anna Rossi"');
    });

    it('T-1: another partner cannot read Contoso customers through the organization', async () => {
      const paoloToken = await stack.signIn('paolo@northwind.it');
      const result = await stack.query(`{ _entities: partnerOrganization(id: "${TENANT.contoso}") { companyName } }`,
        { token: paoloToken });
      expect(result.data).toEqual({ _entities: { companyName: 'Contoso S.r.l.' } }); // partnered: header only (T-2)
      const customers = await stack.query(`{ partnerOrganization(id: "${TENANT.contoso}") { customers { totalCount } } }`,
        { token: paoloToken });
      expect(customers.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('graphql-shield in every subgraph', () => {
    it('_service and _entities are allowed, and reference resolvers survive the shield', async () => {
      for (const url of Object.values(stack.subgraphUrls)) {
        const result = await graphql<{ _service: { sdl: string } }>(url, '{ _service { sdl } }');
        expect(result.data?._service.sdl).toContain('@key');
      }
      const entities = await graphql(stack.subgraphUrls.identity, `query ($reps: [_Any!]!) {
        _entities(representations: $reps) { ... on PartnerUser { displayName } } }`, {
        token: annaToken,
        variables: { reps: [{ __typename: 'PartnerUser', id: anna.id }, { __typename: 'PartnerUser', id: paolo.id }] },
      });
      // Anna resolves; Paolo belongs to another partner and resolves to nothing readable (T-13).
      expect(entities.data).toEqual({ _entities: [{ displayName: 'Anna Rossi' }, null] });
    });

    it('a field the matrix denies comes back null with FORBIDDEN at its path, the rest still returns', async () => {
      const bice = await stack.signIn('bice@contoso.it');
      const result = await stack.query('{ me { displayName } customers { totalCount } }', { token: bice });
      expect(result.data).toEqual({ me: { displayName: 'Bice Moretti' }, customers: null });
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]).toMatchObject({ path: ['customers'], extensions: { code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' } });
    });
  });

  describe('graphql-ws on the subgraphs', () => {
    function wsUrl(httpUrl: string) {
      return httpUrl.replace(/^http/, 'ws');
    }

    it('runs an operation over graphql-transport-ws with the token in connectionParams', async () => {
      const client = createClient({
        url: wsUrl(stack.subgraphUrls.identity), webSocketImpl: WebSocket, retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${annaToken}` },
      });
      try {
        const result = await new Promise((resolve, reject) => {
          client.subscribe({ query: '{ me { displayName } }' }, { next: resolve, error: reject, complete: () => undefined });
        });
        expect(result).toEqual({ data: { me: { displayName: 'Anna Rossi' } } });
      } finally {
        await client.dispose();
      }
    });

    it('the gateway accepts graphql-transport-ws at /graphql (token checked at connection_init)', async () => {
      const client = createClient({
        url: wsUrl(stack.gatewayUrl), webSocketImpl: WebSocket, retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${annaToken}` },
      });
      try {
        const result = await new Promise((resolve, reject) => {
          client.subscribe({ query: '{ me { displayName organization { companyName } } }' },
            { next: resolve, error: reject, complete: () => undefined });
        });
        // the token of connection_init reaches every subgraph the operation touches
        expect(result).toEqual({ data: { me: { displayName: 'Anna Rossi', organization: { companyName: 'Contoso S.r.l.' } } } });
      } finally {
        await client.dispose();
      }
      const forged = createClient({
        url: wsUrl(stack.gatewayUrl), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined,
        connectionParams: { authorization: 'Bearer not.a.token' },
      });
      const closed = await new Promise<{ code: number }>((resolve) => {
        forged.on('closed', (event) => resolve(event as { code: number }));
      });
      expect(closed.code).toBe(4403);
      await forged.dispose();
    });

    it('refuses a connection with a forged token (close 4403)', async () => {
      const client = createClient({
        url: wsUrl(stack.subgraphUrls.customers), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined,
        connectionParams: { authorization: 'Bearer not.a.token' },
      });
      const closed = await new Promise<{ code: number }>((resolve) => {
        client.on('closed', (event) => resolve(event as { code: number }));
      });
      expect(closed.code).toBe(4403);
      await client.dispose();
    });
  });
});
