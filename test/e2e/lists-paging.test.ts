import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TENANT } from '../../scripts/seed/world.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

type Connection = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string } }[] };

const PAGE = 'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }';

/** Rows 300 µs apart, every third one tied with the one before: several per millisecond, and equal timestamps. */
const timeOf = (i: number) => `'2026-03-01T10:00:00Z'::timestamptz - ${(i - (i % 3 === 2 ? 1 : 0)) * 300} * interval '1 microsecond'`;

describe('every list is a Relay connection with keyset pages (issue 8)', () => {
  let stack: TestStack;
  let db: pg.Client;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startTestStack();
    db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    for (const email of ['marco@contoso.it', 'anna@contoso.it', 'paolo@northwind.it']) tokens[email] = await stack.signIn(email);
    for (let i = 0; i < 23; i += 1) {
      await db.query(`insert into customers.service_requests (id, customer_id, partner_id, created_by, product_family, title, description,
          severity, support_topic_id, status, primary_contact, created_date)
        values ($1, $2, $3, $4, 'OFFICE_365', $5, 'd', 'MINIMAL', '1', $6, '{"firstName":"a","lastName":"b","email":"c@d.e"}', ${timeOf(i)})`,
      [randomUUID(), TENANT.adatum, TENANT.contoso, randomUUID(), `SR ${i}`, i % 4 === 0 ? 'CLOSED' : 'OPEN']);
      await db.query(`insert into customers.leads (id, owner_id, name, status, substatus, qualification, customer_profile, consent,
          created_at, updated_at)
        values ($1, $2, $3, $4, 'PENDING', 'NONE', '{"name":"x","contacts":[]}',
          '{"consentToShareReferralWithMicrosoftSellers":true,"consentToContact":true}', ${timeOf(i)}, now())`,
      [randomUUID(), TENANT.contoso, `Lead ${i}`, i % 3 === 0 ? 'CLOSED' : 'NEW']);
      // Litware's subscriptions Northwind sold: oldest first, ties and sub-millisecond gaps included.
      await db.query(`insert into customers.subscriptions (id, customer_id, order_id, provider_id, offer_id, offer_name, product_family,
          quantity, unit_type, status, billing_cycle, creation_date)
        values ($1, $2, $3, $4, 'AZ-PLAN', $5, 'AZURE', 1, 'Licenses', 'ACTIVE', 'MONTHLY', ${timeOf(i)})`,
      [randomUUID(), TENANT.litware, randomUUID(), TENANT.northwind, `Azure plan ${i}`]);
      await db.query(`insert into partners.invoices (id, organization_id, invoice_date, total_charges, currency_code)
        values ($1, $2, ${timeOf(i)}, 10, 'EUR')`, [`G1234567-B${String(i).padStart(3, '0')}`, TENANT.contoso]);
      // Northwind's sent invitations: PENDING, PENDING past its expiry, stored EXPIRED, REVOKED.
      const [state, expires] = [['PENDING', 'now() + interval \'1 day\''], ['PENDING', 'now() - interval \'1 hour\''],
        ['EXPIRED', 'now() - interval \'1 hour\''], ['REVOKED', 'now() + interval \'1 day\'']][i % 4];
      await db.query(`insert into partners.partnership_invitations (id, provider_id, token_hash, state, created_by, created_at, expires_at)
        values ($1, $2, $3, $4, $5, ${timeOf(i)}, ${expires})`, [randomUUID(), TENANT.northwind, randomUUID(), state, randomUUID()]);
    }
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  /** Pages through a list `first` at a time; `at` picks the connection out of the response. */
  async function pageThrough(email: string, query: string, at: (data: Record<string, unknown>) => Connection, first: number) {
    const ids: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result = await stack.query(query, { token: tokens[email], variables: { first, after } });
      expect(result.errors).toBeUndefined();
      const page = at(result.data!);
      pages += 1;
      ids.push(...page.edges.map((edge) => edge.node.id));
      totals.add(page.totalCount);
      expect(page.edges.length).toBeLessThanOrEqual(first);
      if (page.edges.length) expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(pages).toBeLessThan(50);
    }
    return { ids, totals: [...totals], pages };
  }

  const sqlIds = async (sql: string, params: unknown[]) => (await db.query<{ id: string }>(sql, params)).rows.map((row) => row.id);

  it('Customer.subscriptions pages oldest first through ties and rows less than a millisecond apart', async () => {
    const query = `query ($first: Int, $after: String) { customer(id: "${TENANT.litware}") {
      subscriptions(first: $first, after: $after) { ${PAGE} } } }`;
    const listed = await pageThrough('paolo@northwind.it', query, (data) => (data.customer as { subscriptions: Connection }).subscriptions, 4);
    const expected = await sqlIds(`select id from customers.subscriptions where customer_id = $1 and provider_id = $2
      order by creation_date, id`, [TENANT.litware, TENANT.northwind]);
    expect(expected.length).toBeGreaterThan(20);
    expect(listed.ids).toEqual(expected);
    expect(listed.totals).toEqual([expected.length]);
  });

  it('Customer.serviceRequests(status) pages newest first, without duplicates or gaps, the filter on every page', async () => {
    const query = `query ($first: Int, $after: String) { customer(id: "${TENANT.adatum}") {
      serviceRequests(first: $first, after: $after, status: OPEN) { ${PAGE} } } }`;
    const listed = await pageThrough('marco@contoso.it', query, (data) => (data.customer as { serviceRequests: Connection }).serviceRequests, 4);
    const expected = await sqlIds(`select id from customers.service_requests where customer_id = $1 and partner_id = $2 and status = 'OPEN'
      order by created_date desc, id desc`, [TENANT.adatum, TENANT.contoso]);
    expect(expected.length).toBeGreaterThan(16);
    expect(listed.ids).toEqual(expected);
    expect(listed.totals).toEqual([expected.length]);
    expect(listed.pages).toBe(Math.ceil(expected.length / 4));
  });

  it('Query.customerLeads(status) and the same list on PartnerOrganization page alike', async () => {
    const expected = await sqlIds(`select id from customers.leads where owner_id = $1 and status = 'NEW' order by created_at desc, id desc`,
      [TENANT.contoso]);
    const root = await pageThrough('anna@contoso.it', `query ($first: Int, $after: String) {
      customerLeads(first: $first, after: $after, status: NEW) { ${PAGE} } }`, (data) => data.customerLeads as Connection, 5);
    expect(root.ids).toEqual(expected);
    expect(root.totals).toEqual([expected.length]);
    const nested = await pageThrough('anna@contoso.it', `query ($first: Int, $after: String) { myOrganization {
      customerLeads(first: $first, after: $after, status: NEW) { ${PAGE} } } }`,
    (data) => (data.myOrganization as { customerLeads: Connection }).customerLeads, 3);
    expect(nested.ids).toEqual(expected);
  });

  it('PartnerOrganization.partnershipInvitations(state) pages by effective state: EXPIRED includes PENDING past its expiry', async () => {
    const query = (state: string) => `query ($first: Int, $after: String) { myOrganization {
      partnershipInvitations(first: $first, after: $after, direction: SENT, state: ${state}) { ${PAGE} } } }`;
    const at = (data: Record<string, unknown>) => (data.myOrganization as { partnershipInvitations: Connection }).partnershipInvitations;
    const pending = await pageThrough('paolo@northwind.it', query('PENDING'), at, 2);
    expect(pending.ids).toEqual(await sqlIds(`select id from partners.partnership_invitations where provider_id = $1
      and state = 'PENDING' and expires_at > now() order by created_at desc, id desc`, [TENANT.northwind]));
    const expired = await pageThrough('paolo@northwind.it', query('EXPIRED'), at, 5);
    expect(expired.ids).toEqual(await sqlIds(`select id from partners.partnership_invitations where provider_id = $1
      and (state = 'EXPIRED' or (state = 'PENDING' and expires_at <= now())) order by created_at desc, id desc`, [TENANT.northwind]));
    expect(expired.ids.length).toBe(12);
  });

  it('Query.invoices (text ids) pages newest first through ties on the invoice date', async () => {
    const listed = await pageThrough('anna@contoso.it', `query ($first: Int, $after: String) {
      invoices(first: $first, after: $after) { ${PAGE} } }`, (data) => data.invoices as Connection, 6);
    const expected = await sqlIds('select id from partners.invoices where organization_id = $1 order by invoice_date desc, id desc',
      [TENANT.contoso]);
    expect(expected).toHaveLength(25);
    expect(listed.ids).toEqual(expected);
    expect(listed.totals).toEqual([25]);
  });

  it.each([
    { list: 'customers', query: `{ customer(id: "${TENANT.adatum}") { serviceRequests(first: 101) { totalCount } } }`, email: 'marco@contoso.it' },
    { list: 'customers', query: '{ serviceIncidents(first: 101) { totalCount } }', email: 'marco@contoso.it' },
    { list: 'partners', query: '{ invoices(first: 101) { totalCount } }', email: 'anna@contoso.it' },
    { list: 'partners', query: '{ myOrganization { indirectProviders(first: 101) { totalCount } } }', email: 'anna@contoso.it' },
  ])('$list: first: 101 is BAD_USER_INPUT / PAGE_SIZE_OUT_OF_RANGE ($query)', async ({ query, email }) => {
    const result = await stack.query(query, { token: tokens[email] });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE' });
  });

  it('first: 100 is allowed; a forged cursor is BAD_USER_INPUT / INVALID_CURSOR', async () => {
    const full = await stack.query('{ invoices(first: 100) { totalCount edges { node { id } } } }', { token: tokens['anna@contoso.it'] });
    expect(full.errors).toBeUndefined();
    const forged = Buffer.from(JSON.stringify(['yesterday', 'G1'])).toString('base64url');
    const result = await stack.query(`{ invoices(after: "${forged}") { totalCount } }`, { token: tokens['anna@contoso.it'] });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });
});
