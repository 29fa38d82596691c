import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TENANT } from '../../scripts/seed/world.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const LIST = `query ($filter: CustomerFilter, $search: String) {
  customers(first: 100, search: $search, filter: $filter) { totalCount edges { node { companyProfile { companyName } } } } }`;
type List = { customers: { totalCount: number; edges: { node: { companyProfile: { companyName: string } } }[] } };

describe('analysts\' customer filters (issue 8)', () => {
  let stack: TestStack;
  let anna: string;

  beforeAll(async () => {
    stack = await startTestStack();
    anna = await stack.signIn('anna@contoso.it');
    const db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    for (const [name, country, daysAgo] of [['Alpha GmbH', 'DE', 400], ['Beta SAS', 'FR', 10], ['Gamma S.r.l.', 'IT', 200]] as const) {
      const id = randomUUID();
      await db.query(`insert into customers.customers (id, company_name, domain, country) values ($1, $2, $3, $4)`,
        [id, name, `${name.split(' ')[0].toLowerCase()}.example`, country]);
      await db.query(`insert into customers.relationships (id, customer_id, partner_id, state, source, established_at)
        values ($1, $2, $3, 'ACTIVE', 'IMPORTED', now() - make_interval(days => $4))`, [randomUUID(), id, TENANT.contoso, daysAgo]);
    }
    await db.end();
  });
  afterAll(() => stack?.close());

  const names = async (variables: Record<string, unknown>) => {
    const result = await stack.query<List>(LIST, { token: anna, variables });
    expect(result.errors).toBeUndefined();
    return result.data!.customers.edges.map((edge) => edge.node.companyProfile.companyName);
  };

  it('by country', async () => {
    expect(await names({ filter: { country: 'de' } })).toEqual(['Alpha GmbH']);
    expect(await names({ filter: { country: 'IT' } })).toEqual(['Adatum S.p.A.', 'Gamma S.r.l.', 'Litware S.r.l.']);
  });

  it('by the date the relationship was established', async () => {
    const now = Date.now();
    const day = 24 * 3600 * 1000;
    expect(await names({ filter: {
      establishedAfter: new Date(now - 300 * day).toISOString(), establishedBefore: new Date(now - 5 * day).toISOString(),
    } })).toEqual(['Beta SAS', 'Gamma S.r.l.']);
  });

  it('by partnered provider (reseller view, S-33), combined with a text search', async () => {
    expect(await names({ filter: { provider: TENANT.northwind } })).toEqual(['Litware S.r.l.']);
    expect(await names({ filter: { provider: TENANT.northwind }, search: 'adatum' })).toEqual([]);
    expect(await names({ filter: { provider: TENANT.woodgrove } })).toEqual([]); // not partnered: nothing
  });

  it('a malformed country is BAD_USER_INPUT', async () => {
    const result = await stack.query(LIST, { token: anna, variables: { filter: { country: 'Italy' } } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_COUNTRY' });
  });
});
