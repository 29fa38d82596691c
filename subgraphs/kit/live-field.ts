import { assertGrant, type Grant } from './authorization.js';
import type { EventHub, StreamRequest } from './event-hub.js';
import type { StoredEvent } from './events.js';
import type { StreamItem } from './live-stream.js';
import type { Principal } from './principal.js';

export interface LiveFieldSpec<TArgs> {
  /**
   * who may subscribe: the §5 audience's grant in the subgraph's authorization table, judged by `grantRefusal`
   * at subscribe time and again on every access change (issue 14) — the same refusal as the shield rule's
   */
  grant: Grant;
  /** per event: may this principal, with these arguments, see it */
  accepts(event: StoredEvent, principal: Principal, args: TArgs): boolean;
  /** the GraphQL payload of an event */
  payload(event: StoredEvent): unknown;
}

/** The subscribe-time check, run again by the hub whenever the subscriber's access changes (issue 14). */
function assertMaySubscribe(principal: Principal | null, grant: Grant): Principal {
  assertGrant(principal, grant);
  return principal;
}

/** A subscription's context: the principal its events are rendered for, shield's per-context rule cache. */
interface LiveContext {
  principal: Principal | null;
  renewLoaders?: () => void;
  _shield?: unknown;
}

const streams = new WeakMap<object, StreamRequest>();

/**
 * A subscription field fed by the subgraph's EventHub: authorized at subscribe time, filtered per event,
 * ended when the caller's access no longer allows it, resumable with `after: <last eventId>`.
 */
export function liveField<TArgs extends { after?: string | null }>(hub: () => EventHub, spec: LiveFieldSpec<TArgs>) {
  return {
    subscribe(_: unknown, args: TArgs, ctx: LiveContext) {
      const principal = assertMaySubscribe(ctx.principal, spec.grant);
      const request: StreamRequest = {
        principal,
        afterId: args.after ?? null,
        accepts: (event, current) => spec.accepts(event, current, args),
        authorize: (current) => assertMaySubscribe(current, spec.grant),
      };
      streams.set(ctx, request);
      return hub().subscribe(request);
    },
    resolve(item: StreamItem, _args: TArgs, ctx: LiveContext) {
      if ('end' in item) throw item.end;
      // Issue 14: each event is rendered for the subscriber as the hub last judged it, the shield's cached
      // verdicts on the old principal forgotten.
      const current = streams.get(ctx)?.principal;
      if (current && current !== ctx.principal) {
        ctx.principal = current;
        delete ctx._shield;
      }
      ctx.renewLoaders?.();
      return spec.payload(item.event);
    },
  };
}
