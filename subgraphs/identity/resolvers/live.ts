import type { EventHub } from '../../kit/event-hub.js';
import type { StoredEvent } from '../../kit/events.js';
import { liveField } from '../../kit/live-field.js';
import type { IdentityContext } from '../context.js';
import { visibleUser } from './users.js';

const CHANGES: Record<string, string> = {
  PartnerUserCreated: 'CREATED',
  PartnerUserUpdated: 'UPDATED',
  PartnerUserRolesChanged: 'ROLES_CHANGED',
  PartnerUserPasswordReset: 'PASSWORD_RESET',
  PartnerUserPasswordChanged: 'PASSWORD_CHANGED',
  PartnerUserDeactivated: 'DEACTIVATED',
  PartnerUserRestored: 'RESTORED',
};

const userOf = (id: string | null | undefined, ctx: IdentityContext) => (id ? visibleUser(id, ctx) : null);

/** §5 partnerUserChanged: GA and UMA of the same organization. */
export function liveResolvers(hub: () => EventHub) {
  return {
    Subscription: {
      partnerUserChanged: liveField<{ after?: string | null }>(hub, {
        grant: (roles) => roles.adminRole === 'GLOBAL_ADMIN' || roles.adminRole === 'USER_MANAGEMENT_ADMIN',
        accepts: (event, principal) => event.type in CHANGES && event.partnerIds.includes(principal.partnerId ?? ''),
        payload: (event: StoredEvent) => ({
          eventId: event.id,
          change: CHANGES[event.type],
          occurredAt: event.occurredAt,
          userId: (event.payload.user as { id?: string } | undefined)?.id,
          actorId: event.actor.userId,
        }),
      }),
    },
    PartnerUserChangedEvent: {
      user: (event: { userId?: string }, _: unknown, ctx: IdentityContext) => userOf(event.userId, ctx),
      actor: (event: { actorId?: string | null }, _: unknown, ctx: IdentityContext) => userOf(event.actorId, ctx),
    },
  };
}
