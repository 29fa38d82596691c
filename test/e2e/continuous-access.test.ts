import { TENANT } from '../../scripts/seed/world.js';
import { converge, endOf, expectNow, subscribeOnce, urlOf, type Probe, type Target } from '../helpers/access-probes.js';
import { LiveSubscription, settle } from '../helpers/live.js';
import { enrollForReview, startPartnersWorld, type PartnersWorld } from '../helpers/partners.js';

/**
 * Issue 14, continuous access evaluation: after each change the very next request with an access token issued
 * before it — query, mutation, new subscription — is judged by the new state, within one second of the commit,
 * through the gateway and at each subgraph called directly (DOMAIN.md §3.4, §4.2 G1–G3, §5 stream rules, R-7,
 * R-23, AS-10 step 7).
 */

const SESSION_REVOKED = { code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' };
const FORBIDDEN = { code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' };
const UNDER_REVIEW = { code: 'FORBIDDEN', reason: 'ACCOUNT_UNDER_REVIEW' };
const REJECTED = { code: 'FORBIDDEN', reason: 'ACCOUNT_REJECTED' };

const REQUEST_DAP = 'mutation { createResellerRelationshipRequest(includeDelegatedAdminPrivileges: true) { id } }';
const PARTNER_USERS = '{ partnerUsers { totalCount } }';
const STREAMS = {
  partnerUserChanged: 'subscription { partnerUserChanged { eventId change } }',
  organizationChanged: 'subscription { organizationChanged { eventId change } }',
  requestChanged: 'subscription { resellerRelationshipRequestChanged { eventId state } }',
};

/** A signed-in caller's every door: each service, reads and writes (all allowed to an admin agent + UMA). */
const everywhere = (victimId: string): Probe[] => [
  { target: 'gateway', query: '{ me { id } }' },
  { target: 'gateway', query: `mutation { updatePartnerUser(id: "${victimId}", input: { firstName: "Changed" }) { id } }` },
  { target: 'identity', query: '{ me { id } }' },
  { target: 'partners', query: '{ myOrganization { id } }' },
  { target: 'customers', query: '{ customers { totalCount } }' },
  { target: 'customers', query: REQUEST_DAP },
];

/** What an admin agent + user-management admin may do and a helpdesk agent may not (§4.3 C-03, I-03, P-02, C-24). */
const BY_ROLE: Probe[] = [
  { target: 'gateway', query: REQUEST_DAP },
  { target: 'gateway', query: PARTNER_USERS },
  { target: 'identity', query: PARTNER_USERS },
  { target: 'partners', query: '{ myOrganization { legalBusinessProfile { companyName } } }' },
  { target: 'customers', query: '{ customerLeads { totalCount } }' },
  { target: 'customers', query: REQUEST_DAP },
];

/** G3 operations of every service. */
const G3: Probe[] = [
  { target: 'gateway', query: '{ customers { totalCount } }' },
  { target: 'gateway', query: REQUEST_DAP },
  { target: 'identity', query: PARTNER_USERS },
  { target: 'partners', query: '{ invoices { totalCount } }' },
  { target: 'customers', query: '{ customers { totalCount } }' },
];

/** Streams an admin agent + UMA may open, each with where it is opened and what makes it deliver. */
const ROLE_STREAMS: [Target, string][] = [
  ['gateway', STREAMS.partnerUserChanged], ['identity', STREAMS.partnerUserChanged],
  ['partners', STREAMS.organizationChanged], ['customers', STREAMS.requestChanged],
];

describe('continuous access evaluation (issue 14): the next request with an old token meets the new state', () => {
  let world: PartnersWorld;
  let anna: string;
  let created = 0;

  beforeAll(async () => {
    world = await startPartnersWorld();
    anna = await world.stack.signIn('anna@contoso.it');
  });
  afterAll(() => world?.close());

  const asAnna = async (query: string) => {
    const result = await world.stack.query(query, { token: anna });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  /** A new Contoso user with these roles, its password changed: its access and refresh tokens. */
  async function newUser(agentRole: string, adminRole: string) {
    created += 1;
    const email = `cae${created}@contoso.it`;
    const made = await asAnna(`mutation { createPartnerUser(input: { displayName: "CAE ${created}", email: "${email}",
      agentRole: ${agentRole}, adminRole: ${adminRole} }) { user { id } temporaryPassword } }`) as
      { createPartnerUser: { user: { id: string }; temporaryPassword: string } };
    const first = await world.stack.signIn(email, made.createPartnerUser.temporaryPassword);
    const changed = await world.stack.query<{ changeMyPassword: { accessToken: string; refreshToken: string } }>(
      'mutation ($c: String!) { changeMyPassword(currentPassword: $c, newPassword: "Cae-Secret-2026!") { accessToken refreshToken } }',
      { token: first, variables: { c: made.createPartnerUser.temporaryPassword } });
    return { id: made.createPartnerUser.user.id, email, ...changed.data!.changeMyPassword };
  }

  async function expectSocketsRefused(token: string, query: string) {
    for (const target of ['gateway', 'identity', 'partners', 'customers'] as Target[]) {
      const live = await subscribeOnce(world.stack, target, token, query);
      await live.close();
      expect({ target, ...endOf(live) }).toEqual({ target, close: 4403, reason: 'SESSION_REVOKED' });
    }
  }

  describe('§3.4: a session that ended is UNAUTHENTICATED / SESSION_REVOKED everywhere', () => {
    it.each([
      ['I-08 deactivatePartnerUser', (id: string) => `mutation { deactivatePartnerUser(userId: "${id}") { id } }`],
      ['I-07 resetPartnerUserPassword', (id: string) => `mutation { resetPartnerUserPassword(userId: "${id}") { temporaryPassword } }`],
    ])('%s: the old token is refused by the gateway and every subgraph, its stream ends, its sockets are refused', async (_name, change) => {
      const user = await newUser('ADMIN_AGENT', 'USER_MANAGEMENT_ADMIN');
      const victim = await newUser('NONE', 'NONE');
      await expectNow(world.stack, user.accessToken, everywhere(victim.id), 'allowed');
      const stream = new LiveSubscription(world.stack.gatewayUrl, user.accessToken, STREAMS.partnerUserChanged);
      try {
        await settle();
        await asAnna(change(user.id));
        await converge(world.stack, user.accessToken, everywhere(victim.id), SESSION_REVOKED, Date.now());
        await stream.until(() => stream.completed);
        expect(endOf(stream)).toEqual(SESSION_REVOKED);
      } finally {
        await stream.close();
      }
      await expectSocketsRefused(user.accessToken, STREAMS.partnerUserChanged);
      // the report: the refused token's change of another user's names is not stored
      const rename = await world.stack.query(`mutation { updatePartnerUser(id: "${victim.id}", input: { firstName: "Revoked" }) { id } }`,
        { token: user.accessToken });
      expect(rename.errors?.[0]?.extensions).toMatchObject(SESSION_REVOKED);
      const names = await asAnna(`{ partnerUser(id: "${victim.id}") { firstName } }`) as { partnerUser: { firstName: string | null } };
      expect(names.partnerUser.firstName).toBe('Changed');
    });

    it('signOut ends that session only; signOut(allSessions: true) ends every session of the user', async () => {
      const user = await newUser('ADMIN_AGENT', 'USER_MANAGEMENT_ADMIN');
      const victim = await newUser('NONE', 'NONE');
      const other = await world.stack.query<{ signIn: { accessToken: string; refreshToken: string } }>(
        'mutation ($e: String!) { signIn(email: $e, password: "Cae-Secret-2026!") { accessToken refreshToken } }', { variables: { e: user.email } });
      const second = other.data!.signIn;
      await world.stack.query('mutation ($r: String!) { signOut(refreshToken: $r) }', { variables: { r: user.refreshToken } });
      await converge(world.stack, user.accessToken, everywhere(victim.id), SESSION_REVOKED, Date.now());
      await expectNow(world.stack, second.accessToken, everywhere(victim.id), 'allowed');
      await world.stack.query('mutation ($r: String!) { signOut(refreshToken: $r, allSessions: true) }', { variables: { r: second.refreshToken } });
      await converge(world.stack, second.accessToken, everywhere(victim.id), SESSION_REVOKED, Date.now());
      await expectSocketsRefused(second.accessToken, STREAMS.partnerUserChanged);
    });

    it('a socket opened before the session ended cannot start another operation on it', async () => {
      const user = await newUser('ADMIN_AGENT', 'USER_MANAGEMENT_ADMIN');
      const sockets = (['gateway', 'customers'] as Target[]).map((target) => ({
        target, live: new LiveSubscription(urlOf(world.stack, target), user.accessToken, STREAMS.requestChanged) }));
      try {
        await settle();
        await asAnna(`mutation { resetPartnerUserPassword(userId: "${user.id}") { temporaryPassword } }`);
        for (const { target, live } of sockets) {
          await live.until(() => live.completed);
          const again = await live.run('{ __typename }');
          expect({ target, stream: endOf(live), again: again.errors?.[0]?.extensions })
            .toEqual({ target, stream: SESSION_REVOKED, again: expect.objectContaining(SESSION_REVOKED) });
        }
      } finally {
        await Promise.all(sockets.map(({ live }) => live.close()));
      }
    });
  });

  describe('§3.4 "claims refreshed" / AS-10 step 7: the old token is judged by the current roles', () => {
    it('demoted to helpdesk agent: FORBIDDEN at once everywhere; its stream ends SUBSCRIPTION_REVOKED; new streams refused', async () => {
      const user = await newUser('ADMIN_AGENT', 'USER_MANAGEMENT_ADMIN');
      await expectNow(world.stack, user.accessToken, BY_ROLE, 'allowed');
      const stream = new LiveSubscription(world.stack.gatewayUrl, user.accessToken, STREAMS.partnerUserChanged);
      try {
        await settle();
        await asAnna(`mutation { setPartnerUserRoles(userId: "${user.id}", agentRole: HELPDESK_AGENT, adminRole: NONE) { id } }`);
        await converge(world.stack, user.accessToken, BY_ROLE, FORBIDDEN, Date.now());
        await stream.until(() => stream.completed);
        expect(endOf(stream)).toEqual({ code: 'FORBIDDEN', reason: 'SUBSCRIPTION_REVOKED' });
      } finally {
        await stream.close();
      }
      for (const [target, query] of ROLE_STREAMS) {
        const live = await subscribeOnce(world.stack, target, user.accessToken, query);
        await live.close();
        expect({ target, ...endOf(live) }).toEqual({ target, ...FORBIDDEN });
      }
    });

    it('promoted to admin agent + user-management admin: allowed at once everywhere, new streams deliver', async () => {
      const user = await newUser('HELPDESK_AGENT', 'NONE');
      await expectNow(world.stack, user.accessToken, BY_ROLE, FORBIDDEN);
      await asAnna(`mutation { setPartnerUserRoles(userId: "${user.id}", agentRole: ADMIN_AGENT, adminRole: USER_MANAGEMENT_ADMIN) { id } }`);
      await converge(world.stack, user.accessToken, BY_ROLE, 'allowed', Date.now());
      const streams = ROLE_STREAMS.map(([target, query]) => ({ target, live: new LiveSubscription(urlOf(world.stack, target), user.accessToken, query) }));
      try {
        await settle();
        await asAnna(`mutation { updatePartnerUser(id: "${user.id}", input: { lastName: "Promoted" }) { id } }`);
        await asAnna('mutation { updateSupportProfile(input: { email: "support@contoso.it", telephone: "+39 02 5555555" }) { email } }');
        expect((await world.stack.query(REQUEST_DAP, { token: user.accessToken })).errors).toBeUndefined();
        for (const { target, live } of streams) {
          await live.until(() => live.results.length > 0 || live.completed);
          expect({ target, errors: live.results[0]?.errors, completed: live.completed }).toEqual({ target, errors: undefined, completed: false });
        }
      } finally {
        await Promise.all(streams.map(({ live }) => live.close()));
      }
    });
  });

  describe('R-23: the old token answers for the organization\'s current program status', () => {
    it('§3.1 row 9 approved: a token from before startEnrollment does what an active global admin does', async () => {
      const { applicationId, tokenBeforeEnrollment: token } = await enrollForReview(world, 'caeapproved', '8000001');
      await expectNow(world.stack, token, G3, UNDER_REVIEW);
      await world.review({ applicationId, decision: 'APPROVE', reviewer: 'test' });
      await converge(world.stack, token, G3, 'allowed', Date.now());
      const streams = (['gateway', 'customers'] as Target[]).map((target) => ({
        target, live: new LiveSubscription(urlOf(world.stack, target), token, STREAMS.requestChanged) }));
      try {
        await settle();
        expect((await world.stack.query(REQUEST_DAP, { token })).errors).toBeUndefined();
        for (const { target, live } of streams) {
          await live.until(() => live.results.length > 0 || live.completed);
          expect({ target, state: (live.results[0]?.data?.resellerRelationshipRequestChanged as { state?: string })?.state })
            .toEqual({ target, state: 'PENDING' });
        }
      } finally {
        await Promise.all(streams.map(({ live }) => live.close()));
      }
    });

    it('§3.1 row 10 rejected: a token from the review answers ACCOUNT_REJECTED everywhere, new streams too', async () => {
      const { applicationId, tokenBeforeEnrollment: token } = await enrollForReview(world, 'caerejected', '8000002');
      await expectNow(world.stack, token, G3, UNDER_REVIEW);
      await world.review({ applicationId, decision: 'REJECT', reason: 'Business could not be verified' });
      await converge(world.stack, token, G3, REJECTED, Date.now());
      for (const target of ['gateway', 'customers'] as Target[]) {
        const live = await subscribeOnce(world.stack, target, token, STREAMS.requestChanged);
        await live.close();
        expect({ target, ...endOf(live) }).toEqual({ target, ...REJECTED });
      }
    });

    it('suspended: an active organization\'s tokens answer ACCOUNT_UNDER_REVIEW, open streams end; reinstated: allowed again', async () => {
      const fabio = await world.stack.signIn('fabio@fabrikam.it');
      await expectNow(world.stack, fabio, G3, 'allowed');
      const stream = new LiveSubscription(world.stack.gatewayUrl, fabio, STREAMS.requestChanged);
      try {
        await settle();
        await world.changeProgramStatus({ organizationId: TENANT.fabrikam, action: 'suspend', reason: 'Compliance review' });
        await converge(world.stack, fabio, G3, UNDER_REVIEW, Date.now());
        await stream.until(() => stream.completed);
        expect(endOf(stream)).toEqual(UNDER_REVIEW);
      } finally {
        await stream.close();
      }
      for (const target of ['gateway', 'customers'] as Target[]) {
        const live = await subscribeOnce(world.stack, target, fabio, STREAMS.requestChanged);
        await live.close();
        expect({ target, ...endOf(live) }).toEqual({ target, ...UNDER_REVIEW });
      }
      await world.changeProgramStatus({ organizationId: TENANT.fabrikam, action: 'reinstate' });
      await converge(world.stack, fabio, G3, 'allowed', Date.now());
    });
  });

});
