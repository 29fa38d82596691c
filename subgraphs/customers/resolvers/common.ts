import type { EntityManager } from 'typeorm';
import type { SubgraphContext } from '../../kit/context.js';
import { DomainError } from '../../kit/errors.js';
import type { Principal } from '../../kit/principal.js';
import type { CustomersRuntime } from '../deps.js';
import type { PartnerCaller } from '../events.js';
import type { CustomersLoaders } from '../loaders.js';
import type { Customer } from '../model/customer.js';

export type Context = SubgraphContext<CustomersLoaders>;
export type Runtime = CustomersRuntime;

/** A member of a partner organization (T-1: every query below is scoped by this id). */
export function partnerCallerOf(ctx: Context): PartnerCaller {
  const principal = ctx.principal;
  if (!principal?.partnerId) throw new DomainError('NOT_FOUND');
  return { userId: principal.userId, partnerId: principal.partnerId, agentRole: principal.agentRole, adminRole: principal.adminRole };
}

export function principalOf(ctx: Context): Principal {
  if (!ctx.principal) throw new DomainError('UNAUTHENTICATED');
  return ctx.principal;
}

/** One mutation = one transaction with its events (STYLE.md, DESIGN.md "Events"). */
export function inTransaction<T>(ctx: Context, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return ctx.db.transaction(work);
}

/** A PartnerOrganization reference for partners to resolve; null for none. */
export function organizationRef(id: string): { __typename: 'PartnerOrganization'; id: string };
export function organizationRef(id: string | null): { __typename: 'PartnerOrganization'; id: string } | null;
export function organizationRef(id: string | null) {
  return id ? { __typename: 'PartnerOrganization' as const, id } : null;
}

/** A PartnerUser reference for identity to resolve; null for none. */
export function userRef(id: string): { __typename: 'PartnerUser'; id: string };
export function userRef(id: string | null): { __typename: 'PartnerUser'; id: string } | null;
export function userRef(id: string | null) {
  return id ? { __typename: 'PartnerUser' as const, id } : null;
}

/**
 * The customer a row the caller sees names by its foreign key (a subscription, a user, a relationship, a service
 * request): such a row exists only beside a relationship of the caller or a partner, never deleted, so the customer is
 * visible to the caller (row-level security) and exists.
 */
export const namedCustomer = (id: string, ctx: Context) => ctx.loaders.customer.load(id) as Promise<Customer>;
