import { TENANT } from '../../scripts/seed/world.js';
import {
  ACCEPT_REQUEST, CREATE_JOINT_REQUEST, CREATE_REQUEST, errorOf, startCustomersWorld, tokenOf, waitFor, type CreatedRequestData,
  type CustomersWorld,
} from '../helpers/customers.js';

type Created = { createResellerRelationshipRequest: CreatedRequestData };

describe('customers: reseller relationship requests and delegated admin (§3.3, AS-7)', () => {
  let world: CustomersWorld;
  beforeAll(async () => { world = await startCustomersWorld({ demo: false }); });
  afterAll(() => world?.close());

  const request = async (email: string, variables: Record<string, unknown> = { dap: true }) => {
    const result = await world.run<Created>(email, CREATE_REQUEST, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.createResellerRelationshipRequest;
  };
  const accept = (token: string, as: string) => world.stack.query(ACCEPT_REQUEST, { variables: { token }, token: as });

  describe('AS-7: a reseller relationship with an existing customer, then DAP removal', () => {
    let first: CreatedRequestData;

    it('1. Anna requests a relationship with DAP: PENDING, a personalised link, a draft email that keeps it', async () => {
      first = await request('anna@contoso.it');
      expect(first.state).toBe('PENDING');
      expect(first.url).toContain(`partnerId=${TENANT.contoso}`);
      expect(first.draftEmail.body).toContain(first.url);
      expect(tokenOf(first.url).length).toBeGreaterThanOrEqual(22); // ≥ 128 bits, base64url
      const stored = await world.db.query('select token_hash from customers.relationship_requests where id = $1', [first.id]);
      expect(stored.rows[0].token_hash).not.toContain(tokenOf(first.url));
      expect(new Date(first.expiresAt).getTime() - Date.now()).toBeGreaterThan(89 * 24 * 3600 * 1000);
    });

    it('2. a C1 user without admin rights, and Paolo from a partner tenant, get CUSTOMER_GLOBAL_ADMIN_REQUIRED (R-41)', async () => {
      for (const email of ['adamo@adatum.it', 'paolo@northwind.it']) {
        const result = await accept(tokenOf(first.url), await world.as(email));
        expect({ email, ...errorOf(result) }).toMatchObject({ email, code: 'FORBIDDEN', reason: 'CUSTOMER_GLOBAL_ADMIN_REQUIRED' });
      }
    });

    it("3. C1's global admin accepts: C1 is Contoso's customer with DAP; the events reach Contoso", async () => {
      const result = await accept(tokenOf(first.url), await world.as('ada@adatum.it'));
      expect(result.data?.acceptResellerRelationshipRequest).toMatchObject({
        state: 'ACCEPTED', customerId: TENANT.adatum, requestingPartnerId: TENANT.contoso, delegatedAdminGranted: true,
      });
      const seen = await world.run<{ customer: Record<string, unknown> }>('anna@contoso.it',
        `{ customer(id: "${TENANT.adatum}") { relationshipToMe allowDelegatedAccess customDomains
           resellerRelationships { edges { node { source state request { id } } } } } }`);
      expect(seen.data?.customer).toEqual({ relationshipToMe: 'RESELLER', allowDelegatedAccess: true, customDomains: ['adatum.com'],
        resellerRelationships: { edges: [{ node: { source: 'INVITATION', state: 'ACTIVE', request: { id: first.id } } }] } });
      const events = await world.db.query(`select type, partner_ids, actor->>'kind' as actor from customers.events
        where type in ('CustomerRelationshipEstablished', 'DelegatedAdminGranted') order by id`);
      expect(events.rows).toEqual([
        { type: 'CustomerRelationshipEstablished', partner_ids: [TENANT.contoso], actor: 'CUSTOMER_ADMIN' },
        { type: 'DelegatedAdminGranted', partner_ids: [TENANT.contoso], actor: 'CUSTOMER_ADMIN' },
      ]);
    });

    it('4. C1 revokes DAP: the relationship stays, T-8 fields are null, SRs and AOBO need DAP (R-35)', async () => {
      const revoked = await world.run('ada@adatum.it', `mutation { revokePartnerDelegatedAdmin(partnerId: "${TENANT.contoso}") { state partnerId } }`);
      expect(revoked.data).toEqual({ revokePartnerDelegatedAdmin: { state: 'REMOVED', partnerId: TENANT.contoso } });
      const seen = await world.run('anna@contoso.it', `{ customer(id: "${TENANT.adatum}") { relationshipToMe allowDelegatedAccess
        customDomains companyProfile { email address { city } } delegatedAdmin { state removedBy } } }`);
      expect(seen.data).toEqual({ customer: { relationshipToMe: 'RESELLER', allowDelegatedAccess: false, customDomains: null,
        companyProfile: { email: null, address: null }, delegatedAdmin: { state: 'REMOVED', removedBy: 'CUSTOMER' } } });
      const sr = await world.run('anna@contoso.it', `mutation { createCustomerServiceRequest(customerId: "${TENANT.adatum}", input: {
        productFamily: OFFICE_365, title: "t", description: "d", severity: MINIMAL, supportTopicId: "1",
        primaryContact: { firstName: "A", lastName: "R", email: "anna@contoso.it" } }) { id } }`);
      expect(errorOf(sr)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'DELEGATED_ADMIN_REQUIRED' });
      const aobo = await world.run('anna@contoso.it', `mutation { administerOnBehalfOf(customerId: "${TENANT.adatum}", service: MICROSOFT_365_ADMIN_CENTER) { url } }`);
      expect(errorOf(aobo)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'DELEGATED_ADMIN_REQUIRED' });
    });

    it('5. Anna asks for DAP again; C1 accepts: DAP ACTIVE, no duplicate relationship or grant', async () => {
      const again = await world.run<{ requestDelegatedAdminPrivileges: { url: string; includeDelegatedAdminPrivileges: boolean } }>(
        'anna@contoso.it', `mutation { requestDelegatedAdminPrivileges(customerId: "${TENANT.adatum}") { url includeDelegatedAdminPrivileges } }`);
      expect(again.data?.requestDelegatedAdminPrivileges.includeDelegatedAdminPrivileges).toBe(true);
      const accepted = await accept(tokenOf(again.data!.requestDelegatedAdminPrivileges.url), await world.as('ada@adatum.it'));
      expect(accepted.errors).toBeUndefined();
      const seen = await world.run('anna@contoso.it', `{ customer(id: "${TENANT.adatum}") { allowDelegatedAccess delegatedAdmin { state } } }`);
      expect(seen.data).toEqual({ customer: { allowDelegatedAccess: true, delegatedAdmin: { state: 'ACTIVE' } } });
      const counts = await world.db.query(`select (select count(*)::int from customers.relationships where partner_id = $1 and customer_id = $2) as r,
        (select count(*)::int from customers.delegated_admin_grants where partner_id = $1 and customer_id = $2) as g`, [TENANT.contoso, TENANT.adatum]);
      expect(counts.rows[0]).toEqual({ r: 1, g: 1 });
      const aobo = await world.run('anna@contoso.it', `mutation { administerOnBehalfOf(customerId: "${TENANT.adatum}", service: MICROSOFT_365_ADMIN_CENTER) { url } }`);
      expect(aobo.data).toEqual({ administerOnBehalfOf: { url: expect.stringContaining(TENANT.adatum) } });
    });

    it('6. Bea (GA, no agent role) cannot ask for DAP (R-40) but may ask without it', async () => {
      const denied = await world.run('bea@contoso.it', CREATE_REQUEST, { dap: true });
      expect(errorOf(denied)).toMatchObject({ code: 'FORBIDDEN', reason: 'ADMIN_AGENT_REQUIRED_FOR_DAP' });
      const allowed = await request('bea@contoso.it', { dap: false });
      expect(allowed).toMatchObject({ state: 'PENDING', includeDelegatedAdminPrivileges: false });
    });
  });

  describe('link misuse (R-24…R-26, R-41…R-43, R-46)', () => {
    it('R-26: a used link → CONFLICT / INVITATION_ALREADY_USED; R-24: a garbled one → NOT_FOUND / INVITATION_NOT_FOUND', async () => {
      const created = await request('marco@contoso.it', { dap: false });
      const lia = await world.as('lia@litware.it');
      expect((await accept(tokenOf(created.url), lia)).errors).toBeUndefined();
      expect(errorOf(await accept(tokenOf(created.url), lia))).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_ALREADY_USED' });
      expect(errorOf(await accept('garbled-token', lia))).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_NOT_FOUND' });
    });

    it('R-26: a revoked link → INVITATION_REVOKED; R-25: an expired one (clock +91 d) → INVITATION_EXPIRED', async () => {
      const revoked = await request('anna@contoso.it', { dap: false });
      const revoke = await world.run('anna@contoso.it', `mutation { revokeResellerRelationshipRequest(id: "${revoked.id}") { state } }`);
      expect(revoke.data).toEqual({ revokeResellerRelationshipRequest: { state: 'REVOKED' } });
      const ada = await world.as('ada@adatum.it');
      expect(errorOf(await accept(tokenOf(revoked.url), ada))).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_REVOKED' });
      const expired = await request('anna@contoso.it', { dap: false });
      await world.db.query("update customers.relationship_requests set created_at = created_at - interval '91 days', expires_at = expires_at - interval '91 days' where id = $1", [expired.id]);
      expect(errorOf(await accept(tokenOf(expired.url), ada))).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'INVITATION_EXPIRED' });
      const listed = await world.run<{ resellerRelationshipRequests: { edges: { node: { id: string } }[] } }>('anna@contoso.it',
        '{ resellerRelationshipRequests(state: EXPIRED) { edges { node { id } } } }');
      expect(listed.data?.resellerRelationshipRequests.edges.map((e) => e.node.id)).toEqual([expired.id]);
      // §5: the sweep stores it EXPIRED and publishes ResellerRelationshipRequestChanged{EXPIRED} to the requester
      await waitFor(async () => (await world.db.query(`select 1 from customers.events where aggregate_id = $1
        and type = 'ResellerRelationshipRequestChanged' and payload->>'state' = 'EXPIRED' and partner_ids @> array[$2]::uuid[]`,
      [expired.id, TENANT.contoso])).rowCount, 'the sweep to publish the expiry');
      const { rows } = await world.db.query('select state from customers.relationship_requests where id = $1', [expired.id]);
      expect(rows).toEqual([{ state: 'EXPIRED' }]);
    });

    it("C-06 / T-1: another organization's request cannot be revoked (NOT_FOUND)", async () => {
      const created = await request('anna@contoso.it', { dap: false });
      const result = await world.run('fabio@fabrikam.it', `mutation { revokeResellerRelationshipRequest(id: "${created.id}") { state } }`);
      expect(errorOf(result)).toMatchObject({ code: 'NOT_FOUND' });
    });

    it("R-42: the requester's own tenant cannot accept → BAD_USER_INPUT / SELF_RELATIONSHIP", async () => {
      const created = await request('anna@contoso.it', { dap: false });
      const result = await accept(tokenOf(created.url), await world.as('anna@contoso.it'));
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_RELATIONSHIP' });
    });

    it('R-43: a customer outside the partner\'s CSP market → PRECONDITION_FAILED / CUSTOMER_REGION_MISMATCH', async () => {
      const kunde = await world.newCustomerTenant('kunde-gmbh', 'DE');
      const created = await request('anna@contoso.it', { dap: false });
      const result = await accept(tokenOf(created.url), kunde.token);
      expect(errorOf(result)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'CUSTOMER_REGION_MISMATCH' });
    });

    it('R-41: revokePartnerDelegatedAdmin by a partner user → CUSTOMER_GLOBAL_ADMIN_REQUIRED', async () => {
      const result = await world.run('anna@contoso.it', `mutation { revokePartnerDelegatedAdmin(partnerId: "${TENANT.contoso}") { state } }`);
      expect(errorOf(result)).toMatchObject({ code: 'FORBIDDEN', reason: 'CUSTOMER_GLOBAL_ADMIN_REQUIRED' });
    });

    it('R-46: an edited body without the {{link}} placeholder → BAD_USER_INPUT / LINK_MISSING; with it, the link is filled in', async () => {
      const missing = await world.run('anna@contoso.it', CREATE_REQUEST, { dap: false, draft: { body: 'Please accept our request.' } });
      expect(errorOf(missing)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_MISSING', field: 'draftEmail.body' });
      const kept = await request('anna@contoso.it', { dap: false, draft: { subject: 'Hi', body: 'Accept here: {{link}}' } });
      expect(kept.draftEmail).toEqual({ subject: 'Hi', body: `Accept here: ${kept.url}`, url: kept.url });
    });

    it('two acceptances of one link at once: one ACCEPTED, the other INVITATION_ALREADY_USED, one relationship', async () => {
      const created = await request('marco@contoso.it', { dap: true });
      const fresh = await world.newCustomerTenant('twice-srl');
      const results = await Promise.all([accept(tokenOf(created.url), fresh.token), accept(tokenOf(created.url), fresh.token)]);
      const reasons = results.map((r) => (r.errors ? errorOf(r).reason : 'OK')).sort();
      expect(reasons).toEqual(['INVITATION_ALREADY_USED', 'OK']);
      const rows = await world.db.query('select count(*)::int as n from customers.relationships where customer_id = $1', [fresh.tenantId]);
      expect(rows.rows[0].n).toBe(1);
    });

    it('R-39: a joint request with a provider the reseller is not partnered with → PROVIDER_NOT_PARTNERED', async () => {
      const result = await world.run('anna@contoso.it', CREATE_JOINT_REQUEST, { provider: TENANT.woodgrove, dap: true });
      expect(errorOf(result)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'PROVIDER_NOT_PARTNERED' });
    });
  });
});
