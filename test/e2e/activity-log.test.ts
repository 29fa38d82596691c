import type { DataSource } from 'typeorm';
import { CUSTOMER_FIXTURES } from '../../scripts/seed/customers.js';
import { TENANT, USERS } from '../../scripts/seed/world.js';
import { connect, inTransaction } from '../../subgraphs/kit/database.js';
import { partnersDatabase } from '../../subgraphs/partners/index.js';
import { activityPage, allEntries, entriesOf, type Entry } from '../helpers/activity.js';
import { PMC_PASSWORD, createNewcomer, startPartnersWorld, waitFor, type PartnersWorld } from '../helpers/partners.js';

/**
 * Issue 18 §3, P-23: every privileged change of the three subgraphs appears once in the activity log of each
 * organization it concerns, with actor, operation, target, organization, time and before/after, read from the events
 * the subgraphs record in the change's own transaction. Global admins only; another partner's entries never show,
 * through the query or under row-level security.
 */

const idOf = (email: string) => USERS.find((user) => user.email === email)!.id;
const ANNA = idOf('anna@contoso.it');
const PAOLO = idOf('paolo@northwind.it');

describe('issue 18 §3 / P-23: the activity log, fed from the three outboxes', () => {
  let world: PartnersWorld;
  const tokens: Record<string, string> = {};
  const run = <T = Record<string, unknown>>(who: string, query: string, variables?: Record<string, unknown>) =>
    world.stack.query<T>(query, { token: tokens[who], variables });
  const once = async (who: string, operation: string, targetId: string): Promise<Entry> => {
    const [entry, ...more] = await entriesOf(world.stack, tokens[who], operation, targetId);
    expect(more).toEqual([]);
    return entry;
  };

  beforeAll(async () => {
    world = await startPartnersWorld();
    for (const email of ['anna@contoso.it', 'marco@contoso.it', 'pietro@northwind.it', 'paolo@northwind.it', 'fabio@fabrikam.it',
      'ada@adatum.it']) tokens[email.split('@')[0]] = await world.stack.signIn(email);
  });
  afterAll(() => world?.close());

  it('identity (§3.4): a user created, given roles and reset appears once per change, actor and before/after included', async () => {
    const created = await run<{ createPartnerUser: { user: { id: string }; temporaryPassword: string } }>('anna', `mutation {
      createPartnerUser(input: { displayName: "Audit Target", email: "audit@contoso.it", agentRole: NONE, adminRole: NONE }) {
        user { id } temporaryPassword } }`);
    const userId = created.data!.createPartnerUser.user.id;
    await run('anna', `mutation { setPartnerUserRoles(userId: "${userId}", agentRole: HELPDESK_AGENT, adminRole: NONE) { id } }`);
    const reset = await run<{ resetPartnerUserPassword: { temporaryPassword: string } }>('anna',
      `mutation { resetPartnerUserPassword(userId: "${userId}") { temporaryPassword } }`);

    const creation = await once('anna', 'CREATE_PARTNER_USER', userId);
    expect(creation).toMatchObject({
      actor: { kind: 'PARTNER_USER', userId: ANNA, partnerId: TENANT.contoso, user: { id: ANNA, displayName: 'Anna Rossi' } },
      target: { type: 'PartnerUser', id: userId, name: 'audit@contoso.it' }, organization: { id: TENANT.contoso }, customerId: null,
      before: null, after: { id: userId, agentRole: 'NONE', adminRole: 'NONE', state: 'ACTIVE', mustChangePassword: true },
    });
    const roles = await once('anna', 'SET_PARTNER_USER_ROLES', userId);
    expect(roles.before).toMatchObject({ agentRole: 'NONE' });
    expect(roles.after).toMatchObject({ agentRole: 'HELPDESK_AGENT' });
    const resetEntry = await once('anna', 'RESET_PARTNER_USER_PASSWORD', userId);
    expect(resetEntry.after).toMatchObject({ mustChangePassword: true });
    // §5: events, and so the log, never carry a secret
    const log = JSON.stringify(await allEntries(world.stack, tokens.anna));
    expect(log).not.toContain(created.data!.createPartnerUser.temporaryPassword);
    expect(log).not.toContain(reset.data!.resetPartnerUserPassword.temporaryPassword);
    expect(log).not.toMatch(/passwordHash|\$argon2/);
  });

  it('partners (§3.1): a newcomer\'s enrollment steps are logged under its organization, a repeated PMC sign-in (row 3a) too', async () => {
    const newcomer = await createNewcomer(world, 'auditspin');
    const token = await world.stack.signIn(newcomer.email, newcomer.password);
    const step = (query: string) => world.stack.query(query, { token });
    expect((await step('mutation { startEnrollment(program: INDIRECT_RESELLER) { id } }')).errors).toBeUndefined();
    const link = `mutation { linkPartnerMembershipAccount(userName: "pmc@tailspin.it", password: "${PMC_PASSWORD}") { id } }`;
    expect((await step(link)).errors).toBeUndefined();
    expect((await step(link)).errors).toBeUndefined();
    // the organization is still ENROLLING: nobody can read its log yet, so read the table as its owner
    const rows = await waitFor(async () => {
      const { rows: found } = await world.db.query(`select operation, actor_user_id, target_type, before, after from partners.activity_log
        where partner_id = $1 and producer = 'partners' order by occurred_at, event_id`, [newcomer.tenantId]);
      return found.length >= 3 ? found : null;
    }, 'three enrollment entries');
    expect(rows.map((row) => row.operation)).toEqual(['START_ENROLLMENT', 'LINK_PARTNER_MEMBERSHIP_ACCOUNT', 'LINK_PARTNER_MEMBERSHIP_ACCOUNT']);
    expect(rows.every((row) => row.actor_user_id === newcomer.userId && row.target_type === 'EnrollmentApplication')).toBe(true);
    expect(rows[0].before).toBeNull();
    expect(rows[1].before).toMatchObject({ status: 'STARTED', candidateMpnIds: [] });
    expect(rows[2].before).toMatchObject({ status: 'MPN_ACCOUNT_LINKED' });
    expect(rows[2].after.status).toBe('MPN_ACCOUNT_LINKED');
    expect(rows[2].after.candidateMpnIds.length).toBeGreaterThan(0);
  });

  it('partners (§3.2, P-05): an invitation created and revoked, a support profile changed, each in its organization\'s log', async () => {
    const invitation = await run<{ createPartnershipInvitation: { id: string } }>('pietro',
      'mutation { createPartnershipInvitation(inviteeEmail: "audit@fabrikam.it") { id } }');
    const invitationId = invitation.data!.createPartnershipInvitation.id;
    await run('pietro', `mutation { revokePartnershipInvitation(id: "${invitationId}") { id } }`);
    const created = await once('pietro', 'CREATE_PARTNERSHIP_INVITATION', invitationId);
    expect(created).toMatchObject({ organization: { id: TENANT.northwind }, target: { type: 'PartnershipInvitation', name: 'audit@fabrikam.it' },
      before: null, after: { state: 'PENDING', providerId: TENANT.northwind } });
    expect((await once('pietro', 'REVOKE_PARTNERSHIP_INVITATION', invitationId))).toMatchObject({
      before: { state: 'PENDING' }, after: { state: 'REVOKED' } });

    await run('anna', 'mutation { updateSupportProfile(input: { email: "help@contoso.it", telephone: "+39 02 9" }) { email } }');
    const profile = await once('anna', 'UPDATE_SUPPORT_PROFILE', TENANT.contoso);
    expect(profile).toMatchObject({ target: { type: 'PartnerOrganization', name: 'Contoso S.r.l.' }, after: { email: 'help@contoso.it' } });
    expect(profile.before).not.toEqual(profile.after);
  });

  it('customers (§3.3, §3.5): request, order, subscription, service request, lead and the customer\'s DAP revocation', async () => {
    const request = await run<{ createResellerRelationshipRequest: { id: string } }>('anna',
      'mutation { createResellerRelationshipRequest(includeDelegatedAdminPrivileges: false) { id } }');
    const requestId = request.data!.createResellerRelationshipRequest.id;
    expect(await once('anna', 'CREATE_RESELLER_RELATIONSHIP_REQUEST', requestId)).toMatchObject({
      target: { type: 'ResellerRelationshipRequest' }, before: null, after: { state: 'PENDING', includeDelegatedAdminPrivileges: false } });

    const order = await run<{ submitOrder: { subscriptions: { id: string }[] } }>('paolo', `mutation {
      submitOrder(customerId: "${TENANT.litware}", lines: [{ offerId: "O365-E3", quantity: 3 }], resellerMpnId: "1234567") {
        subscriptions { id } } }`);
    const subscriptionId = order.data!.submitOrder.subscriptions[0].id;
    // the provider that sold it and the reseller it was sold for (T-7): once each; provisioning is the same order
    for (const who of ['pietro', 'anna']) {
      expect(await once(who, 'SUBMIT_ORDER', subscriptionId)).toMatchObject({
        actor: { kind: 'PARTNER_USER', userId: PAOLO, partnerId: TENANT.northwind }, customerId: TENANT.litware,
        target: { type: 'CustomerSubscription', name: 'Office 365 E3' }, before: null, after: { offerId: 'O365-E3', quantity: 3 } });
    }

    await run('anna', `mutation { updateCustomerSubscription(id: "${CUSTOMER_FIXTURES.litwareCrm}", input: { friendlyName: "CRM audit" }) { id } }`);
    expect(await once('anna', 'UPDATE_SUBSCRIPTION', CUSTOMER_FIXTURES.litwareCrm)).toMatchObject({
      before: { friendlyName: null }, after: { friendlyName: 'CRM audit' }, customerId: TENANT.litware });

    const serviceRequest = await run<{ createCustomerServiceRequest: { id: string } }>('anna', `mutation {
      createCustomerServiceRequest(customerId: "${TENANT.adatum}", input: { productFamily: DYNAMICS_CRM_ONLINE, title: "Secret outage",
        description: "d", severity: MINIMAL, supportTopicId: "1", primaryContact: { firstName: "A", lastName: "L", email: "ada@adatum.it" } }) {
        id } }`);
    const created = await once('anna', 'CREATE_CUSTOMER_SERVICE_REQUEST', serviceRequest.data!.createCustomerServiceRequest.id);
    expect(created).toMatchObject({ customerId: TENANT.adatum, before: null, after: { status: 'OPEN', severity: 'MINIMAL' } });
    // C-21: a global admin may not read requests, so the log keeps their state, never their text
    expect(JSON.stringify(created)).not.toContain('Secret outage');

    await run('anna', `mutation { updateCustomerLead(id: "${CUSTOMER_FIXTURES.wideWorldLead}", input: { notes: "audit note" }) { id } }`);
    expect(await once('anna', 'UPDATE_CUSTOMER_LEAD', CUSTOMER_FIXTURES.wideWorldLead)).toMatchObject({
      target: { type: 'CustomerLead', name: 'Wide World Importers' }, after: { notes: 'audit note' } });

    await run('ada', `mutation { revokePartnerDelegatedAdmin(partnerId: "${TENANT.contoso}") { state } }`);
    const [revoked, ...more] = await waitFor(async () => {
      const found = (await allEntries(world.stack, tokens.anna, { operation: 'REMOVE_DELEGATED_ADMIN' }))
        .filter((entry) => entry.customerId === TENANT.adatum);
      return found.length ? found : null;
    }, 'the DAP revocation in Contoso\'s log');
    expect(more).toEqual([]);
    expect(revoked).toMatchObject({ actor: { kind: 'CUSTOMER_ADMIN', userId: idOf('ada@adatum.it'), partnerId: null, user: null },
      target: { type: 'DelegatedAdminGrant' }, before: { state: 'ACTIVE' }, after: { state: 'REMOVED', removedBy: 'CUSTOMER' } });
  });

  it('P-23: global admins only; another role is FORBIDDEN', async () => {
    const denied = await activityPage(world.stack, tokens.marco);
    expect(denied.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(denied.data?.activityLog ?? null).toBeNull();
  });

  it('filters by operation, actor, customer and time; pages of 2 give the whole log in order, newest first', async () => {
    const all = await allEntries(world.stack, tokens.anna);
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect((await allEntries(world.stack, tokens.anna, {}, 2)).map((entry) => entry.id)).toEqual(all.map((entry) => entry.id));
    const times = all.map((entry) => Date.parse(entry.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const page = await activityPage(world.stack, tokens.anna, { first: 1 });
    expect(page.data!.activityLog.totalCount).toBe(all.length);

    const byAnna = await allEntries(world.stack, tokens.anna, { actorId: ANNA });
    expect(byAnna.map((entry) => entry.id)).toEqual(all.filter((entry) => entry.actor.userId === ANNA).map((entry) => entry.id));
    const adatum = await allEntries(world.stack, tokens.anna, { customerId: TENANT.adatum });
    expect(adatum.map((entry) => entry.operation).sort()).toEqual(['CREATE_CUSTOMER_SERVICE_REQUEST', 'REMOVE_DELEGATED_ADMIN']);

    const middle = all[Math.floor(all.length / 2)].occurredAt;
    const since = await allEntries(world.stack, tokens.anna, { from: middle });
    const before = await allEntries(world.stack, tokens.anna, { to: middle });
    expect(since.every((entry) => entry.occurredAt >= middle) && before.every((entry) => entry.occurredAt < middle)).toBe(true);
    expect([...since, ...before].map((entry) => entry.id)).toEqual(all.map((entry) => entry.id));
    const window = await allEntries(world.stack, tokens.anna, { from: middle, to: middle });
    expect(window).toEqual([]);

    const backwards = await activityPage(world.stack, tokens.anna, { filter: { from: middle, to: '2020-01-01T00:00:00Z' } });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_RANGE', argument: 'filter.to' });
    const foreignCursor = await activityPage(world.stack, tokens.anna, { after: page.data!.activityLog.pageInfo.endCursor!.replace(/^./, 'X') });
    expect(foreignCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  describe('T-1 / §4.4: another partner\'s entries never show', () => {
    let partners: DataSource;
    beforeAll(async () => {
      partners = await connect({ url: world.stack.databaseUrl, schema: 'partners', migrations: [], entities: partnersDatabase.entities, poolSize: 2 });
    });
    afterAll(() => partners?.destroy());

    it('through the query: Fabrikam sees none of Contoso\'s or Northwind\'s; Northwind sees the order it shares, not Contoso\'s users', async () => {
      const contoso = await allEntries(world.stack, tokens.anna);
      const fabrikam = await allEntries(world.stack, tokens.fabio);
      expect(fabrikam.filter((entry) => entry.organization.id !== TENANT.fabrikam)).toEqual([]);
      const northwind = await allEntries(world.stack, tokens.pietro);
      expect(northwind.every((entry) => entry.organization.id === TENANT.northwind)).toBe(true);
      expect(northwind.map((entry) => entry.operation)).toContain('SUBMIT_ORDER');
      expect(northwind.map((entry) => entry.operation)).not.toContain('CREATE_PARTNER_USER');
      const contosoIds = new Set(contoso.map((entry) => entry.id));
      expect([...fabrikam, ...northwind].filter((entry) => contosoIds.has(entry.id))).toEqual([]);
    });

    it('under row-level security: an unfiltered select in Fabrikam\'s or Contoso\'s scope returns its own rows only', async () => {
      const { rows: [{ n }] } = await world.db.query('select count(*)::int as n from partners.activity_log where partner_id = $1', [TENANT.contoso]);
      expect(n).toBeGreaterThan(0);
      const asContoso: { partner_id: string }[] = await inTransaction(partners, { partnerId: TENANT.contoso },
        (tx) => tx.query('select partner_id from partners.activity_log'));
      expect(asContoso).toHaveLength(n);
      expect(new Set(asContoso.map((row) => row.partner_id))).toEqual(new Set([TENANT.contoso]));
      const asFabrikam: unknown[] = await inTransaction(partners, { partnerId: TENANT.fabrikam },
        (tx) => tx.query('select 1 from partners.activity_log where partner_id = $1', [TENANT.contoso]));
      expect(asFabrikam).toEqual([]);
    });
  });
});
