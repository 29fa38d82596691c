import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { TENANT } from '../../scripts/seed/world.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

/** The sum of the per-subgraph counts the gateway relays in `x-sql-statements`. */
async function statementsFor(stack: TestStack, query: string, token: string): Promise<number> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = await response.json() as { errors?: unknown };
  expect(body.errors).toBeUndefined();
  const header = response.headers.get('x-sql-statements');
  expect(header).not.toBeNull();
  return header!.split(',').reduce((sum, part) => sum + Number(part.trim()), 0);
}

describe('SQL statements per request depend on the query shape, not on the rows (issue 8)', () => {
  let stack: TestStack;
  let token: string;

  beforeAll(async () => {
    stack = await startTestStack();
    token = await stack.signIn('anna@contoso.it');
  });
  afterAll(() => stack?.close());

  const PAGE = (size: number) => `{ me { displayName organization { companyName customers(first: ${size}) {
    edges { node { companyProfile { companyName } allowDelegatedAccess relationshipToMe
      resellerRelationships { edges { node { state partner { id } } } } } } } } } }`;

  it('a page of 2 and a page of 50 customers cost the same number of statements', async () => {
    const db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    for (let i = 0; i < 60; i += 1) {
      const id = randomUUID();
      await db.query(`insert into customers.customers (id, company_name, domain, country) values ($1, $2, $3, 'IT')`,
        [id, `Bulk ${String(i).padStart(2, '0')}`, `bulk${i}.example`]);
      await db.query(`insert into customers.relationships (id, customer_id, partner_id, state, source)
        values ($1, $2, $3, 'ACTIVE', 'IMPORTED')`, [randomUUID(), id, TENANT.contoso]);
    }
    await db.end();
    const small = await statementsFor(stack, PAGE(2), token);
    const large = await statementsFor(stack, PAGE(50), token);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('identity answers PartnerUser.partnerId and organization from the caller\'s token, with no statement of their own', async () => {
    const bare = await statementsFor(stack, '{ me { id displayName } }', token);
    const withOrganization = await statementsFor(stack, '{ me { id displayName partnerId organization { id } } }', token);
    expect(bare).toBeGreaterThan(0);
    expect(withOrganization).toBe(bare);
  });

  it('P-19: a page of 2 and a page of 40 directory entries, each saying how the caller stands with it, cost the same', async () => {
    const db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    for (let i = 0; i < 45; i += 1) {
      const id = randomUUID();
      await db.query(`insert into partners.organizations (id, company_name, partner_type, program_status, country)
        values ($1, $2, 'INDIRECT_PROVIDER', 'ACTIVE', 'IT')`, [id, `Provider ${String(i).padStart(2, '0')}`]);
      await db.query(`insert into partners.provider_directory_profiles (provider_id, listed, countries, contact_email, updated_by, updated_at)
        values ($1, true, '{IT}', 'x@example.it', $1, now())`, [id]);
    }
    await db.end();
    const directory = (size: number) => `{ indirectProviderDirectory(first: ${size}) { totalCount edges { node {
      companyName offerings isPartnered hasPendingInvitation hasOpenContactRequest } } } }`;
    const small = await statementsFor(stack, directory(2), token);
    const large = await statementsFor(stack, directory(40), token);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
