import type { EventHub, Roles } from '../../kit/event-hub.js';
import type { StoredEvent } from '../../kit/events.js';
import { liveField } from '../../kit/live-field.js';
import type { Principal } from '../../kit/principal.js';

type Reference = (ref: { id: string }, ctx: never) => unknown;

/** The entity resolvers an event payload reuses, so a streamed object obeys the same rules as a queried one. */
export interface LiveReferences {
  relationship: Reference;
  request: Reference;
  grant: Reference;
  subscription: Reference;
  serviceRequest: Reference;
  lead: Reference;
}

const globalAdmin = (roles: Roles) => roles.adminRole === 'GLOBAL_ADMIN';
const adminAgent = (roles: Roles) => roles.agentRole === 'ADMIN_AGENT';
const helpdeskAgent = (roles: Roles) => roles.agentRole === 'HELPDESK_AGENT';
const forOwnOrganization = (event: StoredEvent, principal: Principal) => event.partnerIds.includes(principal.partnerId ?? '');
const snapshot = (event: StoredEvent, key: string) => event.payload[key] as { id?: string; customerId?: string } | undefined;
const envelope = (event: StoredEvent) => ({ eventId: event.id, occurredAt: event.occurredAt });

type CustomerArgs = { after?: string | null; customerId?: string | null };
const forCustomer = (event: StoredEvent, key: string, args: CustomerArgs) =>
  !args.customerId || snapshot(event, key)?.customerId === args.customerId;

/**
 * §5: the customers subgraph's streams. Each event's audience (`partnerIds`) is the organizations it concerns,
 * so one partner never receives another's record (T-4…T-9); the roles of each row are checked at subscribe
 * time, per event, and again whenever the subscriber's roles change.
 */
export function liveResolvers(hub: () => EventHub, references: LiveReferences) {
  const resolve = (reference: Reference, id: string | undefined, ctx: unknown) => (id ? reference({ id }, ctx as never) : null);
  return {
    Subscription: {
      // GA and admin agents of the requester and, for a joint request, of the provider.
      resellerRelationshipRequestChanged: liveField(hub, {
        grant: (roles) => globalAdmin(roles) || adminAgent(roles),
        accepts: (event, principal) => event.type === 'ResellerRelationshipRequestChanged' && forOwnOrganization(event, principal),
        payload: (event) => ({ ...envelope(event), state: event.payload.state, requestId: snapshot(event, 'request')?.id }),
      }),
      // GA, admin and helpdesk agents of each partner that gained (or lost) a relationship: its own record only.
      customerRelationshipChanged: liveField<CustomerArgs>(hub, {
        grant: (roles) => globalAdmin(roles) || adminAgent(roles) || helpdeskAgent(roles),
        accepts: (event, principal, args) => ['CustomerRelationshipEstablished', 'CustomerRelationshipRemoved'].includes(event.type)
          && forOwnOrganization(event, principal) && forCustomer(event, 'relationship', args),
        payload: (event) => ({
          ...envelope(event), change: event.type === 'CustomerRelationshipEstablished' ? 'ESTABLISHED' : 'REMOVED',
          source: event.payload.source ?? null, relationshipId: snapshot(event, 'relationship')?.id,
        }),
      }),
      delegatedAdminChanged: liveField<CustomerArgs>(hub, {
        grant: (roles) => globalAdmin(roles) || adminAgent(roles) || helpdeskAgent(roles),
        accepts: (event, principal, args) => ['DelegatedAdminGranted', 'DelegatedAdminRemoved'].includes(event.type)
          && forOwnOrganization(event, principal) && forCustomer(event, 'grant', args),
        payload: (event) => ({
          ...envelope(event), change: event.type === 'DelegatedAdminGranted' ? 'GRANTED' : 'REMOVED',
          removedBy: event.payload.removedBy ?? null, grantId: snapshot(event, 'grant')?.id,
        }),
      }),
      // T-7: the provider that sold it and the reseller it was sold for.
      subscriptionChanged: liveField<CustomerArgs>(hub, {
        grant: (roles) => globalAdmin(roles) || adminAgent(roles) || helpdeskAgent(roles),
        accepts: (event, principal, args) => event.type === 'SubscriptionChanged' && forOwnOrganization(event, principal)
          && forCustomer(event, 'subscription', args),
        payload: (event) => ({
          ...envelope(event), status: event.payload.status, quantity: event.payload.quantity,
          subscriptionId: snapshot(event, 'subscription')?.id,
        }),
      }),
      // T-9: admin and helpdesk agents of the creating organization.
      customerServiceRequestChanged: liveField<CustomerArgs>(hub, {
        grant: (roles) => adminAgent(roles) || helpdeskAgent(roles),
        accepts: (event, principal, args) => event.type === 'CustomerServiceRequestChanged' && forOwnOrganization(event, principal)
          && forCustomer(event, 'serviceRequest', args),
        payload: (event) => ({ ...envelope(event), serviceRequestId: snapshot(event, 'serviceRequest')?.id }),
      }),
      // S-12: GA and admin agents of the owning organization, never helpdesk.
      customerLeadChanged: liveField(hub, {
        grant: (roles) => globalAdmin(roles) || adminAgent(roles),
        accepts: (event, principal) => event.type === 'CustomerLeadChanged' && forOwnOrganization(event, principal),
        payload: (event) => ({ ...envelope(event), leadId: snapshot(event, 'lead')?.id }),
      }),
    },
    ResellerRelationshipRequestChangedEvent: {
      request: (e: { requestId?: string }, _: unknown, ctx: unknown) => resolve(references.request, e.requestId, ctx),
    },
    CustomerRelationshipChangedEvent: {
      relationship: (e: { relationshipId?: string }, _: unknown, ctx: unknown) => resolve(references.relationship, e.relationshipId, ctx),
    },
    DelegatedAdminChangedEvent: {
      grant: (e: { grantId?: string }, _: unknown, ctx: unknown) => resolve(references.grant, e.grantId, ctx),
    },
    SubscriptionChangedEvent: {
      subscription: (e: { subscriptionId?: string }, _: unknown, ctx: unknown) => resolve(references.subscription, e.subscriptionId, ctx),
    },
    CustomerServiceRequestChangedEvent: {
      serviceRequest: (e: { serviceRequestId?: string }, _: unknown, ctx: unknown) =>
        resolve(references.serviceRequest, e.serviceRequestId, ctx),
    },
    CustomerLeadChangedEvent: {
      lead: (e: { leadId?: string }, _: unknown, ctx: unknown) => resolve(references.lead, e.leadId, ctx),
    },
  };
}
