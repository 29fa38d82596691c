import { DomainError } from './errors.js';
import type { Roles, EventHub } from './event-hub.js';
import type { StoredEvent } from './events.js';
import type { StreamItem } from './live-stream.js';
import type { Principal } from './principal.js';

export interface LiveFieldSpec<TArgs> {
  /** the matrix grant for the stream, from the roles alone (re-checked on every role change) */
  grant(roles: Roles): boolean;
  /** G3 applies unless the row waives it */
  requireActiveOrganization?: boolean;
  /** per event: may this principal, with these arguments, see it */
  accepts(event: StoredEvent, principal: Principal, args: TArgs): boolean;
  /** the GraphQL payload of an event */
  payload(event: StoredEvent): unknown;
}

function assertMaySubscribe(principal: Principal | null, spec: LiveFieldSpec<never>): Principal {
  if (!principal) throw new DomainError('UNAUTHENTICATED');
  // §5: sessions that must change their password cannot subscribe.
  if (principal.mustChangePassword) throw new DomainError('PASSWORD_CHANGE_REQUIRED');
  if ((spec.requireActiveOrganization ?? true) && (!principal.partnerId || principal.programStatus !== 'ACTIVE')) {
    throw new DomainError(principal.programStatus === 'REJECTED' ? 'ACCOUNT_REJECTED' : 'ACCOUNT_UNDER_REVIEW');
  }
  if (!spec.grant(principal)) throw new DomainError('NOT_AUTHORISED');
  return principal;
}

/**
 * A subscription field fed by the subgraph's EventHub: authorized at subscribe time, filtered per event,
 * closed when the caller's roles no longer grant it, resumable with `after: <last eventId>`.
 */
export function liveField<TArgs extends { after?: string | null }>(hub: () => EventHub, spec: LiveFieldSpec<TArgs>) {
  return {
    subscribe(_: unknown, args: TArgs, ctx: { principal: Principal | null }) {
      const principal = assertMaySubscribe(ctx.principal, spec as LiveFieldSpec<never>);
      return hub().subscribe({
        principal,
        afterId: args.after ?? null,
        accepts: (event) => spec.accepts(event, principal, args),
        grant: (roles) => spec.grant(roles),
      });
    },
    resolve(item: StreamItem, _args: TArgs, ctx: { renewLoaders?: () => void }) {
      if ('end' in item) throw item.end;
      ctx.renewLoaders?.();
      return spec.payload(item.event);
    },
  };
}
