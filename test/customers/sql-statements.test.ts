import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TENANT } from '../../scripts/seed/world.js';
import { DEFAULT_QUERY_LIMITS } from '../../gateway/limits.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

/** The sum of the per-subgraph counts the gateway relays in `x-sql-statements`. */
async function statementsFor(stack: TestStack, query: string, token: string): Promise<{ statements: number; customers: number }> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = await response.json() as { errors?: unknown; data: { customers: { edges: unknown[] } } };
  expect(body.errors).toBeUndefined();
  const header = response.headers.get('x-sql-statements');
  expect(header).not.toBeNull();
  return { statements: header!.split(',').reduce((sum, part) => sum + Number(part.trim()), 0), customers: body.data.customers.edges.length };
}

const PAGE = (size: number) => `{ customers(first: ${size}) { totalCount edges { node {
  id companyProfile { companyName email } customDomains relationshipToMe allowDelegatedAccess associatedReseller { id }
  delegatedAdmin { state roleMappings { customerRole } }
  resellerRelationships { totalCount edges { node { state source partner { id } delegatedAdmin { state } request { id } } } }
  subscriptions(first: 5) { totalCount edges { node { id offerName status resellerMpnId provider { id } } } }
  serviceRequests(status: OPEN) { totalCount edges { node { id title } } }
  serviceHealth(first: 5) { totalCount edges { node { id status } } }
  users(first: 5) { totalCount edges { node { id userPrincipalName licenses { offerName subscription { id } } } } }
} } } }`;

describe('customers: SQL statements for one page do not grow with the page size (N+1 guard)', () => {
  let stack: TestStack;

  beforeAll(async () => {
    // The analysts' cost budget would refuse a page of 50 this deep; what is measured here is the SQL behind it.
    stack = await startTestStack({ limits: { ...DEFAULT_QUERY_LIMITS, maxCost: 1_000_000 } });
    const db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    // 60 customers of Contoso and Northwind, each with DAP for Contoso, two subscriptions, a service request and two
    // directory users, one holding a license of each subscription (C-18).
    for (let i = 0; i < 60; i += 1) {
      const id = randomUUID();
      await db.query(`insert into customers.customers (id, company_name, domain, country, associated_reseller_id)
        values ($1, $2, $3, 'IT', $4)`, [id, `Bulk ${String(i).padStart(2, '0')}`, `bulk${i}.example`, TENANT.contoso]);
      for (const partner of [TENANT.contoso, TENANT.northwind]) {
        await db.query(`insert into customers.relationships (id, customer_id, partner_id, state, source)
          values ($1, $2, $3, 'ACTIVE', 'IMPORTED')`, [randomUUID(), id, partner]);
      }
      await db.query(`insert into customers.delegated_admin_grants (id, partner_id, customer_id, state) values ($1, $2, $3, 'ACTIVE')`,
        [randomUUID(), TENANT.contoso, id]);
      const subscriptions = [randomUUID(), randomUUID()];
      for (const [index, offer] of ['Office 365 E3', 'Dynamics 365 Sales'].entries()) {
        await db.query(`insert into customers.subscriptions (id, customer_id, order_id, provider_id, reseller_id, reseller_mpn_id,
            offer_id, offer_name, product_family, quantity, status, creation_date)
          values ($1, $2, $3, $4, $5, '1234567', 'X', $6, 'OFFICE_365', 3, 'ACTIVE', now())`,
        [subscriptions[index], id, randomUUID(), TENANT.northwind, TENANT.contoso, offer]);
      }
      for (const name of ['uno', 'due']) {
        await db.query(`insert into customers.customer_users (id, customer_id, user_principal_name, display_name, first_name, last_name,
            usage_location, licenses, password_hash) values ($1, $2, $3, $4, 'A', 'B', 'IT', $5, 'x')`,
        [randomUUID(), id, `${name}@bulk${i}.example`, name, subscriptions]);
      }
      await db.query(`insert into customers.service_requests (id, customer_id, partner_id, created_by, product_family, title, description,
          severity, support_topic_id, status, primary_contact, created_date)
        values ($1, $2, $3, $4, 'OFFICE_365', 'SR', 'd', 'MINIMAL', '1', 'OPEN', '{"firstName":"a","lastName":"b","email":"c@d.e"}', now())`,
      [randomUUID(), id, TENANT.contoso, randomUUID()]);
    }
    await db.end();
  });
  afterAll(() => stack?.close());

  it('a page of 2 and a page of 50 customers with relationships, DAP, subscriptions, SRs, health and users (C-18) cost the same', async () => {
    const token = await stack.signIn('marco@contoso.it');
    const small = await statementsFor(stack, PAGE(2), token);
    const large = await statementsFor(stack, PAGE(50), token);
    expect(small.customers).toBe(2);
    expect(large.customers).toBe(50);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it('T-8: companyProfile.companyName alone does not look up delegated admin privileges; address, email or customDomains do', async () => {
    const token = await stack.signIn('marco@contoso.it');
    const page = (fields: string) => `{ customers(first: 5) { edges { node { id ${fields} } } } }`;
    const bare = await statementsFor(stack, page(''), token);
    const named = await statementsFor(stack, page('companyProfile { companyName domain organizationRegistrationNumber }'), token);
    const gated = await statementsFor(stack, page('companyProfile { companyName email address { city } } customDomains'), token);
    expect(named.customers).toBe(5);
    expect(named.statements).toBe(bare.statements);
    // one batched DAP lookup for the page, shared by the three gated fields
    expect(gated.statements).toBe(bare.statements + 1);
  });
});
