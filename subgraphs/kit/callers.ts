import { DomainError } from './errors.js';
import type { Actor } from './events.js';
import type { Principal } from './principal.js';

/** A member of a partner organization acting for it (T-1: every query of the request is scoped by `partnerId`). */
export interface PartnerCaller {
  userId: string;
  partnerId: string;
  agentRole: string;
  adminRole: string;
}

/**
 * T-1: the organization with this id is the caller's own (`partnerId`: the caller's organization; null or undefined
 * for a caller that is not a partner, who owns none). What only the own organization shows — its profiles, enrollment,
 * lists, directory profile — asks this (each subgraph's visibility.ts re-exports it).
 */
export function isOwnOrganization(organizationId: string, partnerId: string | null | undefined): boolean {
  return Boolean(partnerId) && organizationId === partnerId;
}

/**
 * The signed-in principal of the request (G1). Throws DomainError UNAUTHENTICATED for an anonymous caller: the one
 * check of every resolver that needs who is asking, behind a shield rule that has usually refused already (§4.2).
 */
export function principalOf(ctx: { principal: Principal | null }): Principal {
  if (!ctx.principal) throw new DomainError('UNAUTHENTICATED');
  return ctx.principal;
}

/**
 * The caller as a member of a partner organization. Throws DomainError NOT_FOUND for anyone else (T-1: for a
 * caller without an organization, no organization's row exists).
 */
export function partnerCallerOf(ctx: { principal: Principal | null }): PartnerCaller {
  const principal = ctx.principal;
  if (!principal?.partnerId) throw new DomainError('NOT_FOUND');
  return { userId: principal.userId, partnerId: principal.partnerId, agentRole: principal.agentRole, adminRole: principal.adminRole };
}

/** The event envelope's actor for a partner user's change (DOMAIN.md §5). */
export const partnerActor = (caller: Pick<PartnerCaller, 'userId' | 'partnerId'>): Actor =>
  ({ kind: 'PARTNER_USER', userId: caller.userId, partnerId: caller.partnerId });

/** A federation reference to identity's PartnerUser, or null for no user. */
export function userRef(id: string): { __typename: 'PartnerUser'; id: string };
export function userRef(id: string | null): { __typename: 'PartnerUser'; id: string } | null;
export function userRef(id: string | null) {
  return id ? { __typename: 'PartnerUser' as const, id } : null;
}

/** A federation reference to partners' PartnerOrganization, or null for no organization. */
export function organizationRef(id: string): { __typename: 'PartnerOrganization'; id: string };
export function organizationRef(id: string | null): { __typename: 'PartnerOrganization'; id: string } | null;
export function organizationRef(id: string | null) {
  return id ? { __typename: 'PartnerOrganization' as const, id } : null;
}
