import { TENANT, USERS } from '../../scripts/seed/world.js';
import { errorOf, startPartnersWorld, waitFor, type PartnersWorld } from '../helpers/partners.js';
import { LiveSubscription, settle } from '../helpers/live.js';

const CREATE = `mutation ($email: String) { createPartnershipInvitation(inviteeEmail: $email) {
  id state url expiresAt draftEmail { subject body url } provider { companyName } } }`;
const ACCEPT = `mutation ($t: String!, $ok: Boolean!) { acceptPartnershipInvitation(token: $t, authorizeIndirectProvider: $ok) {
  invitation { id state acceptedAt } partnership { id state providerTenantAdminAccess provider { companyName } } } }`;
const DECLINE = 'mutation ($t: String!) { declinePartnershipInvitation(token: $t) { id state } }';
const REVOKE = 'mutation ($id: ID!) { revokePartnershipInvitation(id: $id) { id state } }';

interface Created { id: string; url: string; state: string; expiresAt: string; draftEmail: { body: string; url: string } }

const tokenOf = (url: string) => decodeURIComponent(new URL(url).searchParams.get('token')!);
const anna = USERS.find((user) => user.email === 'anna@contoso.it')!;

describe('provider↔reseller partnerships (§3.2): AS-5, AS-6, rules R-24…R-32 and R-45 through the gateway', () => {
  let world: PartnersWorld;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    world = await startPartnersWorld({ demo: false });
    for (const email of ['paolo@northwind.it', 'pietro@northwind.it', 'marco@contoso.it', 'anna@contoso.it', 'bea@contoso.it',
      'fabio@fabrikam.it', 'wilhelm@woodgrove.de']) tokens[email.split('@')[0]] = await world.stack.signIn(email);
  });
  afterAll(() => world?.close());

  const run = <T = Record<string, unknown>>(who: string, query: string, variables?: Record<string, unknown>) =>
    world.stack.query<T>(query, { token: tokens[who], variables });

  async function invite(who: string, email: string | null = null): Promise<Created> {
    const result = await run<{ createPartnershipInvitation: Created }>(who, CREATE, { email });
    if (!result.data?.createPartnershipInvitation) throw new Error(JSON.stringify(result.errors));
    return result.data.createPartnershipInvitation;
  }

  describe('AS-5: the provider invites the reseller; only a global admin with the checkbox accepts', () => {
    let invitation: Created;

    it('step 1: Paolo (admin agent) → PENDING with a personalised link, a draft email and expiresAt = now + 90 d', async () => {
      invitation = await invite('paolo', 'anna@contoso.it');
      expect(invitation.state).toBe('PENDING');
      const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(89.9);
      expect(days).toBeLessThanOrEqual(90);
      expect(invitation.draftEmail.body).toContain(invitation.url);
      expect(tokenOf(invitation.url).length).toBeGreaterThanOrEqual(43); // 256 random bits, base64url
      const stored = await world.db.query('select token_hash from partners.partnership_invitations where id = $1', [invitation.id]);
      expect(stored.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(invitation.url).not.toContain(stored.rows[0].token_hash);
      const read = await run('paolo', '{ myOrganization { partnershipInvitations(direction: SENT) { edges { node { id state url } } } } }');
      expect(read.data).toEqual({ myOrganization: { partnershipInvitations: { edges: [{ node: { id: invitation.id, state: 'PENDING', url: null } }] } } });
    });

    it('step 2 / R-27: Marco (admin agent only) → GLOBAL_ADMIN_REQUIRED', async () => {
      expect(errorOf(await run('marco', ACCEPT, { t: tokenOf(invitation.url), ok: true })))
        .toMatchObject({ code: 'FORBIDDEN', reason: 'GLOBAL_ADMIN_REQUIRED' });
    });

    it('step 3 / R-28: Anna without the checkbox → AUTHORIZATION_CONSENT_REQUIRED', async () => {
      expect(errorOf(await run('anna', ACCEPT, { t: tokenOf(invitation.url), ok: false })))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AUTHORIZATION_CONSENT_REQUIRED' });
    });

    it('step 4: Anna with the checkbox → ACCEPTED; both sides list the partnership; PartnershipEstablished for both orgs', async () => {
      const result = await run<{ acceptPartnershipInvitation: { partnership: { id: string } } }>('anna', ACCEPT,
        { t: tokenOf(invitation.url), ok: true });
      expect(result.errors).toBeUndefined();
      expect(result.data!.acceptPartnershipInvitation).toMatchObject({
        invitation: { id: invitation.id, state: 'ACCEPTED' },
        partnership: { state: 'ACTIVE', providerTenantAdminAccess: true, provider: { companyName: 'Northwind Traders' } },
      });
      const reseller = await run('anna', '{ myOrganization { indirectProviders { edges { node { relationshipType provider { companyName } } } } } }');
      expect(reseller.data).toEqual({ myOrganization: { indirectProviders: { edges: [
        { node: { relationshipType: 'IS_INDIRECT_RESELLER_OF', provider: { companyName: 'Northwind Traders' } } }] } } });
      const provider = await run('paolo', `{ myOrganization { indirectResellers { edges { node {
        state providerTenantAdminAccess reseller { companyName mpnProfile { mpnId } country } } } } } }`);
      expect(provider.data).toEqual({ myOrganization: { indirectResellers: { edges: [{ node: { state: 'ACTIVE', providerTenantAdminAccess: true,
        reseller: { companyName: 'Contoso S.r.l.', mpnProfile: { mpnId: '1234567' }, country: 'IT' } } }] } } });
      const { rows } = await world.db.query(`select partner_ids, actor, payload from partners.events where type = 'PartnershipEstablished'`);
      expect(rows).toHaveLength(1);
      expect([...rows[0].partner_ids].sort()).toEqual([TENANT.contoso, TENANT.northwind].sort());
      expect(rows[0].actor).toMatchObject({ kind: 'PARTNER_USER', userId: anna.id, partnerId: TENANT.contoso });
      expect(rows[0].payload.partnership).toEqual({ id: result.data!.acceptPartnershipInvitation.partnership.id,
        providerId: TENANT.northwind, resellerId: TENANT.contoso, state: 'ACTIVE', providerTenantAdminAccess: true });
      expect(JSON.stringify(rows[0].payload)).not.toContain(tokenOf(invitation.url));
    });

    it('step 5 / T-2, T-11: the provider sees the reseller\'s header only, and none of its users', async () => {
      const seen = await run('paolo', `{ partnerOrganization(id: "${TENANT.contoso}") { companyName legalBusinessProfile { companyName } } }`);
      expect(seen.data).toEqual({ partnerOrganization: { companyName: 'Contoso S.r.l.', legalBusinessProfile: null } });
      const users = await run<{ partnerUsers: { edges: { node: { userPrincipalName: string } }[] } }>('pietro',
        '{ partnerUsers(first: 50) { edges { node { userPrincipalName } } } }');
      expect(users.data!.partnerUsers.edges.every(({ node }) => node.userPrincipalName.endsWith('@northwind.it'))).toBe(true);
    });

    it('AS-6 step 1 / R-26: the same link again → INVITATION_ALREADY_USED', async () => {
      expect(errorOf(await run('anna', ACCEPT, { t: tokenOf(invitation.url), ok: true })))
        .toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_ALREADY_USED' });
    });
  });

  describe('AS-6: invitation link misuse', () => {
    it('step 2 / R-31: Woodgrove (DE) invites Contoso (IT) → REGION_MISMATCH', async () => {
      const invitation = await invite('wilhelm', 'anna@contoso.it');
      expect(errorOf(await run('anna', ACCEPT, { t: tokenOf(invitation.url), ok: true })))
        .toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'REGION_MISMATCH' });
    });

    it('step 3 / R-24…R-26: revoked → INVITATION_REVOKED; expired (+91 d) → INVITATION_EXPIRED; garbled → INVITATION_NOT_FOUND', async () => {
      const revoked = await invite('paolo', 'fabio@fabrikam.it');
      expect((await run('paolo', REVOKE, { id: revoked.id })).data).toEqual({ revokePartnershipInvitation: { id: revoked.id, state: 'REVOKED' } });
      expect(errorOf(await run('fabio', ACCEPT, { t: tokenOf(revoked.url), ok: true })))
        .toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_REVOKED' });
      const expired = await invite('paolo', 'fabio@fabrikam.it');
      await world.db.query(`update partners.partnership_invitations set created_at = created_at - interval '91 days',
        expires_at = expires_at - interval '91 days' where id = $1`, [expired.id]);
      expect(errorOf(await run('fabio', ACCEPT, { t: tokenOf(expired.url), ok: true })))
        .toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'INVITATION_EXPIRED' });
      const listed = await run('paolo', '{ myOrganization { partnershipInvitations(direction: SENT, state: EXPIRED) { edges { node { id state } } } } }');
      expect(listed.data).toEqual({ myOrganization: { partnershipInvitations: { edges: [{ node: { id: expired.id, state: 'EXPIRED' } }] } } });
      expect(errorOf(await run('paolo', REVOKE, { id: expired.id }))).toMatchObject({ reason: 'INVITATION_EXPIRED' });
      expect(errorOf(await run('fabio', ACCEPT, { t: 'garbled-token', ok: true })))
        .toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_NOT_FOUND' });
    });

    it('step 4 / R-30, R-32: Northwind accepting its own → SELF_RELATIONSHIP; a second partnership → PARTNERSHIP_ALREADY_EXISTS', async () => {
      const own = await invite('paolo');
      expect(errorOf(await run('pietro', ACCEPT, { t: tokenOf(own.url), ok: true })))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_RELATIONSHIP' });
      const another = await invite('paolo', 'bea@contoso.it');
      expect(errorOf(await run('bea', ACCEPT, { t: tokenOf(another.url), ok: true })))
        .toMatchObject({ code: 'CONFLICT', reason: 'PARTNERSHIP_ALREADY_EXISTS' });
      expect(errorOf(await run('paolo', CREATE, { email: 'someone@northwind.it' })))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_RELATIONSHIP' });
    });

    it('R-29: a provider accepting another provider\'s invitation → NOT_AN_INDIRECT_RESELLER; a reseller cannot invite', async () => {
      const woodgrove = await invite('wilhelm');
      expect(errorOf(await run('pietro', ACCEPT, { t: tokenOf(woodgrove.url), ok: true })))
        .toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'NOT_AN_INDIRECT_RESELLER' });
      expect(errorOf(await run('anna', CREATE, { email: null }))).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'NOT_AN_INDIRECT_PROVIDER' });
    });

    it('T-1: another provider\'s invitation cannot be revoked (NOT_FOUND)', async () => {
      const woodgrove = await invite('wilhelm');
      expect(errorOf(await run('paolo', REVOKE, { id: woodgrove.id }))).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('concurrency: one partnership however many acceptances race', () => {
    it('two simultaneous acceptances of one invitation → exactly one partnership; the other INVITATION_ALREADY_USED', async () => {
      const invitation = await invite('paolo', 'fabio@fabrikam.it');
      const results = await Promise.all([1, 2, 3].map(() => run('fabio', ACCEPT, { t: tokenOf(invitation.url), ok: true })));
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(results.filter((result) => result.errors).map((result) => errorOf(result).reason))
        .toEqual(['INVITATION_ALREADY_USED', 'INVITATION_ALREADY_USED']);
      const { rows } = await world.db.query(`select count(*)::int as n from partners.partnerships
        where provider_id = $1 and reseller_id = $2 and state = 'ACTIVE'`, [TENANT.northwind, TENANT.fabrikam]);
      expect(rows[0].n).toBe(1);
    });

    it('two different invitations accepted at once by one reseller → one ACTIVE partnership, the other PARTNERSHIP_ALREADY_EXISTS', async () => {
      await world.db.query(`update partners.partnerships set state = 'REMOVED', removed_at = now()
        where provider_id = $1 and reseller_id = $2`, [TENANT.northwind, TENANT.fabrikam]);
      const [first, second] = [await invite('paolo'), await invite('pietro')];
      const results = await Promise.all([first, second].map((inv) => run('fabio', ACCEPT, { t: tokenOf(inv.url), ok: true })));
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(errorOf(results.find((result) => result.errors)!)).toMatchObject({ reason: 'PARTNERSHIP_ALREADY_EXISTS' });
      const { rows } = await world.db.query(`select count(*)::int as n from partners.partnerships
        where provider_id = $1 and reseller_id = $2 and state = 'ACTIVE'`, [TENANT.northwind, TENANT.fabrikam]);
      expect(rows[0].n).toBe(1);
    });
  });

  describe('decline, admin access and removal (§3.2, R-45)', () => {
    it('a reseller global admin declines → DECLINED, visible to both; the link is then used', async () => {
      const invitation = await invite('wilhelm');
      expect((await run('fabio', DECLINE, { t: tokenOf(invitation.url) })).data)
        .toEqual({ declinePartnershipInvitation: { id: invitation.id, state: 'DECLINED' } });
      const received = await run('fabio', `{ myOrganization { partnershipInvitations(direction: RECEIVED, state: DECLINED) {
        edges { node { id provider { companyName } } } } } }`);
      expect(received.data).toEqual({ myOrganization: { partnershipInvitations: { edges: [
        { node: { id: invitation.id, provider: { companyName: 'Woodgrove Bank' } } }] } } });
      expect(errorOf(await run('fabio', DECLINE, { t: tokenOf(invitation.url) }))).toMatchObject({ reason: 'INVITATION_ALREADY_USED' });
    });

    it('the reseller revokes the provider\'s tenant admin access; the partnership stays ACTIVE', async () => {
      const result = await run('anna', `mutation { revokeProviderTenantAdminAccess(providerId: "${TENANT.northwind}") { state providerTenantAdminAccess } }`);
      expect(result.data).toEqual({ revokeProviderTenantAdminAccess: { state: 'ACTIVE', providerTenantAdminAccess: false } });
      const { rows } = await world.db.query(`select payload from partners.events where type = 'ProviderTenantAdminAccessRevoked'`);
      expect(rows[0].payload.partnership).toMatchObject({ providerId: TENANT.northwind, resellerId: TENANT.contoso, providerTenantAdminAccess: false });
      expect(errorOf(await run('anna', `mutation { revokeProviderTenantAdminAccess(providerId: "${TENANT.woodgrove}") { state } }`)))
        .toMatchObject({ code: 'NOT_FOUND' });
    });

    it('R-45: the reseller cannot end the partnership; the provider removes it and it leaves both lists', async () => {
      expect(errorOf(await run('anna', `mutation { removeIndirectResellerPartnership(resellerId: "${TENANT.contoso}") { state } }`)))
        .toMatchObject({ code: 'FORBIDDEN', reason: 'REQUIRES_MICROSOFT_SUPPORT' });
      const removed = await run('paolo', `mutation { removeIndirectResellerPartnership(resellerId: "${TENANT.contoso}") { state removedAt } }`);
      expect(removed.data).toMatchObject({ removeIndirectResellerPartnership: { state: 'REMOVED' } });
      const lists = await run('anna', '{ myOrganization { indirectProviders { totalCount edges { node { id } } } } }');
      expect(lists.data).toEqual({ myOrganization: { indirectProviders: { totalCount: 0, edges: [] } } });
      expect(errorOf(await run('paolo', `{ partnerOrganization(id: "${TENANT.contoso}") { companyName } }`))).toMatchObject({ code: 'NOT_FOUND' });
      const { rows } = await world.db.query(`select partner_ids, payload from partners.events where type = 'PartnershipRemoved'`);
      expect(rows[0].payload.partnership).toMatchObject({ state: 'REMOVED', providerId: TENANT.northwind, resellerId: TENANT.contoso });
      const again = await invite('paolo');
      expect((await run('anna', ACCEPT, { t: tokenOf(again.url), ok: true })).errors).toBeUndefined();
    });
  });

  describe('expiry (§3.2 "expiresAt passed", §5 PartnershipInvitationChanged on expire)', () => {
    it('a PENDING invitation past its expiry is stored EXPIRED by the sweep and the provider\'s dashboard hears of it', async () => {
      const live = new LiveSubscription(world.stack.gatewayUrl, tokens.pietro, 'subscription { partnershipInvitationChanged { state invitation { id } } }');
      try {
        await settle();
        const invitation = await invite('paolo');
        await world.db.query("update partners.partnership_invitations set expires_at = now() - interval '1 minute' where id = $1", [invitation.id]);
        await waitFor(async () => (await world.db.query("select 1 from partners.partnership_invitations where id = $1 and state = 'EXPIRED'",
          [invitation.id])).rowCount, 'the sweep to store EXPIRED');
        // other tests' invitations expire on the same stream: follow this one
        type Change = { state: string; invitation: { id: string } | null };
        const mine = () => live.results.map((result) => result.data?.partnershipInvitationChanged as Change | undefined)
          .filter((change) => change?.invitation?.id === invitation.id);
        await live.until(() => mine().some((change) => change?.state === 'EXPIRED'));
        expect(mine()).toEqual([
          { state: 'PENDING', invitation: { id: invitation.id } }, { state: 'EXPIRED', invitation: { id: invitation.id } }]);
        const { rows } = await world.db.query(`select actor from partners.events where aggregate_id = $1
          and type = 'PartnershipInvitationChanged' and payload->>'state' = 'EXPIRED'`, [invitation.id]);
        expect(rows).toEqual([{ actor: { kind: 'SYSTEM' } }]);
      } finally {
        await live.close();
      }
    });
  });
});
