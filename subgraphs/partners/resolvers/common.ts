import type { SubgraphContext } from '../../kit/context.js';
import { DomainError } from '../../kit/errors.js';
import type { PartnersLoaders } from '../loaders.js';
import type { Caller } from '../services/enrollment-store.js';
import type { PartnerCaller } from '../services/partner-caller.js';

export type Context = SubgraphContext<PartnersLoaders>;

/** A signed-in work account (the shield has already required G1 ∧ G2). */
export function callerOf(ctx: Context): Caller {
  if (!ctx.principal) throw new DomainError('UNAUTHENTICATED');
  return { userId: ctx.principal.userId, tenantId: ctx.principal.tenantId };
}

/** A member of a partner organization (T-1: every query below is scoped by this id). */
export function partnerCallerOf(ctx: Context): PartnerCaller {
  const partnerId = ctx.principal?.partnerId;
  if (!ctx.principal || !partnerId) throw new DomainError('NOT_FOUND');
  return { userId: ctx.principal.userId, partnerId };
}

export const userRef = (id: string | null) => (id ? { __typename: 'PartnerUser', id } : null);
