import { AccessStateUnavailable } from '../../platform/access-state.js';
import { AccessView, emptyAccessChange } from '../../platform/access-view.js';
import type { AccessClaims } from '../../platform/tokens.js';
import { MemoryEventFeed, memoryAccessState } from '../helpers/access.js';

/** Issue 14: the access-state view each service judges tokens on, fed by the owners' events (docs/events.md). */

const claims = (overrides: Partial<AccessClaims> = {}): AccessClaims => ({
  sub: 'u1', tid: 't1', pid: 't1', pst: 'ACTIVE', agr: 'ADMIN_AGENT', adr: 'GLOBAL_ADMIN', mcp: false, tga: true,
  sid: 's1', ver: 3, oev: 10, ...overrides,
});

const user = (accessVersion: number, sessionsValidFrom: number, overrides: Record<string, unknown> = {}) => ({
  id: 'u1', tenantId: 't1', agentRole: 'HELPDESK_AGENT', adminRole: 'NONE', state: 'ACTIVE', mustChangePassword: false,
  accessVersion, sessionsValidFrom, ...overrides,
});

describe('AccessView: a token judged on what changed after it was issued', () => {
  const apply = (view: AccessView, producer: 'identity' | 'partners', id: number, type: string, payload: Record<string, unknown>,
    occurredAt = new Date()) => {
    const change = emptyAccessChange();
    view.apply({ producer, id: String(id), type, payload, occurredAt }, change);
    return change;
  };

  it('nothing changed: the token\'s own claims, as they are', () => {
    const token = claims();
    expect(new AccessView().currentClaims(token)).toBe(token);
  });

  it('§3.4 roles changed after the token: its current roles; a token issued after the change keeps its own', () => {
    const view = new AccessView();
    const change = apply(view, 'identity', 1, 'PartnerUserRolesChanged', { user: user(4, 0) });
    expect([...change.userIds]).toEqual(['u1']);
    expect(view.currentClaims(claims())).toMatchObject({ agr: 'HELPDESK_AGENT', adr: 'NONE', sid: 's1' });
    const later = claims({ ver: 4, agr: 'HELPDESK_AGENT', adr: 'NONE' });
    expect(view.currentClaims(later)).toBe(later);
  });

  it('§3.4 a change that ends sessions (reset, deactivation, sign-out everywhere): earlier tokens are revoked, later ones are not', () => {
    const view = new AccessView();
    apply(view, 'identity', 1, 'PartnerUserPasswordReset', { user: user(4, 4, { mustChangePassword: true }) });
    expect(view.currentClaims(claims())).toBeNull();
    expect(view.currentClaims(claims({ ver: 4, sid: 's2', mcp: true }))).toMatchObject({ mcp: true });
  });

  it('a deactivated user\'s older tokens are revoked whatever the versions say', () => {
    const view = new AccessView();
    apply(view, 'identity', 1, 'PartnerUserDeactivated', { user: user(4, 0, { state: 'INACTIVE' }) });
    expect(view.currentClaims(claims())).toBeNull();
  });

  it('SessionRevoked ends that session only', () => {
    const view = new AccessView();
    const change = apply(view, 'identity', 1, 'SessionRevoked', { session: { id: 's1', userId: 'u1' }, reason: 'SIGNED_OUT' });
    expect([...change.sessionIds]).toEqual(['s1']);
    expect(view.currentClaims(claims())).toBeNull();
    expect(view.currentClaims(claims({ sid: 's2' }))).not.toBeNull();
  });

  it('events are applied once, in order: an older snapshot never replaces a newer one', () => {
    const view = new AccessView();
    apply(view, 'identity', 2, 'PartnerUserRolesChanged', { user: user(5, 0, { agentRole: 'NONE' }) });
    apply(view, 'identity', 1, 'PartnerUserRolesChanged', { user: user(4, 0) });
    expect(view.currentClaims(claims())).toMatchObject({ agr: 'NONE' });
  });

  it('R-23 organization status changed after the token (even one from before the organization existed): the current status', () => {
    const view = new AccessView();
    const change = apply(view, 'partners', 11, 'PartnerOrganizationSuspended', { organization: { id: 't1', programStatus: 'SUSPENDED' } });
    expect([...change.organizationIds]).toEqual(['t1']);
    expect(view.currentClaims(claims())).toMatchObject({ pid: 't1', pst: 'SUSPENDED' });
    expect(view.currentClaims(claims({ pid: null, pst: null }))).toMatchObject({ pid: 't1', pst: 'SUSPENDED' });
    expect(view.currentClaims(claims({ oev: 11 }))).toMatchObject({ pst: 'ACTIVE' });
    apply(view, 'partners', 12, 'PartnerOrganizationDeleted', { organizationId: 't1' });
    expect(view.currentClaims(claims())).toMatchObject({ pid: null, pst: null });
  });

  it('forgets changes older than the window: every token issued before them has expired', () => {
    const view = new AccessView();
    apply(view, 'identity', 1, 'PartnerUserRolesChanged', { user: user(4, 0) }, new Date(Date.now() - 20 * 60_000));
    apply(view, 'identity', 2, 'SessionRevoked', { session: { id: 's9', userId: 'u2' } }, new Date(Date.now() - 20 * 60_000));
    apply(view, 'partners', 3, 'PartnerProfileChanged', { organization: { id: 't2', programStatus: 'ACTIVE' } });
    view.prune(Date.now() - 16 * 60_000);
    expect(view.size).toBe(1);
  });

  it('ignores what does not concern access: user snapshots from before access versions, other events', () => {
    const view = new AccessView();
    apply(view, 'identity', 1, 'PartnerUserUpdated', { user: { id: 'u1', agentRole: 'NONE', adminRole: 'NONE', state: 'ACTIVE' } });
    apply(view, 'identity', 2, 'TenantCreated', { tenant: { id: 't1' } });
    expect(view.size).toBe(0);
  });
});

describe('AccessState: loaded at start, current from the feed, never trusted while catching up', () => {
  const rolesChanged = (version: number) => ({ type: 'PartnerUserRolesChanged', payload: { user: user(version, 0) } });

  it('loads the events of the last token lifetime only, then follows the feed and reports each change', async () => {
    const feed = new MemoryEventFeed();
    feed.append('identity', { ...rolesChanged(4), occurredAt: new Date(Date.now() - 30 * 60_000) });
    feed.append('identity', { type: 'SessionRevoked', payload: { session: { id: 's7', userId: 'u7' } } });
    const { access } = await memoryAccessState(feed);
    expect(access.current).toBe(true);
    expect(access.currentClaims(claims())).toMatchObject({ agr: 'ADMIN_AGENT' });
    expect(access.currentClaims(claims({ sub: 'u7', sid: 's7' }))).toBeNull();
    const changed = new Promise<string[]>((resolve) => access.onChange((change) => resolve([...change.userIds])));
    feed.append('identity', rolesChanged(5));
    expect(await changed).toEqual(['u1']);
    expect(access.currentClaims(claims())).toMatchObject({ agr: 'HELPDESK_AGENT' });
    await access.stop();
  });

  it('after a lost connection a request waits until the missed events are read, then is judged on them', async () => {
    const { access, feed } = await memoryAccessState();
    feed.lose();
    expect(access.current).toBe(false);
    feed.append('identity', rolesChanged(5), false);
    const judged = access.evaluate(claims());
    feed.resume();
    await expect(judged).resolves.toMatchObject({ agr: 'HELPDESK_AGENT' });
    expect(access.current).toBe(true);
    await access.stop();
  });

  it('refuses rather than judge on a stale view: AccessStateUnavailable after the wait; current again once the feed reads', async () => {
    const { access, feed } = await memoryAccessState(undefined, { waitMs: 50 });
    feed.lose();
    feed.failing = true;
    feed.resume();
    await expect(access.evaluate(claims())).rejects.toBeInstanceOf(AccessStateUnavailable);
    feed.failing = false;
    feed.append('identity', rolesChanged(5));
    await expect(access.evaluate(claims())).resolves.toMatchObject({ agr: 'HELPDESK_AGENT' });
    await access.stop();
  });

  it('readUpToNow: reads what was committed before the call even when no notification came (a live stream syncs on it)', async () => {
    const { access, feed } = await memoryAccessState();
    const changes: string[][] = [];
    access.onChange((change) => changes.push([...change.userIds]));
    feed.append('identity', rolesChanged(5), false);
    expect(access.currentClaims(claims())).toMatchObject({ agr: 'ADMIN_AGENT' });
    await access.readUpToNow();
    expect(changes).toEqual([['u1']]);
    expect(access.currentClaims(claims())).toMatchObject({ agr: 'HELPDESK_AGENT' });
    await access.stop();
  });

  it('readUpToNow rejects with AccessStateUnavailable when the feed cannot be read within the wait', async () => {
    const { access, feed } = await memoryAccessState(undefined, { waitMs: 50 });
    feed.failing = true;
    await expect(access.readUpToNow()).rejects.toBeInstanceOf(AccessStateUnavailable);
    expect(access.current).toBe(false);
    feed.failing = false;
    await access.readUpToNow();
    expect(access.current).toBe(true);
    await access.stop();
  });
});
