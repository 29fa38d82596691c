import type { SubgraphContext } from '../../kit/context.js';
import { DomainError } from '../../kit/errors.js';
import type { PartnersLoaders } from '../loaders.js';
import type { Organization } from '../model/organization.js';
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

/** A PartnerUser reference for identity to resolve; null for none. */
export function userRef(id: string): { __typename: 'PartnerUser'; id: string };
export function userRef(id: string | null): { __typename: 'PartnerUser'; id: string } | null;
export function userRef(id: string | null) {
  return id ? { __typename: 'PartnerUser' as const, id } : null;
}

/**
 * The organization a row names by its foreign key (a provider, a reseller, the log's owner): headers are readable to
 * every partner (row-level security; T-2 is the fields' own rule), so it exists.
 */
export const namedOrganization = (id: string, ctx: Context) => ctx.loaders.organization.load(id) as Promise<Organization>;
