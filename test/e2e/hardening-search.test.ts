import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TENANT } from '../../scripts/seed/world.js';
import { graphql, startTestStack, type TestStack } from '../helpers/stack.js';

/** The forms a Greek name takes: as stored upper case, typed with the final sigma ς, lower-cased by PostgreSQL (σ). */
const SEARCHES = ['ΣΊΣΥΦΟΣ', 'σίσυφος', 'σίσυφοσ', 'Σίσυφος'];

/**
 * Issue 13, text searches and the Greek final sigma: case is folded once, in PostgreSQL, for the stored text and the
 * search term alike (`lower()`, then ς as σ), so every form of "Sisyphus" finds both names, whichever form they were
 * stored in. Every text search of the graph: customers, partner users, the provider directory.
 */
describe('issue 13: every text search folds the final sigma the same way for the stored text and the term', () => {
  let stack: TestStack;
  let db: pg.Client;
  let token: string;

  beforeAll(async () => {
    stack = await startTestStack();
    db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    token = await stack.signIn('anna@contoso.it');
    for (const [index, name] of ['ΣΊΣΥΦΟΣ Α.Ε.', 'Σίσυφος Β.Ε.'].entries()) {
      const id = randomUUID();
      await db.query('insert into customers.customers (id, company_name, domain, country) values ($1, $2, $3, $4)',
        [id, name, `sisyphus-${index}.example`, 'GR']);
      await db.query(`insert into customers.relationships (id, customer_id, partner_id, state, source)
        values ($1, $2, $3, 'ACTIVE', 'IMPORTED')`, [randomUUID(), id, TENANT.contoso]);
    }
    for (const [index, displayName] of ['ΣΊΣΥΦΟΣ Παπαδόπουλος', 'Σίσυφος Νικολάου'].entries()) {
      const result = await stack.query(`mutation ($name: String!, $email: String!) { createPartnerUser(input: {
        displayName: $name, email: $email, agentRole: NONE, adminRole: NONE }) { user { id } } }`,
      { token, variables: { name: displayName, email: `sisyphus${index}@contoso.it` } });
      expect(result.errors).toBeUndefined();
    }
    await db.query("update partners.organizations set company_name = 'ΣΊΣΥΦΟΣ Traders' where id = $1", [TENANT.northwind]);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  const names = async (query: string, search: string, at: (data: Record<string, unknown>) => { edges: { node: Record<string, unknown> }[] }) => {
    const result = await graphql(stack.gatewayUrl, query, { token, variables: { search } });
    expect(result.errors).toBeUndefined();
    const text = (value: unknown): string => (typeof value === 'string' ? value : text(Object.values(value as object)[0]));
    return at(result.data!).edges.map((edge) => text(edge.node)).sort();
  };

  it.each(SEARCHES)('customers(search: "%s") finds "ΣΊΣΥΦΟΣ Α.Ε." and "Σίσυφος Β.Ε."', async (search) => {
    const query = 'query ($search: String) { customers(search: $search) { edges { node { companyProfile { companyName } } } } }';
    expect(await names(query, search, (data) => data.customers as never)).toEqual(['Σίσυφος Β.Ε.', 'ΣΊΣΥΦΟΣ Α.Ε.'].sort());
    expect(await names(query, `${search} α.ε`, (data) => data.customers as never)).toEqual(['ΣΊΣΥΦΟΣ Α.Ε.']);
  });

  it.each(SEARCHES)('partnerUsers(filter: { search: "%s" }) finds both users', async (search) => {
    const query = 'query ($search: String) { partnerUsers(filter: { search: $search }) { edges { node { displayName } } } }';
    expect(await names(query, search, (data) => data.partnerUsers as never)).toEqual(['ΣΊΣΥΦΟΣ Παπαδόπουλος', 'Σίσυφος Νικολάου'].sort());
  });

  it.each(SEARCHES)('indirectProviderDirectory(filter: { search: "%s" }) finds "ΣΊΣΥΦΟΣ Traders"', async (search) => {
    const query = `query ($search: String) { indirectProviderDirectory(filter: { search: $search }) {
      edges { node { companyName } } } }`;
    expect(await names(query, search, (data) => data.indirectProviderDirectory as never)).toEqual(['ΣΊΣΥΦΟΣ Traders']);
  });
});
