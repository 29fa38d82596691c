import type { EventHub } from '../../kit/event-hub.js';
import type { StoredEvent } from '../../kit/events.js';
import { liveField } from '../../kit/live-field.js';
import type { Principal } from '../../kit/principal.js';
import type { SubscriptionDelegatedAdminChangedArgs } from '../generated/resolvers.js';
import { grants } from '../permissions.js';
import { visible, visibleIncident } from '../visibility.js';
import type { Context } from './common.js';

const ownOrganization = (event: StoredEvent, principal: Principal) => Boolean(principal.partnerId && event.partnerIds.includes(principal.partnerId));
const snapshot = (event: StoredEvent, key: string) => (event.payload[key] ?? {}) as { id?: string; customerId?: string };
const envelope = (event: StoredEvent) => ({ eventId: event.id, occurredAt: event.occurredAt });
/** The arguments of each stream that narrows to one customer (delegatedAdminChanged, subscriptionChanged …): all alike. */
type CustomerArgs = SubscriptionDelegatedAdminChangedArgs;
const forCustomer = (event: StoredEvent, key: string, args: CustomerArgs) => !args.customerId || snapshot(event, key).customerId === args.customerId;

/**
 * §5: the customers subgraph's streams, each with its audience checked at subscribe time and per event; the
 * objects they carry resolve through the same visibility rules as queries (visibility.ts).
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
      incident: (e: { incidentId?: string }, _: unknown, ctx: Context) => visibleIncident(e.incidentId, ctx),
    },
    ResellerRelationshipRequestChangedEvent: {
      request: (e: { requestId?: string }, _: unknown, ctx: Context) => visible('request', e.requestId, ctx),
    },
    CustomerRelationshipChangedEvent: {
      relationship: (e: { relationshipId?: string }, _: unknown, ctx: Context) => visible('relationship', e.relationshipId, ctx),
    },
    DelegatedAdminChangedEvent: {
      grant: (e: { grantId?: string }, _: unknown, ctx: Context) => visible('grant', e.grantId, ctx),
    },
    SubscriptionChangedEvent: {
      subscription: (e: { subscriptionId?: string }, _: unknown, ctx: Context) => visible('subscription', e.subscriptionId, ctx),
    },
    CustomerServiceRequestChangedEvent: {
      serviceRequest: (e: { serviceRequestId?: string }, _: unknown, ctx: Context) => visible('serviceRequest', e.serviceRequestId, ctx),
    },
    CustomerLeadChangedEvent: {
      lead: (e: { leadId?: string }, _: unknown, ctx: Context) => visible('lead', e.leadId, ctx),
    },
  };
}
