import { randomUUID } from 'node:crypto';
import { CUSTOMER_FIXTURES } from '../../scripts/seed/customers.js';
import { TENANT } from '../../scripts/seed/world.js';
import { errorOf, startCustomersWorld, type CustomersWorld } from '../helpers/customers.js';

const CREATE_USER = `mutation ($customer: ID!, $input: CreateCustomerUserInput!) {
  createCustomerUser(customerId: $customer, input: $input) { temporaryPassword user { id userPrincipalName displayName isAdmin state } } }`;
const USERS = `query ($customer: ID!, $first: Int, $after: String, $state: CustomerUserState, $search: String) {
  customer(id: $customer) { users(first: $first, after: $after, state: $state, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id userPrincipalName state } } } } }`;
const LICENSES = `mutation ($id: ID!, $add: [ID!], $remove: [ID!]) {
  assignCustomerUserLicenses(id: $id, add: $add, remove: $remove) { id licenses { subscriptionId offerName } } }`;
const RESET = 'mutation ($id: ID!) { resetCustomerUserPassword(id: $id) { temporaryPassword user { id userPrincipalName } } }';
const DELETE = 'mutation ($id: ID!) { deleteCustomerUser(id: $id) { id state deletedAt restorableUntil licenses { subscriptionId } } }';
const RESTORE = 'mutation ($id: ID!) { restoreCustomerUser(id: $id) { id state deletedAt } }';

const person = (userPrincipalName: string, extra: Record<string, unknown> = {}) =>
  ({ userPrincipalName, firstName: 'Nuovo', lastName: 'Utente', usageLocation: 'it', ...extra });

type Created = { createCustomerUser: { temporaryPassword: string; user: { id: string; userPrincipalName: string; state: string } } };
type Listed = { customer: { users: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string; userPrincipalName: string } }[] } } };

describe('customers: customer users through delegated admin (C-18…C-20, A-19, R-35, T-11)', () => {
  let world: CustomersWorld;

  beforeAll(async () => {
    world = await startCustomersWorld();
  });
  afterAll(() => world?.close());

  async function createUser(upn: string, extra: Record<string, unknown> = {}) {
    const result = await world.run<Created>('marco@contoso.it', CREATE_USER, { customer: TENANT.adatum, input: person(upn, extra) });
    expect(result.errors).toBeUndefined();
    return result.data!.createCustomerUser;
  }

  it('C-19: an admin agent creates a user; its temporary password comes back once, is stored hashed and is never readable again', async () => {
    const created = await createUser('  Giulia.Verdi@Adatum.it ', { firstName: 'Giulia', lastName: 'Verdi' });
    expect(created.user).toEqual({ id: expect.any(String), userPrincipalName: 'giulia.verdi@adatum.it', displayName: 'Giulia Verdi',
      isAdmin: false, state: 'ACTIVE' });
    expect(created.temporaryPassword).toHaveLength(16);
    const { rows } = await world.db.query('select password_hash from customers.customer_users where id = $1', [created.user.id]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].password_hash).not.toContain(created.temporaryPassword);
    const read = await world.run('marco@contoso.it', USERS, { customer: TENANT.adatum, search: 'giulia' });
    expect(JSON.stringify(read.data)).not.toContain(created.temporaryPassword);
    const events = await world.db.query(`select partner_ids, payload from customers.events where type = 'CustomerUserChanged'
      and aggregate_id = $1`, [created.user.id]);
    expect(events.rows).toEqual([{ partner_ids: [TENANT.contoso], payload: expect.objectContaining({ change: 'CREATED' }) }]);
    expect(JSON.stringify(events.rows)).not.toContain(created.temporaryPassword);
    expect(JSON.stringify(events.rows)).not.toContain('argon2');
  });

  it('C-19: a custom domain is accepted; a foreign domain, a taken name, a missing field or a bad country is refused', async () => {
    expect((await createUser('ospite@adatum.com')).user.userPrincipalName).toBe('ospite@adatum.com');
    const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
      ['someone@contoso.it', {}, { code: 'BAD_USER_INPUT', reason: 'CUSTOMER_DOMAIN_REQUIRED', field: 'userPrincipalName' }],
      ['not an address', {}, { code: 'BAD_USER_INPUT', reason: 'INVALID_EMAIL' }],
      ['ADA@adatum.it', {}, { code: 'CONFLICT', reason: 'DUPLICATE_EMAIL', field: 'userPrincipalName' }],
      ['nome@adatum.it', { firstName: ' ' }, { code: 'BAD_USER_INPUT', reason: 'REQUIRED_FIELD', field: 'firstName' }],
      ['nome@adatum.it', { usageLocation: 'Italy' }, { code: 'BAD_USER_INPUT', reason: 'INVALID_COUNTRY', field: 'usageLocation' }],
    ];
    for (const [upn, extra, error] of cases) {
      const result = await world.run('marco@contoso.it', CREATE_USER, { customer: TENANT.adatum, input: person(upn, extra) });
      expect({ upn, error: errorOf(result) }).toEqual({ upn, error: expect.objectContaining(error) });
    }
  });

  it('C-18: agents page through the users (oldest first), search them; a global admin without an agent role is FORBIDDEN (A-15)', async () => {
    const first = await world.run<Listed>('luca@contoso.it', USERS, { customer: TENANT.adatum, first: 2 });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.customer.users;
    expect(page1.edges.map((edge) => edge.node.userPrincipalName)).toEqual(['ada@adatum.it', 'adamo@adatum.it']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await world.run<Listed>('luca@contoso.it', USERS, { customer: TENANT.adatum, first: 2, after: page1.pageInfo.endCursor });
    expect(second.data!.customer.users.edges[0].node.userPrincipalName).toBe('carla@adatum.com');
    const everyone = new Set([...page1.edges, ...second.data!.customer.users.edges].map((edge) => edge.node.id));
    expect(everyone.size).toBe(4);
    expect(page1.totalCount).toBeGreaterThanOrEqual(5);
    const searched = await world.run<Listed>('marco@contoso.it', USERS, { customer: TENANT.adatum, search: 'SERRA' });
    expect(searched.data!.customer.users.edges.map((edge) => edge.node.userPrincipalName)).toEqual(['adamo@adatum.it']);
    const bea = await world.run('bea@contoso.it', USERS, { customer: TENANT.adatum });
    expect(errorOf(bea)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' });
    const beaCreates = await world.run('bea@contoso.it', CREATE_USER, { customer: TENANT.adatum, input: person('bea-made@adatum.it') });
    expect(errorOf(beaCreates)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' });
  });

  it('C-19: delete is a soft delete restorable for 30 days; a helpdesk agent may neither delete nor restore (A-19)', async () => {
    const { user } = await createUser('temporaneo@adatum.it');
    const luca = await world.run('luca@contoso.it', DELETE, { id: user.id });
    expect(errorOf(luca)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' });
    const deleted = await world.run<{ deleteCustomerUser: { state: string; deletedAt: string; restorableUntil: string } }>(
      'marco@contoso.it', DELETE, { id: user.id });
    expect(deleted.data!.deleteCustomerUser.state).toBe('DELETED');
    const window = Date.parse(deleted.data!.deleteCustomerUser.restorableUntil) - Date.parse(deleted.data!.deleteCustomerUser.deletedAt);
    expect(window).toBe(30 * 24 * 3600 * 1000);
    const active = await world.run<Listed>('marco@contoso.it', USERS, { customer: TENANT.adatum, search: 'temporaneo' });
    expect(active.data!.customer.users.edges).toEqual([]);
    const bin = await world.run<Listed>('marco@contoso.it', USERS, { customer: TENANT.adatum, search: 'temporaneo', state: 'DELETED' });
    expect(bin.data!.customer.users.edges.map((edge) => edge.node.id)).toEqual([user.id]);
    expect(errorOf(await world.run('marco@contoso.it', DELETE, { id: user.id }))).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'USER_NOT_ACTIVE' });
    const restored = await world.run('marco@contoso.it', RESTORE, { id: user.id });
    expect(restored.data).toEqual({ restoreCustomerUser: { id: user.id, state: 'ACTIVE', deletedAt: null } });
    expect(errorOf(await world.run('marco@contoso.it', RESTORE, { id: user.id })))
      .toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'USER_NOT_DEACTIVATED' });
    const changes = await world.db.query(`select payload->>'change' as change from customers.events where type = 'CustomerUserChanged'
      and aggregate_id = $1 order by id`, [user.id]);
    expect(changes.rows.map((row) => row.change)).toEqual(['CREATED', 'DELETED', 'RESTORED']);
  });

  it('C-19: past 30 days a restore is refused; a name taken meanwhile blocks the restore too', async () => {
    const late = await createUser('tardi@adatum.it');
    await world.run('marco@contoso.it', DELETE, { id: late.user.id });
    await world.db.query("update customers.customer_users set deleted_at = now() - interval '31 days' where id = $1", [late.user.id]);
    expect(errorOf(await world.run('marco@contoso.it', RESTORE, { id: late.user.id })))
      .toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'RESTORE_WINDOW_PASSED' });
    const old = await createUser('omonimo@adatum.it');
    await world.run('marco@contoso.it', DELETE, { id: old.user.id });
    await createUser('omonimo@adatum.it');
    expect(errorOf(await world.run('marco@contoso.it', RESTORE, { id: old.user.id })))
      .toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_EMAIL' });
  });

  it('C-19 licenses: seats of the customer\'s subscriptions, refused once the quantity is used up; deleting a user frees its seat', async () => {
    const single = randomUUID();
    const suspended = randomUUID();
    for (const [id, status] of [[single, 'ACTIVE'], [suspended, 'SUSPENDED']]) {
      await world.db.query(`insert into customers.subscriptions (id, customer_id, order_id, provider_id, reseller_id, reseller_mpn_id,
          offer_id, offer_name, product_family, quantity, status, creation_date)
        values ($1, $2, $3, $4, $5, '1234567', 'O365-BP', 'Microsoft 365 Business Premium', 'OFFICE_365', 1, $6, now())`,
      [id, TENANT.adatum, randomUUID(), TENANT.northwind, TENANT.contoso, status]);
    }
    const first = (await createUser('licenza.uno@adatum.it')).user.id;
    const second = (await createUser('licenza.due@adatum.it')).user.id;
    const given = await world.run('marco@contoso.it', LICENSES, { id: first, add: [single] });
    expect(given.data).toEqual({ assignCustomerUserLicenses: { id: first,
      licenses: [{ subscriptionId: single, offerName: 'Microsoft 365 Business Premium' }] } });
    expect(errorOf(await world.run('marco@contoso.it', LICENSES, { id: second, add: [single] })))
      .toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'NO_AVAILABLE_LICENSES', subscriptionId: single });
    expect(errorOf(await world.run('marco@contoso.it', LICENSES, { id: second, add: [suspended] })))
      .toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'SUBSCRIPTION_NOT_ACTIVE' });
    // Litware's subscription is not Adatum's; a made-up id is nobody's: both NOT_FOUND (T-1).
    for (const other of [CUSTOMER_FIXTURES.litwareOffice365, randomUUID()]) {
      expect(errorOf(await world.run('marco@contoso.it', LICENSES, { id: second, add: [other] }))).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(errorOf(await world.run('luca@contoso.it', LICENSES, { id: second, add: [single] })))
      .toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' });
    const removed = await world.run('marco@contoso.it', LICENSES, { id: first, remove: [single] });
    expect(removed.data).toEqual({ assignCustomerUserLicenses: { id: first, licenses: [] } });
    expect((await world.run('marco@contoso.it', LICENSES, { id: second, add: [single] })).errors).toBeUndefined();
    const deleted = await world.run('marco@contoso.it', DELETE, { id: second });
    expect(deleted.data).toMatchObject({ deleteCustomerUser: { state: 'DELETED', licenses: [] } });
    expect((await world.run('marco@contoso.it', LICENSES, { id: first, add: [single] })).errors).toBeUndefined();
  });

  it('C-18: a license shows its offer; the seeded Litware user holds an Office 365 E3 seat', async () => {
    const result = await world.run('luca@contoso.it', `{ customer(id: "${TENANT.litware}") { users(search: "leo") { edges { node {
      userPrincipalName licenses { subscriptionId offerId subscription { id quantity } } } } } } }`);
    expect(result.data).toEqual({ customer: { users: { edges: [{ node: { userPrincipalName: 'leo@litware.it', licenses: [{
      subscriptionId: CUSTOMER_FIXTURES.litwareOffice365, offerId: 'O365-E3',
      subscription: { id: CUSTOMER_FIXTURES.litwareOffice365, quantity: 25 } }] } }] } } });
  });

  it('C-20: an admin agent resets anyone\'s password; a helpdesk agent only a user who is not a customer admin (A-19)', async () => {
    const before = await world.db.query('select password_hash from customers.customer_users where id = $1', [CUSTOMER_FIXTURES.adaUser]);
    const byMarco = await world.run<{ resetCustomerUserPassword: { temporaryPassword: string } }>('marco@contoso.it', RESET,
      { id: CUSTOMER_FIXTURES.adaUser });
    expect(byMarco.data!.resetCustomerUserPassword.temporaryPassword).toHaveLength(16);
    const after = await world.db.query('select password_hash from customers.customer_users where id = $1', [CUSTOMER_FIXTURES.adaUser]);
    expect(after.rows[0].password_hash).not.toBe(before.rows[0].password_hash);
    const byLuca = await world.run('luca@contoso.it', RESET, { id: CUSTOMER_FIXTURES.adaUser });
    expect(errorOf(byLuca)).toMatchObject({ code: 'FORBIDDEN', reason: 'ADMIN_AGENT_REQUIRED_FOR_CUSTOMER_ADMIN' });
    const ordinary = await world.run('luca@contoso.it', RESET, { id: CUSTOMER_FIXTURES.adamoUser });
    expect(ordinary.data).toEqual({ resetCustomerUserPassword: { temporaryPassword: expect.any(String),
      user: { id: CUSTOMER_FIXTURES.adamoUser, userPrincipalName: 'adamo@adatum.it' } } });
  });

  it('T-1: another partner without a relationship gets NOT_FOUND for the customer and each of its users', async () => {
    const listed = await world.run('pietro@northwind.it', USERS, { customer: TENANT.adatum });
    expect(errorOf(listed)).toMatchObject({ code: 'NOT_FOUND' });
    expect(JSON.stringify(listed.data)).not.toContain('adatum');
    for (const [query, variables] of [
      [RESET, { id: CUSTOMER_FIXTURES.adamoUser }], [DELETE, { id: CUSTOMER_FIXTURES.adamoUser }],
      [LICENSES, { id: CUSTOMER_FIXTURES.adamoUser, add: [] }], [CREATE_USER, { customer: TENANT.adatum, input: person('x@adatum.it') }],
    ] as const) {
      const result = await world.run('pietro@northwind.it', query, variables);
      expect({ query, error: errorOf(result), data: JSON.stringify(result.data) })
        .toEqual({ query, error: expect.objectContaining({ code: 'NOT_FOUND' }), data: expect.not.stringContaining('adamo') });
    }
  });

  it('R-35: a relationship without DAP (Northwind on Litware) is PRECONDITION_FAILED / DELEGATED_ADMIN_REQUIRED', async () => {
    const listed = await world.run('pietro@northwind.it', USERS, { customer: TENANT.litware });
    expect(errorOf(listed)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'DELEGATED_ADMIN_REQUIRED' });
    const reset = await world.run('pietro@northwind.it', RESET, { id: CUSTOMER_FIXTURES.leoUser });
    expect(errorOf(reset)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'DELEGATED_ADMIN_REQUIRED' });
  });

  it('R-35 / T-11: once Contoso removes its DAP for Adatum, its users are out of reach, by list, mutation or entity reference', async () => {
    const removed = await world.run('marco@contoso.it', `mutation { removeDelegatedAdminPrivileges(customerId: "${TENANT.adatum}") { state } }`);
    expect(removed.data).toEqual({ removeDelegatedAdminPrivileges: { state: 'REMOVED' } });
    for (const [email, query, variables] of [
      ['luca@contoso.it', USERS, { customer: TENANT.adatum }],
      ['marco@contoso.it', CREATE_USER, { customer: TENANT.adatum, input: person('dopo@adatum.it') }],
      ['marco@contoso.it', RESET, { id: CUSTOMER_FIXTURES.adamoUser }],
      ['marco@contoso.it', DELETE, { id: CUSTOMER_FIXTURES.adamoUser }],
    ] as const) {
      const result = await world.run(email, query, variables);
      expect({ query, error: errorOf(result) })
        .toEqual({ query, error: expect.objectContaining({ code: 'PRECONDITION_FAILED', reason: 'DELEGATED_ADMIN_REQUIRED' }) });
    }
    const entities = await fetch(world.stack.subgraphUrls.customers, { method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await world.as('marco@contoso.it')}` },
      body: JSON.stringify({ query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on CustomerUser { userPrincipalName } } }',
        variables: { r: [{ __typename: 'CustomerUser', id: CUSTOMER_FIXTURES.adamoUser }] } }) });
    expect(JSON.stringify(await entities.json())).not.toContain('adamo@adatum.it');
  });
});
