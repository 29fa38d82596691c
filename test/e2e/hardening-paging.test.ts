import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TENANT } from '../../scripts/seed/world.js';
import { graphql, startTestStack, type TestStack } from '../helpers/stack.js';

/** Names that lower-case differently in JavaScript and in PostgreSQL, or sort next to each other, or are equal. */
const NAMES = [
  'ΣΊΣΥΦΟΣ Α.Ε.', 'Σίσυφος Β.Ε.', 'ΟΔΥΣΣΕΥΣ ΟΕ', // Greek final sigma
  'İSTANBUL YAZILIM A.Ş.', 'ISPARTA ıı Ltd', 'ıspanak', // Turkish dotted and dotless i
  'STRASSE GmbH', 'Straße GmbH', 'Maß AG', // German sharp s
  'Cafe\u0301 Zoë', 'Café Zoë', // combining acute and precomposed
  '🚀 Rocket S.p.A.', 'Zeta 😀 S.r.l.', 'ǅemal d.o.o.', // emoji, a title-case digraph
  'Equal Name S.r.l.', 'Equal Name S.r.l.', 'Equal Name S.r.l.', // equal names: the id breaks the tie
];

type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string } }[] };
const PAGE = 'pageInfo { hasNextPage endCursor } edges { cursor node { id } }';

describe('issue 13 kind 5: keyset paging on text keys', () => {
  let stack: TestStack;
  let db: pg.Client;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startTestStack();
    db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    for (const email of ['anna@contoso.it', 'paolo@northwind.it']) tokens[email] = await stack.signIn(email);
    // Customers of Contoso, each also of Northwind: so each is shared between the two partners (S-33).
    for (const [index, name] of NAMES.entries()) {
      const id = randomUUID();
      await db.query('insert into customers.customers (id, company_name, domain, country) values ($1, $2, $3, $4)',
        [id, name, `unicode-${index}.example`, 'IT']);
      for (const partner of [TENANT.contoso, TENANT.northwind]) {
        await db.query(`insert into customers.relationships (id, customer_id, partner_id, state, source)
          values ($1, $2, $3, 'ACTIVE', 'IMPORTED')`, [randomUUID(), id, partner]);
      }
    }
    for (const [index, displayName] of NAMES.entries()) {
      const result = await stack.query(`mutation ($name: String!, $email: String!) { createPartnerUser(input: {
        displayName: $name, email: $email, agentRole: NONE, adminRole: NONE }) { user { id } } }`,
      { token: tokens['anna@contoso.it'], variables: { name: displayName, email: `unicode${index}@contoso.it` } });
      expect(result.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  /** Pages `first: 1` at a time until the end; fails on a repeated cursor or more pages than rows. */
  async function pageByOne(email: string, query: string, at: (data: Record<string, unknown>) => Page, url = stack.gatewayUrl) {
    const ids: string[] = [];
    const cursors = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const result = await graphql(url, query, { token: tokens[email], variables: { after } });
      expect(result.errors).toBeUndefined();
      const page = at(result.data!);
      ids.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor!;
      expect(cursors.has(after)).toBe(false);
      cursors.add(after);
      expect(ids.length).toBeLessThanOrEqual(200);
    }
  }

  const sqlIds = async (sql: string, params: unknown[]) => (await db.query<{ id: string }>(sql, params)).rows.map((row) => row.id);

  it('customers(first: 1) visits every customer exactly once, in the database\'s order, through the gateway and directly', async () => {
    const expected = await sqlIds(`select c.id from customers.customers c join customers.relationships r on r.customer_id = c.id
      where r.partner_id = $1 and r.state = 'ACTIVE' order by lower(c.company_name), c.id`, [TENANT.contoso]);
    expect(expected.length).toBe(NAMES.length + 2);
    const query = `query ($after: String) { customers(first: 1, after: $after) { ${PAGE} } }`;
    expect(await pageByOne('anna@contoso.it', query, (data) => data.customers as Page)).toEqual(expected);
    expect(await pageByOne('anna@contoso.it', query, (data) => data.customers as Page, stack.subgraphUrls.customers)).toEqual(expected);
    const nested = `query ($after: String) { myOrganization { customers(first: 1, after: $after) { ${PAGE} } } }`;
    expect(await pageByOne('anna@contoso.it', nested, (data) => (data.myOrganization as { customers: Page }).customers)).toEqual(expected);
  });

  it('sharedCustomers(first: 1) does the same, from the organization and from the partnership', async () => {
    const expected = await sqlIds(`select c.id from customers.customers c
      where exists (select 1 from customers.relationships p where p.customer_id = c.id and p.partner_id = $1 and p.state = 'ACTIVE')
        and (c.associated_reseller_id = $2 or exists (select 1 from customers.relationships r where r.customer_id = c.id
          and r.partner_id = $2 and r.state = 'ACTIVE'))
      order by lower(c.company_name), c.id`, [TENANT.northwind, TENANT.contoso]);
    expect(expected.length).toBeGreaterThan(NAMES.length);
    const own = `query ($after: String) { myOrganization { sharedCustomers(providerId: "${TENANT.northwind}", first: 1, after: $after) {
      ${PAGE} } } }`;
    expect(await pageByOne('anna@contoso.it', own, (data) => (data.myOrganization as { sharedCustomers: Page }).sharedCustomers))
      .toEqual(expected);
    type Partnerships = { myOrganization: { indirectResellers: { edges: { node: { reseller: { id: string }; sharedCustomers: Page } }[] } } };
    const fromPartnership = `query ($after: String) { myOrganization { indirectResellers { edges { node { reseller { id }
      sharedCustomers(first: 1, after: $after) { ${PAGE} } } } } } }`;
    expect(await pageByOne('paolo@northwind.it', fromPartnership, (data) => (data as Partnerships).myOrganization.indirectResellers.edges
      .find((edge) => edge.node.reseller.id === TENANT.contoso)!.node.sharedCustomers)).toEqual(expected);
  });

  it('partnerUsers(first: 1) and PartnerOrganization.users(first: 1) visit every user exactly once', async () => {
    const expected = await sqlIds('select id from identity.users where tenant_id = $1 order by lower(display_name), id', [TENANT.contoso]);
    expect(expected.length).toBeGreaterThan(NAMES.length);
    const root = `query ($after: String) { partnerUsers(first: 1, after: $after) { ${PAGE} } }`;
    expect(await pageByOne('anna@contoso.it', root, (data) => data.partnerUsers as Page)).toEqual(expected);
    expect(await pageByOne('anna@contoso.it', root, (data) => data.partnerUsers as Page, stack.subgraphUrls.identity)).toEqual(expected);
    const nested = `query ($after: String) { myOrganization { users(first: 1, after: $after) { ${PAGE} } } }`;
    expect(await pageByOne('anna@contoso.it', nested, (data) => (data.myOrganization as { users: Page }).users)).toEqual(expected);
  });

  it('a search in capitals finds the names PostgreSQL lower-cases differently from JavaScript (customers, partnerUsers)', async () => {
    const token = tokens['anna@contoso.it'];
    // The final sigma folds too (kit/values.ts searchFold): "ΣΊΣΥΦΟΣ" also finds "Σίσυφος Β.Ε." (hardening-search.test.ts).
    const found: Record<string, string[]> = { ΣΊΣΥΦΟΣ: ['ΣΊΣΥΦΟΣ Α.Ε.', 'Σίσυφος Β.Ε.'], İSTANBUL: ['İSTANBUL YAZILIM A.Ş.'] };
    for (const search of ['ΣΊΣΥΦΟΣ', 'İSTANBUL']) {
      type Names = { customers: { edges: { node: { companyProfile: { companyName: string } } }[] };
        partnerUsers: { edges: { node: { displayName: string } }[] } };
      const result = await stack.query<Names>(`query ($s: String) { customers(search: $s) { edges { node { companyProfile { companyName } } } }
        partnerUsers(filter: { search: $s }) { edges { node { displayName } } } }`, { token, variables: { s: search } });
      expect(result.errors).toBeUndefined();
      const expected = [...found[search]].sort();
      expect(result.data!.customers.edges.map((edge) => edge.node.companyProfile.companyName).sort()).toEqual(expected);
      expect(result.data!.partnerUsers.edges.map((edge) => edge.node.displayName).sort()).toEqual(expected);
    }
  });

  it('a cursor taken from another list is INVALID_CURSOR, never applied', async () => {
    const token = tokens['anna@contoso.it'];
    const first = async (query: string, at: (data: Record<string, unknown>) => Page) => {
      const result = await stack.query(query, { token });
      return at(result.data!).pageInfo.endCursor!;
    };
    const customers = await first(`{ customers(first: 1) { ${PAGE} } }`, (data) => data.customers as Page);
    const leads = await first(`{ customerLeads(first: 1) { ${PAGE} } }`, (data) => data.customerLeads as Page);
    const users = await first(`{ partnerUsers(first: 1) { ${PAGE} } }`, (data) => data.partnerUsers as Page);
    for (const query of [
      `{ myOrganization { sharedCustomers(providerId: "${TENANT.northwind}", after: "${customers}") { totalCount } } }`,
      `{ partnerUsers(after: "${customers}") { totalCount } }`,
      `{ customers(after: "${users}") { totalCount } }`,
      `{ serviceIncidents(after: "${leads}") { totalCount } }`,
      `{ resellerRelationshipRequests(after: "${leads}") { totalCount } }`,
    ]) {
      const result = await stack.query(query, { token });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', argument: 'after' });
    }
  });
});
