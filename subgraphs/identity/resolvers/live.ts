import type { EventHub } from '../../kit/event-hub.js';
import type { StoredEvent } from '../../kit/events.js';
import { liveField } from '../../kit/live-field.js';
import type { IdentityContext } from '../context.js';
import type {
  PartnerUserChange, PartnerUserChangedEvent, PartnerUserChangedEventResolvers, SubscriptionPartnerUserChangedArgs,
} from '../generated/resolvers.js';
import { grants } from '../permissions.js';
import { visibleUser } from '../visibility.js';

const CHANGES: Record<string, PartnerUserChange> = {
  PartnerUserCreated: 'CREATED',
  PartnerUserUpdated: 'UPDATED',
  PartnerUserRolesChanged: 'ROLES_CHANGED',
  PartnerUserPasswordReset: 'PASSWORD_RESET',
  PartnerUserPasswordChanged: 'PASSWORD_CHANGED',
  PartnerUserDeactivated: 'DEACTIVATED',
  PartnerUserRestored: 'RESTORED',
};

// One event reaches every dashboard of its organization: load its user once per event, not once per
// subscriber. Visibility is still decided per subscriber (visibleUser on the shared row).
const recentLoads = new Map<string, Promise<unknown>>();

function userOf(eventId: string, id: string | null | undefined, ctx: IdentityContext) {
  if (!id) return null;
  const key = `${eventId}:${id}`;
  let load = recentLoads.get(key);
  if (!load) {
    load = ctx.loaders.user.load(id);
    recentLoads.set(key, load);
    if (recentLoads.size > 256) recentLoads.delete(recentLoads.keys().next().value!);
  }
  return load.then((user) => {
    if (user) ctx.loaders.user.prime(id, user as never);
    return visibleUser(id, ctx);
  });
}

/** What the stream yields for one event: the event's own fields, its users by id (resolved per subscriber). */
type LivePayload = Pick<PartnerUserChangedEvent, 'eventId' | 'change' | 'occurredAt'> & { userId?: string; actorId?: string | null };

/** §5 partnerUserChanged: GA and UMA of the same organization. */
export function liveResolvers(hub: () => EventHub) {
  return {
    Subscription: {
      partnerUserChanged: liveField<SubscriptionPartnerUserChangedArgs>(hub, {
        grant: grants.userManagers,
        accepts: (event, principal) => event.type in CHANGES && event.partnerIds.includes(principal.partnerId ?? ''),
        payload: (event: StoredEvent): LivePayload => ({
          eventId: event.id,
          change: CHANGES[event.type],
          occurredAt: event.occurredAt,
          userId: (event.payload.user as { id?: string } | undefined)?.id,
          actorId: event.actor.userId,
        }),
      }),
    },
    PartnerUserChangedEvent: {
      user: (event: LivePayload, _: unknown, ctx: IdentityContext) => userOf(event.eventId, event.userId, ctx),
      actor: (event: LivePayload, _: unknown, ctx: IdentityContext) => userOf(event.eventId, event.actorId, ctx),
    } satisfies PartnerUserChangedEventResolvers,
  };
}
