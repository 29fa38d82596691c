import type { EntityManager } from 'typeorm';
import { recordEvent, type Actor, type NewEvent } from '../kit/events.js';
import type { CustomerUser } from './model/customer-user.js';
import type { CustomerLead } from './model/lead.js';
import type { RelationshipRequest } from './model/request.js';
import type { CustomerRelationship, DelegatedAdminGrant } from './model/relationship.js';
import type { CustomerSubscription } from './model/subscription.js';
import type { CustomerServiceRequest } from './model/support.js';

/** Customers' outbox (docs/events.md, DOMAIN.md §5): written in the mutation's transaction. */
export function recordCustomersEvent(manager: EntityManager, event: NewEvent): Promise<string> {
  return recordEvent(manager, 'customers', event);
}

export interface PartnerCaller {
  userId: string;
  partnerId: string;
  agentRole: string;
  adminRole: string;
}

export const partnerActor = (caller: PartnerCaller): Actor => ({ kind: 'PARTNER_USER', userId: caller.userId, partnerId: caller.partnerId });

export const relationshipSnapshot = (r: CustomerRelationship) => ({
  id: r.id, customerId: r.customerId, partnerId: r.partnerId, type: r.type, state: r.state, source: r.source,
});

export const grantSnapshot = (g: DelegatedAdminGrant) => ({
  id: g.id, customerId: g.customerId, partnerId: g.partnerId, kind: g.kind, state: g.state, removedBy: g.removedBy,
});

/** Never the token or its digest (§5: events carry no secrets). */
export const requestSnapshot = (r: RelationshipRequest) => ({
  id: r.id, requestingPartnerId: r.requestingPartnerId, jointProviderId: r.jointProviderId,
  includeDelegatedAdminPrivileges: r.includeDelegatedAdminPrivileges, state: r.state, acceptedByCustomer: r.acceptedByCustomer,
});

export const subscriptionSnapshot = (s: CustomerSubscription) => ({
  id: s.id, customerId: s.customerId, providerId: s.providerId, resellerId: s.resellerId, resellerMpnId: s.resellerMpnId,
  productFamily: s.productFamily, status: s.status, quantity: s.quantity,
});

export const serviceRequestSnapshot = (r: CustomerServiceRequest) => ({
  id: r.id, customerId: r.customerId, partnerId: r.partnerId, productFamily: r.productFamily, status: r.status,
});

export const leadSnapshot = (l: CustomerLead) => ({ id: l.id, ownerId: l.ownerId, status: l.status, substatus: l.substatus });

/** DelegatedAdminGranted / DelegatedAdminRemoved{removedBy}: the partner's audience (§5). */
export function recordGrantEvent(tx: EntityManager, grant: DelegatedAdminGrant, actor: Actor): Promise<string> {
  return recordCustomersEvent(tx, {
    type: grant.state === 'ACTIVE' ? 'DelegatedAdminGranted' : 'DelegatedAdminRemoved',
    aggregateId: grant.id, partnerIds: [grant.partnerId], actor,
    payload: { grant: grantSnapshot(grant), removedBy: grant.removedBy },
  });
}

/** CustomerRelationshipEstablished{source} / CustomerRelationshipRemoved: each partner sees only its own record (§5). */
export function recordRelationshipEvent(tx: EntityManager, relationship: CustomerRelationship, actor: Actor): Promise<string> {
  return recordCustomersEvent(tx, {
    type: relationship.state === 'ACTIVE' ? 'CustomerRelationshipEstablished' : 'CustomerRelationshipRemoved',
    aggregateId: relationship.id, partnerIds: [relationship.partnerId], actor,
    payload: { relationship: relationshipSnapshot(relationship), source: relationship.source },
  });
}

/** ResellerRelationshipRequestChanged{state}: the requester and, for a joint request, the provider. */
export function recordRequestEvent(tx: EntityManager, request: RelationshipRequest, actor: Actor): Promise<string> {
  return recordCustomersEvent(tx, {
    type: 'ResellerRelationshipRequestChanged', aggregateId: request.id,
    partnerIds: [request.requestingPartnerId, ...(request.jointProviderId ? [request.jointProviderId] : [])], actor,
    payload: { state: request.state, request: requestSnapshot(request) },
  });
}

/** SubscriptionChanged{status,quantity}: the provider that sold it and the reseller it was sold for (T-7). */
export function recordSubscriptionEvent(tx: EntityManager, subscription: CustomerSubscription, actor: Actor): Promise<string> {
  return recordCustomersEvent(tx, {
    type: 'SubscriptionChanged', aggregateId: subscription.id,
    partnerIds: [subscription.providerId, ...(subscription.resellerId ? [subscription.resellerId] : [])], actor,
    payload: { status: subscription.status, quantity: subscription.quantity, subscription: subscriptionSnapshot(subscription) },
  });
}

/** Never the password or its hash (§5: events carry no secrets). */
export const customerUserSnapshot = (u: CustomerUser) => ({
  id: u.id, customerId: u.customerId, userPrincipalName: u.userPrincipalName, isAdmin: u.isAdmin, state: u.state, licenses: u.licenses,
});
