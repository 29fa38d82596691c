import { TENANT } from '../../scripts/seed/world.js';
import {
  ACCEPT_REQUEST, CREATE_JOINT_REQUEST, errorOf, startCustomersWorld, tokenOf, type CustomersWorld,
} from '../helpers/customers.js';

const ORDER = `mutation ($customer: ID!, $lines: [OrderLineInput!]!, $mpn: String) {
  submitOrder(customerId: $customer, lines: $lines, resellerMpnId: $mpn) {
    orderId subscriptions { id status resellerMpnId quantity offerName productFamily provider { id } } } }`;

type Joint = { createJointResellerRelationshipRequest: { id: string; state: string; url: string; jointProvider: { id: string } } };
type Order = { submitOrder: { subscriptions: { id: string; status: string; resellerMpnId: string | null }[] } };

describe('customers: AS-8 joint invitation; the provider orders; both sides see the customer', () => {
  let world: CustomersWorld;
  let c2: { tenantId: string; token: string };
  let subscriptionId: string;

  beforeAll(async () => {
    world = await startCustomersWorld();
    c2 = await world.newCustomerTenant('tailwind-srl');
  });
  afterAll(() => world?.close());

  it('1–2. Anna invites jointly with Northwind; the new customer\'s GA accepts: R–C2 and P–C2 ACTIVE, DAP to R only', async () => {
    const created = await world.run<Joint>('anna@contoso.it', CREATE_JOINT_REQUEST, { provider: TENANT.northwind, dap: true });
    expect(created.data?.createJointResellerRelationshipRequest).toMatchObject({ state: 'PENDING', jointProvider: { id: TENANT.northwind } });
    const url = created.data!.createJointResellerRelationshipRequest.url;
    expect(url).toContain(`providerId=${TENANT.northwind}`);
    const accepted = await world.stack.query(ACCEPT_REQUEST, { variables: { token: tokenOf(url) }, token: c2.token });
    expect(accepted.data?.acceptResellerRelationshipRequest).toMatchObject({
      state: 'ACCEPTED', customerId: c2.tenantId, jointProviderId: TENANT.northwind, delegatedAdminGranted: true,
    });
    const rows = await world.db.query(`select partner_id, state, source from customers.relationships where customer_id = $1 order by partner_id`, [c2.tenantId]);
    expect(rows.rows).toEqual([
      { partner_id: TENANT.contoso, state: 'ACTIVE', source: 'JOINT_INVITATION' },
      { partner_id: TENANT.northwind, state: 'ACTIVE', source: 'JOINT_INVITATION' },
    ]);
    const grants = await world.db.query('select partner_id from customers.delegated_admin_grants where customer_id = $1', [c2.tenantId]);
    expect(grants.rows).toEqual([{ partner_id: TENANT.contoso }]);
    // §5: each partner hears only about its own record.
    const events = await world.db.query(`select partner_ids, payload->'relationship'->>'partnerId' as partner from customers.events
      where type = 'CustomerRelationshipEstablished' and payload->'relationship'->>'customerId' = $1 order by id`, [c2.tenantId]);
    expect(events.rows).toEqual([
      { partner_ids: [TENANT.contoso], partner: TENANT.contoso },
      { partner_ids: [TENANT.northwind], partner: TENANT.northwind },
    ]);
  });

  it("3. Contoso sees C2 among Northwind's shared customers (S-33); Northwind filters its customers by reseller", async () => {
    type Providers = { indirectProviders: { edges: { node: { provider: { id: string }; sharedCustomers: { edges: { node: { id: string } }[] } } }[] } };
    const shared = await world.run<{ myOrganization: Providers }>(
      'anna@contoso.it', '{ myOrganization { indirectProviders { edges { node { provider { id } sharedCustomers { edges { node { id } } } } } } } }');
    expect(shared.errors).toBeUndefined();
    const northwind = shared.data!.myOrganization.indirectProviders.edges.map((e) => e.node).find((p) => p.provider.id === TENANT.northwind)!;
    expect(northwind.sharedCustomers.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([c2.tenantId, TENANT.litware]));
    const filtered = await world.run<{ customers: { edges: { node: { id: string; associatedReseller: { id: string } | null } }[] } }>(
      'paolo@northwind.it', `{ customers(filter: { indirectReseller: "${TENANT.contoso}" }) { edges { node { id associatedReseller { id } } } } }`);
    expect(filtered.data!.customers.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([c2.tenantId]));
    expect(filtered.data!.customers.edges.find((e) => e.node.id === c2.tenantId)?.node.associatedReseller).toEqual({ id: TENANT.contoso });
    const other = await world.run<{ customers: { edges: unknown[] } }>('paolo@northwind.it',
      `{ customers(filter: { indirectReseller: "${TENANT.fabrikam}" }) { edges { node { id } } } }`);
    expect(other.data!.customers.edges).toEqual([]);
  });

  it('4. Paolo submits the order with resellerMpnId 1234567: PENDING→ACTIVE; SubscriptionChanged reaches R and P', async () => {
    const result = await world.run<Order>('paolo@northwind.it', ORDER,
      { customer: c2.tenantId, lines: [{ offerId: 'O365-E3', quantity: 10 }], mpn: '1234567' });
    expect(result.errors).toBeUndefined();
    const [subscription] = result.data!.submitOrder.subscriptions;
    expect(subscription).toMatchObject({ status: 'ACTIVE', resellerMpnId: '1234567' });
    subscriptionId = subscription.id;
    const events = await world.db.query(`select payload->>'status' as status, partner_ids from customers.events
      where type = 'SubscriptionChanged' and aggregate_id = $1 order by id`, [subscriptionId]);
    expect(events.rows).toEqual([
      { status: 'PENDING', partner_ids: [TENANT.northwind, TENANT.contoso] },
      { status: 'ACTIVE', partner_ids: [TENANT.northwind, TENANT.contoso] },
    ]);
  });

  it('5. Anna submits an order → FORBIDDEN / RESELLER_CANNOT_SUBMIT_ORDERS (R-37)', async () => {
    const result = await world.run('anna@contoso.it', ORDER, { customer: c2.tenantId, lines: [{ offerId: 'O365-E3', quantity: 1 }] });
    expect(errorOf(result)).toMatchObject({ code: 'FORBIDDEN', reason: 'RESELLER_CANNOT_SUBMIT_ORDERS' });
  });

  it('6. Paolo orders for C1, which only Contoso serves → PRECONDITION_FAILED / NO_RESELLER_RELATIONSHIP (S-24, R-36)', async () => {
    const result = await world.run('paolo@northwind.it', ORDER, { customer: TENANT.adatum, lines: [{ offerId: 'O365-E3', quantity: 1 }] });
    expect(errorOf(result)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'NO_RESELLER_RELATIONSHIP' });
    const unknown = await world.run('paolo@northwind.it', ORDER,
      { customer: 'ffffffff-0000-4000-8000-000000000000', lines: [{ offerId: 'O365-E3', quantity: 1 }] });
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('7. Fabrikam, not partnered with Northwind, invites jointly → PROVIDER_NOT_PARTNERED (R-39)', async () => {
    const result = await world.run('fabio@fabrikam.it', CREATE_JOINT_REQUEST, { provider: TENANT.northwind, dap: true });
    expect(errorOf(result)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'PROVIDER_NOT_PARTNERED' });
  });

  it('R-38: an order or a new customer for a reseller the provider is not partnered with → RESELLER_NOT_PARTNERED', async () => {
    const order = await world.run('paolo@northwind.it', ORDER, { customer: c2.tenantId, lines: [{ offerId: 'O365-E3', quantity: 1 }], mpn: '2345678' });
    expect(errorOf(order)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'RESELLER_NOT_PARTNERED' });
    const customer = await world.run('paolo@northwind.it', `mutation { createCustomer(associatedResellerId: "${TENANT.fabrikam}",
      input: { companyName: "Coho Winery", domain: "coho.onmicrosoft.com", country: "IT" }) { id } }`);
    expect(errorOf(customer)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'RESELLER_NOT_PARTNERED' });
  });

  it('C-15: Northwind creates a customer for Contoso; Contoso sees it as shared (T-5), Northwind as its own', async () => {
    const created = await world.run<{ createCustomer: { id: string; relationshipToMe: string } }>('paolo@northwind.it',
      `mutation { createCustomer(associatedResellerId: "${TENANT.contoso}", input: { companyName: "Coho Winery",
        domain: "cohowinery.onmicrosoft.com", country: "IT" }) { id relationshipToMe resellerRelationships { edges { node { source } } } } }`);
    expect(created.data?.createCustomer).toMatchObject({ relationshipToMe: 'RESELLER' });
    type Providers = { indirectProviders: { edges: { node: { sharedCustomers: { edges: { node: { id: string } }[] } } }[] } };
    const shared = await world.run<{ myOrganization: Providers }>(
      'anna@contoso.it', '{ myOrganization { indirectProviders { edges { node { sharedCustomers(first: 50) { edges { node { id } } } } } } } }');
    expect(shared.data!.myOrganization.indirectProviders.edges[0].node.sharedCustomers.edges.map((e) => e.node.id))
      .toContain(created.data!.createCustomer.id);
  });

  it('R-44: removing the relationship while a subscription is ACTIVE is refused; once suspended it is REMOVED, DAP with it', async () => {
    const refused = await world.run('anna@contoso.it', `mutation { removeCustomerRelationship(customerId: "${c2.tenantId}") { state } }`);
    expect(errorOf(refused)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'ACTIVE_SUBSCRIPTIONS_EXIST', subscriptionIds: [subscriptionId] });
    const suspended = await world.run('anna@contoso.it', `mutation { updateCustomerSubscription(id: "${subscriptionId}", input: { status: SUSPENDED }) { status } }`);
    expect(suspended.data).toEqual({ updateCustomerSubscription: { status: 'SUSPENDED' } });
    const removed = await world.run('anna@contoso.it', `mutation { removeCustomerRelationship(customerId: "${c2.tenantId}") { state removedAt } }`);
    expect(removed.data).toEqual({ removeCustomerRelationship: { state: 'REMOVED', removedAt: expect.any(String) } });
    const gone = await world.run('anna@contoso.it', `{ customer(id: "${c2.tenantId}") { id } }`);
    expect(errorOf(gone)).toMatchObject({ code: 'NOT_FOUND' });
    const grant = await world.db.query('select state, removed_by from customers.delegated_admin_grants where customer_id = $1', [c2.tenantId]);
    expect(grant.rows).toEqual([{ state: 'REMOVED', removed_by: 'PARTNER' }]);
  });

  it('accepting a new joint request later reactivates the removed relationship instead of duplicating it', async () => {
    const created = await world.run<Joint>('anna@contoso.it', CREATE_JOINT_REQUEST, { provider: TENANT.northwind, dap: false });
    const accepted = await world.stack.query(ACCEPT_REQUEST, {
      variables: { token: tokenOf(created.data!.createJointResellerRelationshipRequest.url) }, token: c2.token });
    expect(accepted.errors).toBeUndefined();
    const rows = await world.db.query('select partner_id, state from customers.relationships where customer_id = $1 order by partner_id', [c2.tenantId]);
    expect(rows.rows).toEqual([{ partner_id: TENANT.contoso, state: 'ACTIVE' }, { partner_id: TENANT.northwind, state: 'ACTIVE' }]);
  });
});
