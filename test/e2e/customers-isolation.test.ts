import { randomUUID } from 'node:crypto';
import { TENANT } from '../../scripts/seed/world.js';
import {
  ACCEPT_REQUEST, CREATE_JOINT_REQUEST, errorOf, startCustomersWorld, tokenOf, type CustomersWorld,
} from '../helpers/customers.js';

type Joint = { createJointResellerRelationshipRequest: { url: string } };
type Relationships = { customer: { resellerRelationships: { edges: { node: { partner: { id: string } } }[] } } };
type ServiceRequests = { customer: { serviceRequests: { edges: { node: { title: string } }[] } } };
const partnersIn = (seen: Relationships) => seen.customer.resellerRelationships.edges.map((e) => e.node.partner.id);
const titlesIn = (seen: ServiceRequests) => seen.customer.serviceRequests.edges.map((e) => e.node.title);

describe('customers: AS-9 tenant isolation across resellers and providers (T-4…T-9)', () => {
  let world: CustomersWorld;
  let c2: string;
  let c3: string;

  async function jointCustomer(resellerEmail: string, prefix: string): Promise<string> {
    const tenant = await world.newCustomerTenant(prefix);
    const created = await world.run<Joint>(resellerEmail, CREATE_JOINT_REQUEST, { provider: TENANT.northwind, dap: true });
    expect(created.errors).toBeUndefined();
    const accepted = await world.stack.query(ACCEPT_REQUEST,
      { variables: { token: tokenOf(created.data!.createJointResellerRelationshipRequest.url) }, token: tenant.token });
    expect(accepted.errors).toBeUndefined();
    return tenant.tenantId;
  }

  beforeAll(async () => {
    world = await startCustomersWorld();
    // Given AS-8 (C2 shared by Contoso and Northwind) …
    c2 = await jointCustomer('anna@contoso.it', 'c2-tailwind');
    // … plus Fabrikam partnered with Northwind (a partners event feeds the read model) and holding C3 shared with it.
    await world.publishPartnersEvent({ type: 'PartnershipEstablished', aggregateId: randomUUID(), partnerIds: [TENANT.northwind, TENANT.fabrikam],
      payload: { partnership: { id: randomUUID(), providerId: TENANT.northwind, resellerId: TENANT.fabrikam, state: 'ACTIVE', providerTenantAdminAccess: true } } });
    c3 = await jointCustomer('fabio@fabrikam.it', 'c3-fourth');
    const order = `mutation ($c: ID!, $mpn: String) { submitOrder(customerId: $c, lines: [{ offerId: "EMS-E3", quantity: 3 }], resellerMpnId: $mpn) { orderId } }`;
    for (const mpn of ['1234567', '2345678']) {
      const placed = await world.run('paolo@northwind.it', order, { c: c2, mpn });
      expect(placed.errors).toBeUndefined();
    }
  });
  afterAll(() => world?.close());

  it("1. Anna asks for C3 → NOT_FOUND (T-1), and for Fabrikam's organization → NOT_FOUND (T-6)", async () => {
    expect(errorOf(await world.run('anna@contoso.it', `{ customer(id: "${c3}") { id } }`))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await world.run('anna@contoso.it', `{ partnerOrganization(id: "${TENANT.fabrikam}") { id } }`))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('2. Paolo sees C2 and C3; C2\'s relationships: P sees R and P, R sees R and P, Fabrikam sees nothing of C2 (T-4…T-6)', async () => {
    const paolo = await world.run<{ customers: { edges: { node: { id: string } }[] } }>('paolo@northwind.it', '{ customers(first: 50) { edges { node { id } } } }');
    expect(paolo.data!.customers.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([c2, c3]));
    const query = `{ customer(id: "${c2}") { resellerRelationships { edges { node { partner { id } } } } } }`;
    for (const email of ['paolo@northwind.it', 'anna@contoso.it']) {
      const seen = await world.run<Relationships>(email, query);
      expect({ email, partners: partnersIn(seen.data!).sort() })
        .toEqual({ email, partners: [TENANT.contoso, TENANT.northwind].sort() });
    }
    expect(errorOf(await world.run('fabio@fabrikam.it', query))).toMatchObject({ code: 'NOT_FOUND' });
    // T-6 on a customer all three share: Fabrikam sees itself and its provider, never Contoso.
    await world.db.query(`insert into customers.relationships (id, customer_id, partner_id, state, source) values ($1, $2, $3, 'ACTIVE', 'IMPORTED')`,
      [randomUUID(), c2, TENANT.fabrikam]);
    const fabio = await world.run<Relationships>('fabio@fabrikam.it', query);
    expect(partnersIn(fabio.data!).sort()).toEqual([TENANT.fabrikam, TENANT.northwind].sort());
    const anna = await world.run<Relationships>('anna@contoso.it', query);
    expect(partnersIn(anna.data!)).not.toContain(TENANT.fabrikam);
  });

  it('3. Paolo asks for C1\'s service requests → NOT_FOUND; on C2 each side sees only the requests it created (T-9)', async () => {
    expect(errorOf(await world.run('paolo@northwind.it', `{ customer(id: "${TENANT.adatum}") { serviceRequests { totalCount } } }`)))
      .toMatchObject({ code: 'NOT_FOUND' });
    const sr = await world.run<{ createCustomerServiceRequest: { id: string } }>('anna@contoso.it', `mutation { createCustomerServiceRequest(
      customerId: "${c2}", input: { productFamily: OFFICE_365, title: "t", description: "d", severity: MINIMAL, supportTopicId: "1",
      primaryContact: { firstName: "A", lastName: "R", email: "a@c2.it" } }) { id } }`);
    expect(sr.errors).toBeUndefined();
    await world.db.query(`insert into customers.service_requests (id, customer_id, partner_id, created_by, product_family, title, description,
        severity, support_topic_id, status, primary_contact, created_date)
      values ($1, $2, $3, $4, 'AZURE', 'Azure quota', 'd', 'MODERATE', '2', 'OPEN', '{"firstName":"P","lastName":"R","email":"p@n.it"}', now())`,
    [randomUUID(), c2, TENANT.northwind, randomUUID()]);
    const query = `{ customer(id: "${c2}") { serviceRequests { edges { node { title createdByPartner { id } } } } } }`;
    const paolo = await world.run<ServiceRequests>('paolo@northwind.it', query);
    expect(titlesIn(paolo.data!)).toEqual(['Azure quota']);
    const marco = await world.run<ServiceRequests>('marco@contoso.it', query);
    expect(titlesIn(marco.data!)).toEqual(['t']);
  });

  it("4. an analyst in Contoso sees only Contoso's customers, and only subscriptions under MPN ID 1234567 (T-7)", async () => {
    const result = await world.run<{ customers: { edges: { node: { id: string; subscriptions: { totalCount: number; edges: { node: { resellerMpnId: string } }[] } } }[] } }>(
      'marco@contoso.it', '{ customers(first: 100) { edges { node { id subscriptions { totalCount edges { node { resellerMpnId } } } } } } }');
    expect(result.errors).toBeUndefined();
    const ids = result.data!.customers.edges.map((e) => e.node.id);
    expect(ids).not.toContain(c3);
    const mpnIds = result.data!.customers.edges.flatMap((e) => e.node.subscriptions.edges.map((s) => s.node.resellerMpnId));
    expect(mpnIds.length).toBeGreaterThan(0);
    expect(new Set(mpnIds)).toEqual(new Set(['1234567']));
    const paolo = await world.run<{ customer: { subscriptions: { totalCount: number } } }>('paolo@northwind.it',
      `{ customer(id: "${c2}") { subscriptions { totalCount } } }`);
    expect(paolo.data!.customer.subscriptions.totalCount).toBe(2);
  });

  it('T-13: entity resolution follows the same rules: another organization\'s customer resolves to nothing', async () => {
    // The gateway does not expose _entities: ask the subgraph directly, with Anna's token.
    const direct = await fetch(world.stack.subgraphUrls.customers, { method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await world.as('anna@contoso.it')}` },
      body: JSON.stringify({ query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id } } }',
        variables: { r: [{ __typename: 'Customer', id: c3 }, { __typename: 'Customer', id: c2 }] } }) });
    const body = await direct.json() as { data: { _entities: ({ id: string } | null)[] } };
    expect(body.data._entities).toEqual([null, { id: c2 }]);
  });
});
