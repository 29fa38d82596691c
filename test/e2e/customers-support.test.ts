import { randomUUID } from 'node:crypto';
import { CUSTOMER_FIXTURES } from '../../scripts/seed/customers.js';
import { TENANT } from '../../scripts/seed/world.js';
import { errorOf, startCustomersWorld, type CustomersWorld } from '../helpers/customers.js';

const CREATE_SR = `mutation ($customer: ID!, $family: ProductFamily!) {
  createCustomerServiceRequest(customerId: $customer, input: { productFamily: $family, title: "Sign-in issue",
    description: "Users cannot sign in", severity: MODERATE, supportTopicId: "32444671",
    primaryContact: { firstName: "Ada", lastName: "Lombardi", email: "ada@adatum.it" } }) { id status productFamily createdByPartner { id } } }`;

const UPDATE_SUBSCRIPTION = `mutation ($id: ID!, $input: UpdateCustomerSubscriptionInput!) {
  updateCustomerSubscription(id: $id, input: $input) { id friendlyName autoRenewEnabled status } }`;

describe('customers: AS-4 product-family rules, service requests, service health and leads', () => {
  let world: CustomersWorld;
  const sO365 = randomUUID();
  const sCrm = randomUUID();

  beforeAll(async () => {
    world = await startCustomersWorld();
    // Given: C1 has S-O365 and S-CRM, both sold by Northwind with Contoso's MPN ID (R already has DAP with C1).
    for (const [id, offer, family] of [[sO365, 'Office 365 E3', 'OFFICE_365'], [sCrm, 'Dynamics 365 Sales', 'DYNAMICS_CRM_ONLINE']]) {
      await world.db.query(`insert into customers.subscriptions (id, customer_id, order_id, provider_id, reseller_id, reseller_mpn_id,
          offer_id, offer_name, product_family, quantity, status, creation_date)
        values ($1, $2, $3, $4, $5, '1234567', 'X', $6, $7, 5, 'ACTIVE', now())`,
      [id, TENANT.adatum, randomUUID(), TENANT.northwind, TENANT.contoso, offer, family]);
    }
  });
  afterAll(() => world?.close());

  it("AS-4.1 Luca (HA) opens a CRM request → OPEN; the event reaches Contoso only, not Northwind (T-9)", async () => {
    const result = await world.run<{ createCustomerServiceRequest: { id: string } }>('luca@contoso.it', CREATE_SR,
      { customer: TENANT.adatum, family: 'DYNAMICS_CRM_ONLINE' });
    expect(result.data?.createCustomerServiceRequest).toMatchObject({ status: 'OPEN', createdByPartner: { id: TENANT.contoso } });
    const events = await world.db.query(`select partner_ids from customers.events where type = 'CustomerServiceRequestChanged'
      and aggregate_id = $1`, [result.data!.createCustomerServiceRequest.id]);
    expect(events.rows).toEqual([{ partner_ids: [TENANT.contoso] }]);
  });

  it('AS-4.2 Luca on Office 365 → FORBIDDEN / ADMIN_AGENT_REQUIRED_FOR_OFFICE_365 (R-34); on CRM the subscription update is OK', async () => {
    const sr = await world.run('luca@contoso.it', CREATE_SR, { customer: TENANT.adatum, family: 'OFFICE_365' });
    expect(errorOf(sr)).toMatchObject({ code: 'FORBIDDEN', reason: 'ADMIN_AGENT_REQUIRED_FOR_OFFICE_365' });
    const o365 = await world.run('luca@contoso.it', UPDATE_SUBSCRIPTION, { id: sO365, input: { autoRenewEnabled: false } });
    expect(errorOf(o365)).toMatchObject({ code: 'FORBIDDEN', reason: 'ADMIN_AGENT_REQUIRED_FOR_OFFICE_365' });
    const crm = await world.run('luca@contoso.it', UPDATE_SUBSCRIPTION, { id: sCrm, input: { friendlyName: 'CRM' } });
    expect(crm.data).toEqual({ updateCustomerSubscription: { id: sCrm, friendlyName: 'CRM', autoRenewEnabled: true, status: 'ACTIVE' } });
  });

  it('AS-4.3 Anna (AA) repeats the Office 365 request → OPEN', async () => {
    const result = await world.run('anna@contoso.it', CREATE_SR, { customer: TENANT.adatum, family: 'OFFICE_365' });
    expect(result.data).toMatchObject({ createCustomerServiceRequest: { status: 'OPEN', productFamily: 'OFFICE_365' } });
  });

  it('AS-4.4 Anna, an Azure request → FORBIDDEN / AZURE_SUPPORT_PROVIDER_ONLY (R-33)', async () => {
    const result = await world.run('anna@contoso.it', CREATE_SR, { customer: TENANT.adatum, family: 'AZURE' });
    expect(errorOf(result)).toMatchObject({ code: 'FORBIDDEN', reason: 'AZURE_SUPPORT_PROVIDER_ONLY' });
  });

  it('§3.5: a subscription moves ACTIVE↔SUSPENDED only; PENDING is not the partner\'s to set', async () => {
    const bad = await world.run('anna@contoso.it', UPDATE_SUBSCRIPTION, { id: sCrm, input: { status: 'PENDING' } });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SUBSCRIPTION_TRANSITION' });
    const suspended = await world.run('anna@contoso.it', UPDATE_SUBSCRIPTION, { id: sCrm, input: { status: 'SUSPENDED' } });
    expect(suspended.data).toMatchObject({ updateCustomerSubscription: { status: 'SUSPENDED' } });
  });

  it('R-48: a request Microsoft closed cannot be reopened → PRECONDITION_FAILED / SR_CLOSED; the partner may close and note', async () => {
    const created = await world.run<{ createCustomerServiceRequest: { id: string } }>('marco@contoso.it', CREATE_SR,
      { customer: TENANT.adatum, family: 'DYNAMICS_CRM_ONLINE' });
    const id = created.data!.createCustomerServiceRequest.id;
    const noted = await world.run('marco@contoso.it', `mutation { updateCustomerServiceRequest(id: "${id}", input: { note: "More logs attached" }) {
      status notes { text createdBy { id } } } }`);
    expect(noted.data).toMatchObject({ updateCustomerServiceRequest: { status: 'OPEN', notes: [{ text: 'More logs attached' }] } });
    await world.db.query("update customers.service_requests set status = 'CLOSED', closed_by = 'MICROSOFT' where id = $1", [id]);
    const reopened = await world.run('marco@contoso.it', `mutation { updateCustomerServiceRequest(id: "${id}", input: { status: OPEN }) { status } }`);
    expect(errorOf(reopened)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'SR_CLOSED' });
  });

  it('T-9: another organization\'s request is NOT_FOUND; C-21 lists only the caller\'s own', async () => {
    const own = await world.run<{ customer: { serviceRequests: { edges: { node: { createdByPartner: { id: string } } }[] } } }>('luca@contoso.it',
      `{ customer(id: "${TENANT.adatum}") { serviceRequests { edges { node { createdByPartner { id } } } } } }`);
    const requests = own.data!.customer.serviceRequests.edges.map((e) => e.node);
    expect(requests.length).toBeGreaterThanOrEqual(3);
    expect(new Set(requests.map((r) => r.createdByPartner.id))).toEqual(new Set([TENANT.contoso]));
    const { rows } = await world.db.query('select id from customers.service_requests limit 1');
    const foreign = await world.run('paolo@northwind.it', `mutation { updateCustomerServiceRequest(id: "${rows[0].id}", input: { note: "x" }) { id } }`);
    expect(errorOf(foreign)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('C-23: service health shows incidents of the whole service and of the customer (S-7)', async () => {
    type Incidents = { edges: { node: { id: string } }[] };
    const health = await world.run<{ customer: { serviceHealth: Incidents }; serviceIncidents: Incidents }>('luca@contoso.it',
      `{ customer(id: "${TENANT.adatum}") { serviceHealth { edges { node { id workload status } } } }
        serviceIncidents { edges { node { id } } } }`);
    expect(health.data!.customer.serviceHealth.edges.map((e) => e.node.id))
      .toEqual([CUSTOMER_FIXTURES.exchangeIncident, CUSTOMER_FIXTURES.adatumSharePointAdvisory]);
    expect(health.data!.serviceIncidents.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([CUSTOMER_FIXTURES.exchangeIncident]));
  });

  it('R-47: a lead moves along §3.5 only → BAD_USER_INPUT / INVALID_LEAD_TRANSITION; CLOSED is terminal', async () => {
    const skip = await world.run('anna@contoso.it', `mutation { updateCustomerLead(id: "${CUSTOMER_FIXTURES.tailspinLead}",
      input: { status: CLOSED, substatus: WON }) { status } }`);
    expect(errorOf(skip)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_LEAD_TRANSITION' });
    const won = await world.run('marco@contoso.it', `mutation { updateCustomerLead(id: "${CUSTOMER_FIXTURES.wideWorldLead}",
      input: { status: CLOSED, substatus: WON }) { status substatus } }`);
    expect(won.data).toEqual({ updateCustomerLead: { status: 'CLOSED', substatus: 'WON' } });
    const reopen = await world.run('marco@contoso.it', `mutation { updateCustomerLead(id: "${CUSTOMER_FIXTURES.wideWorldLead}",
      input: { status: ACTIVE }) { status } }`);
    expect(errorOf(reopen)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_LEAD_TRANSITION' });
  });

  it('C-26: a lead becomes a relationship request; the lead is ACTIVE and points to it', async () => {
    const invited = await world.run<{ inviteCustomerFromLead: { id: string; customerEmailHint: string; url: string } }>('anna@contoso.it',
      `mutation { inviteCustomerFromLead(leadId: "${CUSTOMER_FIXTURES.tailspinLead}", includeDelegatedAdminPrivileges: true) {
        id customerEmailHint url } }`);
    expect(invited.data?.inviteCustomerFromLead.customerEmailHint).toBe('it@tailspintoys.it');
    const lead = await world.run('anna@contoso.it', `{ customerLead(id: "${CUSTOMER_FIXTURES.tailspinLead}") {
      status substatus convertedToRequest { id state } } }`);
    expect(lead.data).toEqual({ customerLead: { status: 'ACTIVE', substatus: 'ACCEPTED',
      convertedToRequest: { id: invited.data!.inviteCustomerFromLead.id, state: 'PENDING' } } });
  });

  it('S-12: leads are never for helpdesk agents; another organization\'s lead is NOT_FOUND (T-12)', async () => {
    const luca = await world.run('luca@contoso.it', '{ customerLeads { edges { node { id } } } }');
    expect(errorOf(luca)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' });
    const foreign = await world.run('pietro@northwind.it', `{ customerLead(id: "${CUSTOMER_FIXTURES.tailspinLead}") { id } }`);
    expect(errorOf(foreign)).toMatchObject({ code: 'NOT_FOUND' });
  });
});
