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

export { partnerActor, type PartnerCaller } from '../kit/callers.js';

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
  targetCustomerId: r.targetCustomerId, leadId: r.leadId, customerEmailHint: r.customerEmailHint,
});

export const subscriptionSnapshot = (s: CustomerSubscription) => ({
  id: s.id, customerId: s.customerId, orderId: s.orderId, providerId: s.providerId, resellerId: s.resellerId,
  resellerMpnId: s.resellerMpnId, offerId: s.offerId, offerName: s.offerName, friendlyName: s.friendlyName,
  productFamily: s.productFamily, status: s.status, quantity: s.quantity, autoRenewEnabled: s.autoRenewEnabled,
});

/** No title, description or notes: the activity log shows this to global admins, who may not read requests (C-21). */
export const serviceRequestSnapshot = (r: CustomerServiceRequest) => ({
  id: r.id, customerId: r.customerId, partnerId: r.partnerId, productFamily: r.productFamily, severity: r.severity, status: r.status,
});

export const leadSnapshot = (l: CustomerLead) => ({
  id: l.id, ownerId: l.ownerId, name: l.name, status: l.status, substatus: l.substatus, assignedTo: l.assignedTo,
  notes: l.details?.notes ?? null, convertedRequestId: l.convertedRequestId,
});

/** DelegatedAdminGranted / DelegatedAdminRemoved{removedBy}: the partner's audience (§5); `before`: the grant before. */
export function recordGrantEvent(
  tx: EntityManager, grant: DelegatedAdminGrant, actor: Actor, before: ReturnType<typeof grantSnapshot> | null,
): Promise<string> {
  return recordCustomersEvent(tx, {
    type: grant.state === 'ACTIVE' ? 'DelegatedAdminGranted' : 'DelegatedAdminRemoved',
    aggregateId: grant.id, partnerIds: [grant.partnerId], actor,
    payload: { grant: grantSnapshot(grant), removedBy: grant.removedBy, before },
  });
}

/** What a relationship event adds: the relationship before, and the customer a provider created with it (C-15). */
export interface RelationshipChange {
  before: ReturnType<typeof relationshipSnapshot> | null;
  customer?: { id: string; companyName: string; domain: string; country: string; associatedResellerId: string | null };
}

/** CustomerRelationshipEstablished{source} / CustomerRelationshipRemoved: each partner sees only its own record (§5). */
export function recordRelationshipEvent(
  tx: EntityManager, relationship: CustomerRelationship, actor: Actor, change: RelationshipChange,
): Promise<string> {
  return recordCustomersEvent(tx, {
    type: relationship.state === 'ACTIVE' ? 'CustomerRelationshipEstablished' : 'CustomerRelationshipRemoved',
    aggregateId: relationship.id, partnerIds: [relationship.partnerId], actor,
    payload: { relationship: relationshipSnapshot(relationship), source: relationship.source, ...change },
  });
}

/** ResellerRelationshipRequestChanged{state}: the requester and, for a joint request, the provider; `before`: the request before. */
export function recordRequestEvent(
  tx: EntityManager, request: RelationshipRequest, actor: Actor, before: ReturnType<typeof requestSnapshot> | null,
): Promise<string> {
  return recordCustomersEvent(tx, {
    type: 'ResellerRelationshipRequestChanged', aggregateId: request.id,
    partnerIds: [request.requestingPartnerId, ...(request.jointProviderId ? [request.jointProviderId] : [])], actor,
    payload: { state: request.state, request: requestSnapshot(request), before },
  });
}

/** Why a subscription changed: ordered (§3.5 PENDING), provisioned (PENDING→ACTIVE, same unit of work), or updated (C-13). */
export type SubscriptionChangeKind = 'ORDERED' | 'PROVISIONED' | 'UPDATED';

/** SubscriptionChanged{status,quantity}: the provider that sold it and the reseller it was sold for (T-7). */
export function recordSubscriptionEvent(
  tx: EntityManager, subscription: CustomerSubscription, actor: Actor, change: SubscriptionChangeKind,
  before: ReturnType<typeof subscriptionSnapshot> | null,
): Promise<string> {
  return recordCustomersEvent(tx, {
    type: 'SubscriptionChanged', aggregateId: subscription.id,
    partnerIds: [subscription.providerId, ...(subscription.resellerId ? [subscription.resellerId] : [])], actor,
    payload: { status: subscription.status, quantity: subscription.quantity, subscription: subscriptionSnapshot(subscription), change, before },
  });
}

/** Never the password or its hash (§5: events carry no secrets). */
export const customerUserSnapshot = (u: CustomerUser) => ({
  id: u.id, customerId: u.customerId, userPrincipalName: u.userPrincipalName, isAdmin: u.isAdmin, state: u.state, licenses: u.licenses,
});
