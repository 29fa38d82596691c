import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { DEMO_PARTNERSHIPS, TENANT } from '../../scripts/seed/world.js';
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
  it('partners: a page of 2 and a page of 40 of every relationship list, each row with its invitation, cost the same', async () => {
    const db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const pietro = 'bbbbbbbb-0000-4000-8000-000000000021';
    const SEEDED_PARTNERSHIP = DEMO_PARTNERSHIPS[0].id;
    // Each of 45 resellers of Northwind and 45 providers of Contoso: an accepted invitation, the partnership it made and
    // the contact request it answered; and a ticket of Northwind's global admin.
    const partnered = async (provider: string, reseller: string) => {
      const invitation = randomUUID();
      await db.query(`insert into partners.partnership_invitations (id, provider_id, token_hash, state, created_by, created_at, expires_at,
          accepted_by_org, accepted_by, accepted_at) values ($1, $2, $3, 'ACCEPTED', $4, now(), now() + interval '1 day', $5, $4, now())`,
      [invitation, provider, randomUUID(), randomUUID(), reseller]);
      await db.query(`insert into partners.partnerships (id, provider_id, reseller_id, state, invitation_id)
        values ($1, $2, $3, 'ACTIVE', $4)`, [randomUUID(), provider, reseller, invitation]);
      await db.query(`insert into partners.provider_contact_requests (id, provider_id, reseller_id, state, message, reply_to, created_by,
          created_at, expires_at, invitation_id)
        values ($1, $2, $3, 'INVITED', 'm', 'r@example.it', $4, now(), now() + interval '30 days', $5)`,
      [randomUUID(), provider, reseller, randomUUID(), invitation]);
    };
    for (let i = 0; i < 45; i += 1) {
      const [reseller, provider] = [randomUUID(), randomUUID()];
      await db.query(`insert into partners.organizations (id, company_name, partner_type, program_status, country)
        values ($1, $2, 'INDIRECT_RESELLER', 'ACTIVE', 'IT'), ($3, $4, 'INDIRECT_PROVIDER', 'ACTIVE', 'IT')`,
      [reseller, `Reseller ${i}`, provider, `Distributor ${i}`]);
      await partnered(TENANT.northwind, reseller);
      await partnered(provider, TENANT.contoso);
      await db.query(`insert into partners.support_tickets (id, organization_id, created_by, title, description, severity, status)
        values ($1, $2, $3, $4, 'd', 'MINIMAL', 'OPEN')`, [randomUUID(), TENANT.northwind, pietro, `Ticket ${i}`]);
    }
    await db.end();
    const invitation = 'invitation { id state provider { id } acceptedByOrg { id } }';
    const relationships = `totalCount edges { node { id relationshipType provider { id } reseller { id companyName } ${invitation} } }`;
    const contactRequests = `totalCount edges { node { id state provider { id } reseller { id } ${invitation} } }`;
    const invitations = 'totalCount edges { node { id state provider { id } acceptedByOrg { id } } }';
    const provider = (size: number) => `{ myOrganization {
      indirectResellers(first: ${size}) { ${relationships} }
      partnershipInvitations(direction: SENT, first: ${size}) { ${invitations} } }
      providerContactRequests(direction: RECEIVED, first: ${size}) { ${contactRequests} }
      partnerSupportTickets(first: ${size}) { totalCount edges { node { id title status } } } }`;
    const reseller = (size: number) => `{ myOrganization {
      indirectProviders(first: ${size}) { ${relationships} }
      partnershipInvitations(direction: RECEIVED, first: ${size}) { ${invitations} } }
      providerContactRequests(direction: SENT, first: ${size}) { ${contactRequests} } }`;
    for (const [email, query] of [['pietro@northwind.it', provider], ['anna@contoso.it', reseller]] as const) {
      const caller = await stack.signIn(email);
      const small = await statementsFor(stack, query(2), caller);
      const large = await statementsFor(stack, query(40), caller);
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
      // What was counted is full pages, each row with its invitation (but the seeded partnership, made without one).
      const { data, errors } = await stack.query(query(40), { token: caller });
      expect(errors).toBeUndefined();
      type Page = { edges?: { node: { id: string; invitation?: unknown } }[] };
      const lists = Object.values({ ...data, ...(data!.myOrganization as object) } as Record<string, Page>)
        .flatMap((value) => (value?.edges ? [value.edges] : []));
      expect(lists).toHaveLength(email.startsWith('pietro') ? 4 : 3);
      for (const edges of lists) {
        expect(edges).toHaveLength(40);
        expect(edges.filter(({ node }) => node.invitation === null).map(({ node }) => node.id)).toEqual(
          edges.some(({ node }) => node.id === SEEDED_PARTNERSHIP) ? [SEEDED_PARTNERSHIP] : []);
      }
    }
  });
});
