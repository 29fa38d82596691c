import { holds } from '../../kit/authorization.js';
import type { EventHub } from '../../kit/event-hub.js';
import type { StoredEvent } from '../../kit/events.js';
import { liveField } from '../../kit/live-field.js';
import type { Principal } from '../../kit/principal.js';
import type { SubscriptionEnrollmentStatusChangedArgs } from '../generated/resolvers.js';
import type { ContactRequest } from '../model/directory.js';
import type { Partnership } from '../model/partnership.js';
import { grants } from '../permissions.js';
import {
  contactRequestReceivedBy, enrollmentVisibleTo, isOwnOrganization, partnershipVisibleTo, ticketVisibleTo, visibleContactRequest,
  visibleEnrollment, visibleInvitation, visibleOrganization, visiblePartnership, visibleTicket,
} from '../visibility.js';
import type { Context } from './common.js';

/** The event's audience (§5) names the caller's organization (T-1: never a caller that is not a partner). */
const ownOrganization = (event: StoredEvent, principal: Principal) =>
  event.partnerIds.some((id) => isOwnOrganization(id, principal.partnerId));
const idOf = (event: StoredEvent, key: string) => (event.payload[key] as { id?: string } | undefined)?.id;
const envelope = (event: StoredEvent) => ({ eventId: event.id, occurredAt: event.occurredAt });

const PARTNERSHIP_CHANGES: Record<string, string> = {
  PartnershipEstablished: 'ESTABLISHED',
  PartnershipRemoved: 'REMOVED',
  ProviderTenantAdminAccessRevoked: 'PROVIDER_TENANT_ADMIN_ACCESS_REVOKED',
};

/**
 * §5: the partners subgraph's streams, each with its audience checked at subscribe time and per event; the objects
 * they carry resolve through the same visibility rules as queries (visibility.ts).
 */
export function liveResolvers(hub: () => EventHub) {
  return {
    Subscription: {
      // Whoever may read the application (enrollmentVisibleTo): its creator; after approval GA, UMA and admin agents.
      enrollmentStatusChanged: liveField<SubscriptionEnrollmentStatusChangedArgs>(hub, {
        grant: grants.enrollmentSubscribers,
        accepts: (event, principal, args) => {
          if (event.type !== 'EnrollmentStatusChanged') return false;
          const enrollment = event.payload.enrollment as { id: string; organizationId: string; createdBy: string } | undefined;
          if (!enrollment || (args.applicationId && args.applicationId !== enrollment.id)) return false;
          return enrollmentVisibleTo({ tenantId: enrollment.organizationId, createdBy: enrollment.createdBy }, principal);
        },
        payload: (event) => ({
          ...envelope(event), from: event.payload.from ?? null, to: event.payload.to,
          vettingSubStatus: event.payload.vettingSubStatus ?? null, reason: event.payload.reason ?? null,
          enrollmentId: idOf(event, 'enrollment'),
        }),
      }),
      // PartnerOrganizationActivated: GA, UMA; PartnerProfileChanged: GA, UMA, admin agent.
      organizationChanged: liveField(hub, {
        grant: grants.profileReaders,
        accepts: (event, principal) => ownOrganization(event, principal) && (event.type === 'PartnerProfileChanged'
          || (event.type === 'PartnerOrganizationActivated' && holds(principal, grants.activationAudience))),
        payload: (event) => ({
          ...envelope(event), change: event.type === 'PartnerOrganizationActivated' ? 'ACTIVATED' : 'PROFILE_CHANGED',
          section: event.payload.section ?? null, organizationId: idOf(event, 'organization'),
        }),
      }),
      // GA, admin agent and UMA of both organizations.
      partnershipChanged: liveField(hub, {
        grant: grants.profileReaders,
        accepts: (event, principal) => event.type in PARTNERSHIP_CHANGES
          && partnershipVisibleTo(event.payload.partnership as Pick<Partnership, 'providerId' | 'resellerId'>, principal.partnerId),
        payload: (event) => ({ ...envelope(event), change: PARTNERSHIP_CHANGES[event.type], partnershipId: idOf(event, 'partnership') }),
      }),
      // Provider GA and admin agents; the reseller's after it accepted or declined (the event's audience).
      partnershipInvitationChanged: liveField(hub, {
        grant: grants.providerDesk,
        accepts: (event, principal) => event.type === 'PartnershipInvitationChanged' && ownOrganization(event, principal),
        payload: (event) => ({ ...envelope(event), state: event.payload.state, invitationId: idOf(event, 'invitation') }),
      }),
      // T-10: the creating user only.
      partnerSupportTicketChanged: liveField(hub, {
        grant: grants.globalAdmins,
        accepts: (event, principal) => event.type === 'PartnerSupportTicketChanged' && ticketVisibleTo({
          organizationId: event.partnerIds[0], createdBy: (event.payload.ticket as { createdBy?: string } | undefined)?.createdBy ?? '',
        }, principal),
        payload: (event) => ({ ...envelope(event), ticketId: idOf(event, 'ticket') }),
      }),
      // P-22: the provider asked, its GA and admin agents.
      providerContactRequested: liveField(hub, {
        grant: grants.providerDesk,
        accepts: (event, principal) => event.type === 'ProviderContactRequested'
          && contactRequestReceivedBy(event.payload.request as Pick<ContactRequest, 'providerId'>, principal.partnerId),
        payload: (event) => ({ ...envelope(event), requestId: idOf(event, 'request') }),
      }),
    },
    EnrollmentStatusChangedEvent: {
      enrollment: (event: { enrollmentId?: string }, _: unknown, ctx: Context) => visibleEnrollment(event.enrollmentId, ctx),
    },
    OrganizationChangedEvent: {
      organization: (event: { organizationId?: string }, _: unknown, ctx: Context) => visibleOrganization(event.organizationId, ctx),
    },
    PartnershipChangedEvent: {
      partnership: (event: { partnershipId?: string }, _: unknown, ctx: Context) =>
        (event.partnershipId ? visiblePartnership({ id: event.partnershipId }, ctx) : null),
    },
    PartnershipInvitationChangedEvent: {
      invitation: (event: { invitationId?: string }, _: unknown, ctx: Context) => visibleInvitation(event.invitationId, ctx),
    },
    PartnerSupportTicketChangedEvent: {
      ticket: (event: { ticketId?: string }, _: unknown, ctx: Context) => visibleTicket(event.ticketId, ctx),
    },
    ProviderContactRequestedEvent: {
      request: (event: { requestId?: string }, _: unknown, ctx: Context) => visibleContactRequest(event.requestId, ctx),
    },
  };
}
