import type { EventHub } from '../../kit/event-hub.js';
import type { StoredEvent } from '../../kit/events.js';
import { liveField } from '../../kit/live-field.js';
import type { Principal } from '../../kit/principal.js';
import type { SubscriptionDelegatedAdminChangedArgs } from '../generated/resolvers.js';
import { grants } from '../permissions.js';
import type { Context } from './common.js';

const ownOrganization = (event: StoredEvent, principal: Principal) => Boolean(principal.partnerId && event.partnerIds.includes(principal.partnerId));
const snapshot = (event: StoredEvent, key: string) => (event.payload[key] ?? {}) as { id?: string; customerId?: string };
const envelope = (event: StoredEvent) => ({ eventId: event.id, occurredAt: event.occurredAt });
/** The arguments of each stream that narrows to one customer (delegatedAdminChanged, subscriptionChanged …): all alike. */
type CustomerArgs = SubscriptionDelegatedAdminChangedArgs;
const forCustomer = (event: StoredEvent, key: string, args: CustomerArgs) => !args.customerId || snapshot(event, key).customerId === args.customerId;

/**
 * §5: the customers subgraph's streams, each with its audience checked at subscribe time and per event; the
 * objects they carry resolve through the same visibility rules as queries (the entity loaders below).
 */
export function liveResolvers(hub: () => EventHub) {
  return {
    Subscription: {
      resellerRelationshipRequestChanged: liveField(hub, {
        grant: grants.relationshipDesk,
        accepts: (event, principal) => event.type === 'ResellerRelationshipRequestChanged' && ownOrganization(event, principal),
        payload: (event) => ({ ...envelope(event), state: event.payload.state, requestId: snapshot(event, 'request').id }),
      }),
      customerRelationshipChanged: liveField(hub, {
        grant: grants.customerReaders,
        accepts: (event, principal) => ['CustomerRelationshipEstablished', 'CustomerRelationshipRemoved'].includes(event.type)
          && ownOrganization(event, principal),
        payload: (event) => ({ ...envelope(event), change: event.type === 'CustomerRelationshipRemoved' ? 'REMOVED' : 'ESTABLISHED',
          source: event.payload.source ?? null, relationshipId: snapshot(event, 'relationship').id }),
      }),
      delegatedAdminChanged: liveField<CustomerArgs>(hub, {
        grant: grants.customerReaders,
        accepts: (event, principal, args) => ['DelegatedAdminGranted', 'DelegatedAdminRemoved'].includes(event.type)
          && ownOrganization(event, principal) && forCustomer(event, 'grant', args),
        payload: (event) => ({ ...envelope(event), change: event.type === 'DelegatedAdminRemoved' ? 'REMOVED' : 'GRANTED',
          customerId: snapshot(event, 'grant').customerId, removedBy: event.payload.removedBy ?? null, grantId: snapshot(event, 'grant').id }),
      }),
      subscriptionChanged: liveField<CustomerArgs>(hub, {
        grant: grants.customerReaders,
        accepts: (event, principal, args) => event.type === 'SubscriptionChanged' && ownOrganization(event, principal)
          && forCustomer(event, 'subscription', args),
        payload: (event) => ({ ...envelope(event), status: event.payload.status, quantity: event.payload.quantity,
          subscriptionId: snapshot(event, 'subscription').id }),
      }),
      customerServiceRequestChanged: liveField<CustomerArgs>(hub, {
        grant: grants.agents,
        accepts: (event, principal, args) => event.type === 'CustomerServiceRequestChanged' && ownOrganization(event, principal)
          && forCustomer(event, 'serviceRequest', args),
        payload: (event) => ({ ...envelope(event), status: event.payload.status, newNote: Boolean(event.payload.newNote),
          serviceRequestId: snapshot(event, 'serviceRequest').id }),
      }),
      // S-12: never for helpdesk agents.
      customerLeadChanged: liveField(hub, {
        grant: grants.relationshipDesk,
        accepts: (event, principal) => event.type === 'CustomerLeadChanged' && ownOrganization(event, principal),
        payload: (event) => ({ ...envelope(event), status: event.payload.status, substatus: event.payload.substatus,
          leadId: snapshot(event, 'lead').id }),
      }),
      serviceHealthChanged: liveField<CustomerArgs>(hub, {
        grant: grants.customerReaders,
        accepts: (event, principal, args) => event.type === 'ServiceIncidentChanged'
          && (event.payload.serviceWide === true ? Boolean(principal.partnerId) : ownOrganization(event, principal))
          && (event.payload.serviceWide === true || forCustomer(event, 'incident', args)),
        payload: (event) => ({ ...envelope(event), status: event.payload.status, resolved: event.payload.resolved,
          customerId: snapshot(event, 'incident').customerId ?? null, incidentId: snapshot(event, 'incident').id }),
      }),
    },
    ServiceHealthChangedEvent: {
      incident: (e: { incidentId?: string }, _: unknown, ctx: Context) => (e.incidentId ? ctx.loaders.incident.load(e.incidentId) : null),
    },
    ResellerRelationshipRequestChangedEvent: {
      request: async (e: { requestId?: string }, _: unknown, ctx: Context) => {
        const request = e.requestId ? await ctx.loaders.request.load(e.requestId) : null;
        return request && request.requestingPartnerId === ctx.principal?.partnerId ? request : null;
      },
    },
    CustomerRelationshipChangedEvent: {
      relationship: async (e: { relationshipId?: string }, _: unknown, ctx: Context) => {
        const relationship = e.relationshipId ? await ctx.loaders.relationship.load(e.relationshipId) : null;
        return relationship && relationship.partnerId === ctx.principal?.partnerId ? relationship : null;
      },
    },
    DelegatedAdminChangedEvent: {
      grant: async (e: { grantId?: string }, _: unknown, ctx: Context) => {
        const grant = e.grantId ? await ctx.loaders.grant.load(e.grantId) : null;
        return grant && grant.partnerId === ctx.principal?.partnerId ? grant : null;
      },
    },
    SubscriptionChangedEvent: {
      subscription: async (e: { subscriptionId?: string }, _: unknown, ctx: Context) => {
        const subscription = e.subscriptionId ? await ctx.loaders.subscription.load(e.subscriptionId) : null;
        const partnerId = ctx.principal?.partnerId;
        return subscription && (subscription.providerId === partnerId || subscription.resellerId === partnerId) ? subscription : null;
      },
    },
    CustomerServiceRequestChangedEvent: {
      serviceRequest: async (e: { serviceRequestId?: string }, _: unknown, ctx: Context) => {
        const request = e.serviceRequestId ? await ctx.loaders.serviceRequest.load(e.serviceRequestId) : null;
        return request && request.partnerId === ctx.principal?.partnerId ? request : null;
      },
    },
    CustomerLeadChangedEvent: {
      lead: async (e: { leadId?: string }, _: unknown, ctx: Context) => {
        const lead = e.leadId ? await ctx.loaders.lead.load(e.leadId) : null;
        return lead && lead.ownerId === ctx.principal?.partnerId ? lead : null;
      },
    },
  };
}
