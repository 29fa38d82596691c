import { SignJWT } from 'jose';
import pg from 'pg';
import { createTokenVerifier, type TokenVerifier } from '../../platform/tokens.js';
import { TENANT } from '../../scripts/seed/world.js';
import { connect, inTransaction, readInScope, SYSTEM_SCOPE, type DataScope } from '../../subgraphs/kit/database.js';
import { rememberingTokenVerifier } from '../../subgraphs/kit/principal.js';
import { startCustomersWorld, type CustomersWorld } from '../helpers/customers.js';
import { generateTestKeys, waitFor } from '../helpers/stack.js';

/**
 * Issue 16's thin read path must not be leakier: reads outside a transaction keep each caller's row-level-security
 * scope, plain rows answer exactly what TypeORM's entities answered, cursors are the same whichever field asks for
 * them, and the remembered token checks honour expiry and signatures.
 */
const ADDRESS = 'country region city state addressLine1 addressLine2 postalCode phoneNumber';
const NODE = `id commerceId customDomains relationshipToMe allowDelegatedAccess
  companyProfile { tenantId domain companyName organizationRegistrationNumber email address { ${ADDRESS} } }
  billingProfile { firstName lastName email culture language companyName defaultAddress { ${ADDRESS} } }
  delegatedAdmin { id customerId kind state grantedAt removedAt removedBy }
  associatedReseller { id }`;
const PAGE = (args: string) => `{ customers(${args}) { edges { cursor node { ${NODE} } } pageInfo { startCursor endCursor hasNextPage } } }`;
// a filter forces the TypeORM path of the same list (the plain-row statement serves the unfiltered page)
const TYPEORM_PATH = 'filter: { establishedAfter: "1970-01-01T00:00:00Z" }';

type Node = Record<string, unknown> & { id: string };
type Page = { customers: { edges: { cursor: string; node: Node }[]; pageInfo: { startCursor: string | null; endCursor: string | null } } };

describe('issue 16: the read path keeps every caller to its own rows', () => {
  let world: CustomersWorld;
  beforeAll(async () => { world = await startCustomersWorld(); }, 120_000);
  afterAll(async () => { await world?.close(); });

  it('plain rows equal TypeORM\'s, on the page and by id, for a customer with every column set and a removed grant', async () => {
    const id = 'cccccccc-0001-4000-8000-0000000000c1';
    await world.db.query(`insert into customers.customers (id, commerce_id, company_name, domain, registration_number, country,
      custom_domains, associated_reseller_id, company_email, company_address, billing_profile, created_at, updated_at)
      values ($1, 'cm-1', 'Zeta ÄÖ  corp', 'zeta.it', 'REG-9', 'DE', '{}', $2, 'z@zeta.it',
      '{"country":"DE","city":"Köln","addressLine1":"A 1","postalCode":"5","region":"NRW","phoneNumber":"+49"}',
      '{"firstName":"Zed","lastName":null,"email":"b@zeta.it","culture":"de-DE","language":"de","companyName":"Zeta",
        "defaultAddress":{"country":"DE","city":"Köln","addressLine1":"A 1","postalCode":"5"}}', '2020-02-29T23:59:59.999999Z', now())`,
    [id, TENANT.northwind]);
    await world.db.query(`insert into customers.relationships (id, customer_id, partner_id, type, state, source, established_at)
      values (gen_random_uuid(), $1, $2, 'ADVISOR', 'ACTIVE', 'IMPORTED', now())`, [id, TENANT.contoso]);
    await world.db.query(`insert into customers.delegated_admin_grants (id, partner_id, customer_id, kind, state, granted_at, removed_at, removed_by)
      values (gen_random_uuid(), $2, $1, 'GDAP', 'REMOVED', now() - interval '2 days', now() - interval '1 day', 'CUSTOMER')`, [id, TENANT.contoso]);
    for (const email of ['anna@contoso.it', 'paolo@northwind.it']) {
      const plain = await world.run<Page>(email, PAGE('first: 100'));
      const typeorm = await world.run<Page>(email, PAGE(`first: 100, ${TYPEORM_PATH}`));
      expect(plain.errors).toBeUndefined();
      expect(typeorm.errors).toBeUndefined();
      const nodes = plain.data!.customers.edges.map((edge) => edge.node);
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes).toEqual(typeorm.data!.customers.edges.map((edge) => edge.node));
      for (const node of nodes) {
        const byId = await world.run<{ customer: Node }>(email, `{ customer(id: "${node.id}") { ${NODE} } }`);
        expect(byId.errors).toBeUndefined();
        expect(byId.data!.customer).toEqual(node);
      }
    }
    const anna = await world.run<Page>('anna@contoso.it', PAGE('first: 100'));
    expect(anna.data!.customers.edges.some((edge) => edge.node.id === id)).toBe(true);
  });

  it('a cursor is the same from pageInfo alone as from the edges, leads to the same next page, and is refused to another partner', async () => {
    const onlyInfo = await world.run<Page>('anna@contoso.it', '{ customers(first: 1) { pageInfo { startCursor endCursor } } }');
    const withEdges = await world.run<Page>('anna@contoso.it', PAGE('first: 1'));
    const { endCursor, startCursor } = onlyInfo.data!.customers.pageInfo;
    expect(endCursor).toBe(withEdges.data!.customers.edges[0].cursor);
    expect(startCursor).toBe(endCursor);
    expect(withEdges.data!.customers.pageInfo.endCursor).toBe(endCursor);
    const next = await world.run<Page>('anna@contoso.it', PAGE(`first: 1, after: "${endCursor}"`));
    const two = await world.run<Page>('anna@contoso.it', PAGE('first: 2'));
    expect(next.data!.customers.edges.map((edge) => edge.node.id)).toEqual(two.data!.customers.edges.slice(1).map((edge) => edge.node.id));
    const foreign = await world.run<Page>('paolo@northwind.it', PAGE(`first: 1, after: "${endCursor}"`));
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });

  it('reads through the gateway (with its deadline) reuse the session\'s scope instead of setting it before every statement', async () => {
    const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = prototype.query;
    let scopeSets = 0;
    let statements = 0;
    prototype.query = function query(this: unknown, ...args: unknown[]) {
      const config = args[0] as { name?: string } | string;
      if (typeof config === 'object' && config?.name === 'partner-graph-session-scope') scopeSets += 1;
      else if (typeof config === 'object' && config?.name) statements += 1;
      return original.apply(this, args);
    };
    try {
      const token = await world.as('anna@contoso.it');
      for (let i = 0; i < 5; i += 1) expect((await world.stack.query(PAGE('first: 50'), { token })).errors).toBeUndefined();
    } finally {
      prototype.query = original;
    }
    expect(statements).toBeGreaterThan(5);
    expect(scopeSets).toBeLessThan(statements);
  });

  it('readInScope never carries one scope\'s settings to another: alternating, failing, cancelled, terminated, concurrent', async () => {
    const dataSource = await connect({ url: world.stack.databaseUrl, schema: 'customers', migrations: [], poolSize: 1 });
    const SETTINGS = { text: "select current_setting('app.partner_id', true) as p, current_setting('app.scope', true) as s, "
      + "current_setting('statement_timeout') as t, (select count(*) from customers.relationships)::int as n", values: [] };
    type Settings = { p: string; s: string; t: string; n: number };
    const read = async (scope: DataScope, deadline?: number) => (await readInScope<Settings>(dataSource, scope, SETTINGS, undefined, deadline))[0];
    const contoso = { partnerId: TENANT.contoso };
    const northwind = { partnerId: TENANT.northwind };
    try {
      expect(await read(contoso)).toMatchObject({ p: TENANT.contoso, s: 'partner', t: '0' });
      expect(await read(SYSTEM_SCOPE)).toMatchObject({ p: '', s: 'system' });
      expect(await read(northwind)).toMatchObject({ p: TENANT.northwind, s: 'partner', t: '0' });
      expect(await read({ partnerId: null })).toMatchObject({ p: '', s: 'system' });
      const all = (await read(SYSTEM_SCOPE)).n;
      expect((await read({ partnerId: TENANT.fabrikam })).n).toBeLessThan(all);
      expect((await read(contoso, Date.now() + 5000)).t).not.toBe('0');
      expect((await read(contoso)).t).toBe('0');
      await expect(readInScope(dataSource, contoso, { text: 'select 1/0', values: [] })).rejects.toThrow();
      expect(await read(northwind)).toMatchObject({ p: TENANT.northwind, s: 'partner', t: '0' });
      await expect(readInScope(dataSource, contoso, { text: 'select pg_sleep(5)', values: [] }, undefined, Date.now() + 100)).rejects.toThrow();
      expect(await read(northwind)).toMatchObject({ p: TENANT.northwind, s: 'partner', t: '0' });
      await world.db.query(`select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = 'partner-graph-customers-reads' and pid <> pg_backend_pid()`);
      const afterRestart = await waitFor(() => read(contoso).catch(() => undefined), 'a read after the connection was terminated', 30_000);
      expect(afterRestart).toMatchObject({ p: TENANT.contoso, s: 'partner', t: '0' });
      const scopes: DataScope[] = Array.from({ length: 40 }, (_, i) => [contoso, northwind, SYSTEM_SCOPE, { partnerId: null }][i % 4]);
      const results = await Promise.all(scopes.map((scope, i) => read(scope, i % 3 ? undefined : Date.now() + 5000)));
      results.forEach((result, i) => {
        expect(result.p).toBe(scopes[i].partnerId ?? '');
        expect(result.s).toBe(scopes[i].partnerId && !scopes[i].system ? 'partner' : 'system');
        if (i % 3) expect(result.t).toBe('0');
      });
      for (let i = 0; i < 3; i += 1) await inTransaction(dataSource, contoso, (manager) => manager.query('select 1'), undefined, Date.now() + 5000);
      const [outside] = await dataSource.query("select current_setting('app.partner_id', true) as p, current_setting('statement_timeout') as t");
      expect(outside.p ?? '').toBe('');
      expect(outside.t).toBe('0');
    } finally {
      await dataSource.destroy();
    }
  }, 60_000);
});

describe('issue 16: remembered token checks', () => {
  it('answer a token seen before without verifying it again, never past its exp, never for another key\'s signature, at most `kept` tokens', async () => {
    const keys = await generateTestKeys();
    const other = await generateTestKeys();
    const real = createTokenVerifier(keys, { issuer: 'partner-graph', audience: 'partner-graph', accessTtlSeconds: 600 } as never);
    let calls = 0;
    const counting: TokenVerifier = { verifyAccessToken: (token) => { calls += 1; return real.verifyAccessToken(token); } };
    let clock = Date.now();
    const remembering = rememberingTokenVerifier(counting, 2, () => clock);
    const claims = (sid: string) => ({ sub: 'u', tid: 't', pid: null, pst: null, agr: 'NONE', adr: 'NONE', mcp: false, tga: false, sid, ver: 0, oev: 0 });
    const exp = Math.floor(Date.now() / 1000) + 300;
    const sign = (key: unknown, sid: string) => new SignJWT(claims(sid)).setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('partner-graph').setAudience('partner-graph').setIssuedAt().setExpirationTime(exp).sign(key as CryptoKey);
    const token = await sign(keys.privateKey, 's1');
    expect((await remembering.verifyAccessToken(token)).sub).toBe('u');
    await remembering.verifyAccessToken(token);
    expect(calls).toBe(1);
    const forged = await sign(other.privateKey, 's1');
    await expect(remembering.verifyAccessToken(forged)).rejects.toThrow();
    const [header, payload] = token.split('.');
    await expect(remembering.verifyAccessToken(`${header}.${payload}.${forged.split('.')[2]}`)).rejects.toThrow();
    // past its exp the remembered check is not used: the token is verified again (and the real clock still accepts it)
    clock = exp * 1000 + 1;
    calls = 0;
    await remembering.verifyAccessToken(token);
    expect(calls).toBe(1);
    clock = Date.now();
    // bounded: three tokens through a memory of two, the oldest forgotten first
    const [t1, t2, t3] = await Promise.all(['a', 'b', 'c'].map((sid) => sign(keys.privateKey, sid)));
    calls = 0;
    for (const t of [t1, t2, t3, t1]) await remembering.verifyAccessToken(t);
    expect(calls).toBe(4);
  });
});
