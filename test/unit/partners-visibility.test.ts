import { randomUUID } from 'node:crypto';
import type { EventHub, StreamRequest } from '../../subgraphs/kit/event-hub.js';
import type { StoredEvent } from '../../subgraphs/kit/events.js';
import type { Principal } from '../../subgraphs/kit/principal.js';
import { liveResolvers } from '../../subgraphs/partners/resolvers/live.js';
import { enrollmentVisibleTo } from '../../subgraphs/partners/visibility.js';

/**
 * §4.4 / issue 15: the partners streams decide each event with the visibility predicates of visibility.ts, the rules
 * the queries and reference resolvers read (P-03 for enrollment applications, P-22, T-2).
 */

const TENANT = randomUUID();
const CREATOR = randomUUID();

/** A signed-in member of `tenantId` (the guards pass: password fresh, every role may subscribe where §5 says so). */
function member(tenantId: string, partnerId: string | null, roles: Partial<Pick<Principal, 'agentRole' | 'adminRole'>> = {}): Principal {
  return {
    userId: randomUUID(), tenantId, partnerId, programStatus: partnerId ? 'ACTIVE' : null, agentRole: 'NONE', adminRole: 'NONE',
    mustChangePassword: false, tenantGlobalAdmin: false, expiresAt: null, token: {} as Principal['token'], ...roles,
  };
}

const event = (type: string, partnerIds: string[], payload: Record<string, unknown>): StoredEvent => ({
  id: '1', type, aggregateId: randomUUID(), partnerIds, actor: { kind: 'SYSTEM' }, payload, correlationId: null, occurredAt: new Date(),
});

/** The per-event check of a partners stream, as its subscription for `principal` hands it to the hub. */
function acceptsOf(field: 'enrollmentStatusChanged' | 'partnershipChanged' | 'providerContactRequested', principal: Principal) {
  let request: StreamRequest | undefined;
  const hub = { subscribe: (wanted: StreamRequest) => { request = wanted; return (async function* empty() {})(); } };
  const subscription = liveResolvers(() => hub as unknown as EventHub).Subscription[field];
  subscription.subscribe(undefined, {} as never, { principal });
  return (e: StoredEvent) => request!.accepts(e, principal);
}

describe('partners streams decide each event by the visibility predicates (§4.4, §5)', () => {
  const enrollmentEvent = event('EnrollmentStatusChanged', [TENANT], {
    from: 'IN_REVIEW', to: 'APPROVED', enrollment: { id: randomUUID(), organizationId: TENANT, status: 'APPROVED', createdBy: CREATOR },
  });

  it('P-03: a token of the tenant without a partner id, GA and admin agent, not the creator, gets no enrollment events', () => {
    const principal = member(TENANT, null, { adminRole: 'GLOBAL_ADMIN', agentRole: 'ADMIN_AGENT' });
    expect(enrollmentVisibleTo({ tenantId: TENANT, createdBy: CREATOR }, principal)).toBe(false); // myEnrollment refuses it
    expect(acceptsOf('enrollmentStatusChanged', principal)(enrollmentEvent)).toBe(false);
  });

  it('P-03: the creator, and the P-03 roles of the organization once their token names it, get them', () => {
    const creator = { ...member(TENANT, null), userId: CREATOR };
    expect(acceptsOf('enrollmentStatusChanged', creator)(enrollmentEvent)).toBe(true);
    const admin = member(TENANT, TENANT, { adminRole: 'USER_MANAGEMENT_ADMIN' });
    expect(acceptsOf('enrollmentStatusChanged', admin)(enrollmentEvent)).toBe(true);
    expect(acceptsOf('enrollmentStatusChanged', member(TENANT, TENANT, { adminRole: 'BILLING_ADMIN' }))(enrollmentEvent)).toBe(false);
    const other = randomUUID();
    expect(acceptsOf('enrollmentStatusChanged', member(other, other, { adminRole: 'GLOBAL_ADMIN' }))(enrollmentEvent)).toBe(false);
  });

  it('T-2: partnership events reach the two parties only', () => {
    const [providerId, resellerId, third] = [randomUUID(), randomUUID(), randomUUID()];
    const changed = event('PartnershipRemoved', [providerId, resellerId], { partnership: { id: randomUUID(), providerId, resellerId } });
    for (const [partnerId, expected] of [[providerId, true], [resellerId, true], [third, false]] as const) {
      expect(acceptsOf('partnershipChanged', member(partnerId, partnerId, { adminRole: 'GLOBAL_ADMIN' }))(changed)).toBe(expected);
    }
  });

  it('P-22: a contact request reaches the provider\'s desk, not the reseller that sent it', () => {
    const [providerId, resellerId] = [randomUUID(), randomUUID()];
    const requested = event('ProviderContactRequested', [providerId, resellerId], { request: { id: randomUUID(), providerId, resellerId } });
    expect(acceptsOf('providerContactRequested', member(providerId, providerId, { agentRole: 'ADMIN_AGENT' }))(requested)).toBe(true);
    expect(acceptsOf('providerContactRequested', member(resellerId, resellerId, { agentRole: 'ADMIN_AGENT' }))(requested)).toBe(false);
  });
});
