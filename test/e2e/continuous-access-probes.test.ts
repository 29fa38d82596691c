import { createTokenSigner } from '../../platform/tokens.js';
import { TENANT } from '../../scripts/seed/world.js';
import {
  converge, endOf, expectNow, SseSubscription, subscribeOnce, urlOf, type Probe, type Target,
} from '../helpers/access-probes.js';
import { LiveSubscription, settle } from '../helpers/live.js';
import { enrollForReview, startPartnersWorld, type PartnersWorld } from '../helpers/partners.js';
import { graphql } from '../helpers/stack.js';

/**
 * Issue 14 attacked as a client would: the changes and transports continuous-access.test.ts does not cover.
 */

const SESSION_REVOKED = { code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' };
const FORBIDDEN = { code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' };
const REVOKED_STREAM = { code: 'FORBIDDEN', reason: 'SUBSCRIPTION_REVOKED' };
const TARGETS: Target[] = ['gateway', 'identity', 'partners', 'customers'];
const PASSWORD = 'Cae-Secret-2026!';

const REQUEST_DAP = 'mutation { createResellerRelationshipRequest(includeDelegatedAdminPrivileges: true) { id } }';
const PARTNER_USERS = '{ partnerUsers { totalCount } }';
const USER_STREAM = 'subscription { partnerUserChanged { eventId change } }';
/** a stream each service serves to an admin agent + user-management admin */
const STREAM_AT: Record<Target, string> = {
  gateway: USER_STREAM,
  identity: USER_STREAM,
  partners: 'subscription { organizationChanged { eventId change } }',
  customers: 'subscription { resellerRelationshipRequestChanged { eventId state } }',
};

const everywhere: Probe[] = [
  { target: 'gateway', query: '{ me { id } }' },
  { target: 'gateway', query: REQUEST_DAP },
  { target: 'identity', query: '{ me { id } }' },
  { target: 'partners', query: '{ myOrganization { id } }' },
  { target: 'customers', query: '{ customers { totalCount } }' },
  { target: 'customers', query: REQUEST_DAP },
];

const BY_ROLE: Probe[] = [
  { target: 'gateway', query: REQUEST_DAP },
  { target: 'gateway', query: PARTNER_USERS },
  { target: 'identity', query: PARTNER_USERS },
  { target: 'partners', query: '{ myOrganization { legalBusinessProfile { companyName } } }' },
  { target: 'customers', query: '{ customerLeads { totalCount } }' },
  { target: 'customers', query: REQUEST_DAP },
];

describe('continuous access evaluation (issue 14), attacked as a client', () => {
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

  const signIn = async (email: string, password = PASSWORD) => {
    const result = await world.stack.query<{ signIn: { accessToken: string; refreshToken: string } }>(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken refreshToken } }', { variables: { e: email, p: password } });
    if (!result.data?.signIn) throw new Error(JSON.stringify(result.errors));
    return result.data.signIn;
  };

  async function newUser(agentRole = 'ADMIN_AGENT', adminRole = 'USER_MANAGEMENT_ADMIN') {
    created += 1;
    const email = `probe${created}@contoso.it`;
    const made = await asAnna(`mutation { createPartnerUser(input: { displayName: "Probe ${created}", email: "${email}",
      agentRole: ${agentRole}, adminRole: ${adminRole} }) { user { id } temporaryPassword } }`) as
      { createPartnerUser: { user: { id: string }; temporaryPassword: string } };
    const first = await world.stack.signIn(email, made.createPartnerUser.temporaryPassword);
    const changed = await world.stack.query<{ changeMyPassword: { accessToken: string; refreshToken: string } }>(
      'mutation ($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) { accessToken refreshToken } }',
      { token: first, variables: { c: made.createPartnerUser.temporaryPassword, n: PASSWORD } });
    return { id: made.createPartnerUser.user.id, email, ...changed.data!.changeMyPassword };
  }

  /** GET of the activity export (a route beside /graphql) at `target`: its status and first error's code and reason. */
  async function exportOf(target: Target, token: string) {
    const response = await fetch(new URL('/exports/activity.csv', urlOf(world.stack, target)), { headers: { authorization: `Bearer ${token}` } });
    const body = await response.json().catch(() => ({})) as { errors?: { extensions?: { code?: string; reason?: string } }[] };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code, reason: body.errors?.[0]?.extensions?.reason };
  }

  /** Streams opened at every service with `token`, once each reached its subgraph. */
  async function openStreams(token: string) {
    const streams = TARGETS.map((target) => ({ target, live: new LiveSubscription(urlOf(world.stack, target), token, STREAM_AT[target]) }));
    const sse = new SseSubscription(world.stack.gatewayUrl, token, USER_STREAM);
    await settle();
    return {
      async endedWith(outcome: { code: string; reason: string }) {
        for (const { target, live } of streams) {
          await live.until(() => live.completed);
          expect({ target, ...endOf(live) }).toEqual({ target, ...outcome });
        }
        await sse.until(() => sse.completed);
        expect({ target: 'gateway SSE', ...sse.end }).toEqual({ target: 'gateway SSE', ...outcome });
      },
      close: () => Promise.all([...streams.map(({ live }) => live.close()), sse.close()]),
    };
  }

  async function newStreamsRefused(token: string, socket: { close?: number; code?: string; reason: string }, http: { code: string; reason: string }) {
    for (const target of TARGETS) {
      const live = await subscribeOnce(world.stack, target, token, STREAM_AT[target]);
      await live.close();
      expect({ target, ...endOf(live) }).toEqual({ target, ...socket });
    }
    const sse = new SseSubscription(world.stack.gatewayUrl, token, USER_STREAM);
    await sse.until(() => sse.completed || sse.results.length > 0);
    await sse.close();
    expect({ target: 'gateway SSE', ...sse.end }).toEqual({ target: 'gateway SSE', ...http });
  }

  it('probe: deactivate — open streams (graphql-ws at each service, SSE at the gateway) end SESSION_REVOKED; new ones refused', async () => {
    const user = await newUser();
    const streams = await openStreams(user.accessToken);
    try {
      await asAnna(`mutation { deactivatePartnerUser(userId: "${user.id}") { id } }`);
      await converge(world.stack, user.accessToken, everywhere, SESSION_REVOKED, Date.now());
      await streams.endedWith(SESSION_REVOKED);
    } finally {
      await streams.close();
    }
    await newStreamsRefused(user.accessToken, { close: 4403, reason: 'SESSION_REVOKED' }, SESSION_REVOKED);
    for (const target of ['gateway', 'partners'] as Target[]) {
      expect({ target, ...await exportOf(target, user.accessToken) }).toEqual({ target, status: 401, ...SESSION_REVOKED });
    }
  });

  it('probe: restore — a token from before the deactivation stays revoked (Entra: re-enabling does not revive tokens)', async () => {
    const user = await newUser();
    await asAnna(`mutation { deactivatePartnerUser(userId: "${user.id}") { id } }`);
    await converge(world.stack, user.accessToken, everywhere, SESSION_REVOKED, Date.now());
    const restored = await asAnna(`mutation { restorePartnerUser(userId: "${user.id}") { temporaryPassword } }`) as
      { restorePartnerUser: { temporaryPassword: string } };
    const since = Date.now();
    // give every view time to apply the restore, then the old token must still be refused
    const fresh = await signIn(user.email, restored.restorePartnerUser.temporaryPassword);
    await converge(world.stack, fresh.accessToken, [{ target: 'gateway', query: '{ me { id } }' }, { target: 'customers', query: '{ __typename }' }],
      'allowed', since);
    await settle();
    await expectNow(world.stack, user.accessToken, everywhere, SESSION_REVOKED);
    await newStreamsRefused(user.accessToken, { close: 4403, reason: 'SESSION_REVOKED' }, SESSION_REVOKED);
  });

  it('probe: changeMyPassword ends the other sessions and the calling one; the tokens it returns work', async () => {
    const user = await newUser();
    const other = await signIn(user.email);
    const streams = await openStreams(other.accessToken);
    try {
      const changed = await world.stack.query<{ changeMyPassword: { accessToken: string } }>(
        'mutation ($c: String!) { changeMyPassword(currentPassword: $c, newPassword: "Cae-Other-2026!") { accessToken } }',
        { token: user.accessToken, variables: { c: PASSWORD } });
      expect(changed.errors).toBeUndefined();
      const since = Date.now();
      await converge(world.stack, user.accessToken, everywhere, SESSION_REVOKED, since);
      await converge(world.stack, other.accessToken, everywhere, SESSION_REVOKED, since);
      await streams.endedWith(SESSION_REVOKED);
      await expectNow(world.stack, changed.data!.changeMyPassword.accessToken, everywhere.slice(0, 1), 'allowed');
    } finally {
      await streams.close();
    }
  });

  it('probe: admin password reset — open streams at every service end SESSION_REVOKED', async () => {
    const user = await newUser();
    const streams = await openStreams(user.accessToken);
    try {
      await asAnna(`mutation { resetPartnerUserPassword(userId: "${user.id}") { temporaryPassword } }`);
      await converge(world.stack, user.accessToken, everywhere, SESSION_REVOKED, Date.now());
      await streams.endedWith(SESSION_REVOKED);
    } finally {
      await streams.close();
    }
  });

  it('probe: sign-out of all sessions — open streams at every service end SESSION_REVOKED', async () => {
    const user = await newUser();
    const streams = await openStreams(user.accessToken);
    try {
      await world.stack.query('mutation ($r: String!) { signOut(refreshToken: $r, allSessions: true) }', { variables: { r: user.refreshToken } });
      await converge(world.stack, user.accessToken, everywhere, SESSION_REVOKED, Date.now());
      await streams.endedWith(SESSION_REVOKED);
    } finally {
      await streams.close();
    }
    await newStreamsRefused(user.accessToken, { close: 4403, reason: 'SESSION_REVOKED' }, SESSION_REVOKED);
  });

  it('probe: demote — open streams end SUBSCRIPTION_REVOKED (graphql-ws and SSE); connection_init accepted, new streams FORBIDDEN', async () => {
    const user = await newUser();
    const streams = await openStreams(user.accessToken);
    try {
      await asAnna(`mutation { setPartnerUserRoles(userId: "${user.id}", agentRole: HELPDESK_AGENT, adminRole: NONE) { id } }`);
      await converge(world.stack, user.accessToken, BY_ROLE, FORBIDDEN, Date.now());
      await streams.endedWith(REVOKED_STREAM);
    } finally {
      await streams.close();
    }
    await newStreamsRefused(user.accessToken, FORBIDDEN, FORBIDDEN);
  });

  it('probe: roles changed twice in quick succession — the last change wins everywhere', async () => {
    const user = await newUser();
    const setRoles = (agent: string, admin: string) => asAnna(
      `mutation { setPartnerUserRoles(userId: "${user.id}", agentRole: ${agent}, adminRole: ${admin}) { id } }`);
    await Promise.all([setRoles('HELPDESK_AGENT', 'NONE')]);
    await setRoles('ADMIN_AGENT', 'USER_MANAGEMENT_ADMIN');
    await converge(world.stack, user.accessToken, BY_ROLE, 'allowed', Date.now());
    await setRoles('NONE', 'NONE');
    await setRoles('HELPDESK_AGENT', 'NONE');
    await converge(world.stack, user.accessToken, BY_ROLE, FORBIDDEN, Date.now());
    await expectNow(world.stack, user.accessToken, [{ target: 'customers', query: '{ customers { totalCount } }' },
      { target: 'gateway', query: '{ customers { totalCount } }' }], 'allowed');
  });

  it('probe: race — requests fired while the demotion commits are all FORBIDDEN within one second of it', async () => {
    const user = await newUser();
    let stop = false;
    // the same token keeps calling while the change commits: no answer may be cached or serialized behind it
    const hammer = (async () => {
      while (!stop) await graphql(urlOf(world.stack, 'customers'), REQUEST_DAP, { token: user.accessToken });
    })();
    try {
      await settle(100);
      await asAnna(`mutation { setPartnerUserRoles(userId: "${user.id}", agentRole: HELPDESK_AGENT, adminRole: NONE) { id } }`);
      await converge(world.stack, user.accessToken, BY_ROLE, FORBIDDEN, Date.now());
    } finally {
      stop = true;
      await hammer;
    }
  });

  it('probe: a subgraph restarted after the change judges its first request on it (caught up from the outbox at start)', async () => {
    const user = await newUser();
    const demoted = await newUser();
    await world.stack.stopSubgraph('customers');
    await asAnna(`mutation { deactivatePartnerUser(userId: "${user.id}") { id } }`);
    await asAnna(`mutation { setPartnerUserRoles(userId: "${demoted.id}", agentRole: HELPDESK_AGENT, adminRole: NONE) { id } }`);
    await world.stack.restartSubgraph('customers');
    await expectNow(world.stack, user.accessToken, [{ target: 'customers', query: '{ customers { totalCount } }' }], SESSION_REVOKED);
    await expectNow(world.stack, demoted.accessToken, [{ target: 'customers', query: '{ customerLeads { totalCount } }' }], FORBIDDEN);
  });

  it('probe: a token from before sid/ver/oev is INVALID_TOKEN everywhere, and the message says to sign in again', async () => {
    const signer = createTokenSigner(world.stack.keys, world.stack.config.jwt);
    const { token } = await signer.signAccessToken({
      sub: 'x', tid: TENANT.contoso, pid: TENANT.contoso, pst: 'ACTIVE', agr: 'ADMIN_AGENT', adr: 'GLOBAL_ADMIN', mcp: false, tga: true,
    } as never);
    for (const target of TARGETS) {
      const result = await graphql(urlOf(world.stack, target), '{ __typename }', { token });
      expect({ target, status: result.status, error: result.errors?.[0] }).toEqual({ target, status: 401, error: expect.objectContaining({
        message: expect.stringContaining('Sign in again'), extensions: expect.objectContaining({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' }) }) });
      const live = await subscribeOnce(world.stack, target, token, STREAM_AT[target]);
      await live.close();
      expect({ target, close: endOf(live).close }).toEqual({ target, close: 4403 });
    }
  });

  it('probe: a stream is never handed an event committed after its session ended (the deactivation itself included)', async () => {
    const stale: string[] = [];
    for (let round = 0; round < 5; round += 1) {
      const user = await newUser();
      const streams = (['identity', 'gateway'] as Target[]).map((target) => ({
        target, live: new LiveSubscription(urlOf(world.stack, target), user.accessToken, USER_STREAM) }));
      try {
        await settle();
        await asAnna(`mutation { deactivatePartnerUser(userId: "${user.id}") { id } }`);
        for (const { target, live } of streams) {
          await live.until(() => live.completed);
          if (live.results.some((result) => Object.values(result.data ?? {}).some((value) => value !== null))) stale.push(`${target}: ${JSON.stringify(live.results)}`);
        }
      } finally {
        await Promise.all(streams.map(({ live }) => live.close()));
      }
    }
    expect(stale).toEqual([]);
  });

  it('probe: a refresh token spent twice ends its session: every access token of the family is refused at once', async () => {
    const user = await newUser();
    const refresh = (token: string) => world.stack.query<{ refreshAccessToken: { accessToken: string } | null }>(
      'mutation ($r: String!) { refreshAccessToken(refreshToken: $r) { accessToken } }', { variables: { r: token } });
    const second = (await refresh(user.refreshToken)).data!.refreshAccessToken!.accessToken;
    await expectNow(world.stack, second, everywhere.slice(0, 1), 'allowed');
    expect((await refresh(user.refreshToken)).errors?.[0]?.extensions?.reason).toBe('INVALID_REFRESH_TOKEN');
    const since = Date.now();
    await converge(world.stack, user.accessToken, everywhere, SESSION_REVOKED, since);
    await converge(world.stack, second, everywhere, SESSION_REVOKED, since);
  });

  it('probe: organization suspended — an open SSE stream ends ACCOUNT_UNDER_REVIEW; new streams at every service refused; reinstated: allowed', async () => {
    const fabio = await world.stack.signIn('fabio@fabrikam.it');
    const underReview = { code: 'FORBIDDEN', reason: 'ACCOUNT_UNDER_REVIEW' };
    const sse = new SseSubscription(world.stack.gatewayUrl, fabio, STREAM_AT.customers);
    await settle();
    try {
      await world.changeProgramStatus({ organizationId: TENANT.fabrikam, action: 'suspend', reason: 'Compliance review' });
      await sse.until(() => sse.completed);
      expect(sse.end).toEqual(underReview);
      for (const target of TARGETS) {
        const live = await subscribeOnce(world.stack, target, fabio, STREAM_AT[target === 'gateway' ? 'customers' : target]);
        await live.close();
        expect({ target, ...endOf(live) }).toEqual({ target, ...underReview });
      }
    } finally {
      await sse.close();
      await world.changeProgramStatus({ organizationId: TENANT.fabrikam, action: 'reinstate' });
    }
    await converge(world.stack, fabio, [{ target: 'customers', query: '{ customers { totalCount } }' }, { target: 'gateway', query: REQUEST_DAP }], 'allowed', Date.now());
  });

  it('probe: organization approved — a token from before startEnrollment opens streams at identity and partners directly and over SSE, and they deliver', async () => {
    const { applicationId, newcomer, tokenBeforeEnrollment: token } = await enrollForReview(world, 'probeapproved', '8000003');
    await world.review({ applicationId, decision: 'APPROVE', reviewer: 'test' });
    await converge(world.stack, token, [{ target: 'identity', query: PARTNER_USERS }, { target: 'partners', query: '{ invoices { totalCount } }' }],
      'allowed', Date.now());
    const streams = (['identity', 'partners'] as Target[]).map((target) => ({
      target, live: new LiveSubscription(urlOf(world.stack, target), token, STREAM_AT[target]) }));
    const sse = new SseSubscription(world.stack.gatewayUrl, token, USER_STREAM);
    try {
      await settle();
      for (const change of [`mutation { updatePartnerUser(id: "${newcomer.userId}", input: { lastName: "Approved" }) { id } }`,
        'mutation { updateSupportProfile(input: { email: "support@probeapproved.it", telephone: "+39 02 5555555" }) { email } }']) {
        expect((await world.stack.query(change, { token })).errors).toBeUndefined();
      }
      for (const { target, live } of streams) {
        await live.until(() => live.results.length > 0 || live.completed);
        expect({ target, errors: live.results[0]?.errors, completed: live.completed }).toEqual({ target, errors: undefined, completed: false });
      }
      await sse.until(() => sse.results.length > 0 || sse.completed);
      expect({ errors: sse.results[0]?.errors, completed: sse.completed }).toEqual({ errors: undefined, completed: false });
    } finally {
      await Promise.all([...streams.map(({ live }) => live.close()), sse.close()]);
    }
  });

  it('probe: organization rejected — new streams at every service and over SSE answer ACCOUNT_REJECTED', async () => {
    const { applicationId, tokenBeforeEnrollment: token } = await enrollForReview(world, 'proberejected', '8000004');
    await world.review({ applicationId, decision: 'REJECT', reason: 'Business could not be verified' });
    const rejected = { code: 'FORBIDDEN', reason: 'ACCOUNT_REJECTED' };
    await converge(world.stack, token, [{ target: 'identity', query: PARTNER_USERS }, { target: 'customers', query: '{ customers { totalCount } }' }],
      rejected, Date.now());
    await newStreamsRefused(token, rejected, rejected);
  });

  /** Ends every LISTEN connection of the stack's database: each service's access-state feed and event hub drop. */
  const dropListeners = () => world.db.query(`select pg_terminate_backend(pid) from pg_stat_activity
    where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen %'`);

  it('probe: every LISTEN connection dropped just before a deactivation: enforced everywhere within one second anyway', async () => {
    const user = await newUser();
    await dropListeners();
    await asAnna(`mutation { deactivatePartnerUser(userId: "${user.id}") { id } }`);
    await converge(world.stack, user.accessToken, everywhere, SESSION_REVOKED, Date.now());
  });

  it('probe: a feed that cannot read after a lost connection: ACCESS_STATE_UNAVAILABLE, sockets 1013, open streams end, not ready but alive; then back', async () => {
    const user = await newUser();
    const fabio = await world.stack.signIn('fabio@fabrikam.it');
    const health = (target: Target, path: string) => fetch(new URL(path, urlOf(world.stack, target))).then((response) => response.status);
    const streams = (['partners', 'gateway'] as Target[]).map((target) => ({
      target, live: new LiveSubscription(urlOf(world.stack, target), fabio, STREAM_AT.partners) }));
    await settle();
    await world.db.query('alter function identity.events_after(bigint, int) rename to events_after_down');
    try {
      await dropListeners();
      const unavailable = { code: 'SERVICE_UNAVAILABLE', reason: 'ACCESS_STATE_UNAVAILABLE' };
      await converge(world.stack, user.accessToken, everywhere, unavailable, Date.now(), 10_000);
      // an event for the open streams while the view cannot be trusted: never delivered on a stale judgement
      await world.changeProgramStatus({ organizationId: TENANT.fabrikam, action: 'suspend', reason: 'Compliance review' });
      for (const { target, live } of streams) {
        await live.until(() => live.completed);
        expect({ target, results: live.results }).toEqual({ target, results: [expect.objectContaining({
          data: { organizationChanged: null }, errors: [expect.objectContaining({ extensions: expect.objectContaining(unavailable) })] })] });
      }
      await Promise.all(TARGETS.map(async (target) => {
        const result = await graphql(urlOf(world.stack, target), '{ __typename }', { token: user.accessToken });
        const anonymous = await graphql(urlOf(world.stack, target), '{ __typename }');
        const live = await subscribeOnce(world.stack, target, user.accessToken, STREAM_AT[target]);
        await live.close();
        expect({ target, status: result.status, anonymous: anonymous.errors, close: endOf(live), ready: await health(target, '/readyz'), alive: await health(target, '/healthz') })
          .toEqual({ target, status: 503, anonymous: undefined, close: { close: 1013, reason: 'ACCESS_STATE_UNAVAILABLE' }, ready: 503, alive: 200 });
      }));
      for (const target of ['gateway', 'partners'] as Target[]) {
        expect({ target, ...await exportOf(target, user.accessToken) }).toEqual({ target, status: 503, ...unavailable });
      }
    } finally {
      await Promise.all(streams.map(({ live }) => live.close()));
      await world.db.query('alter function identity.events_after_down(bigint, int) rename to events_after');
      await world.changeProgramStatus({ organizationId: TENANT.fabrikam, action: 'reinstate' });
    }
    await converge(world.stack, user.accessToken, everywhere, 'allowed', Date.now(), 15_000);
    for (const target of TARGETS) expect({ target, ready: await health(target, '/readyz') }).toEqual({ target, ready: 200 });
  });
});
