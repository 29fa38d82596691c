import type { EntityManager } from 'typeorm';
import type { SubgraphContext } from '../../kit/context.js';
import { DomainError } from '../../kit/errors.js';
import type { Principal } from '../../kit/principal.js';
import type { CustomersRuntime } from '../deps.js';
import type { PartnerCaller } from '../events.js';
import type { CustomersLoaders } from '../loaders.js';

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

export const organizationRef = (id: string | null) => (id ? { __typename: 'PartnerOrganization', id } : null);
export const userRef = (id: string | null) => (id ? { __typename: 'PartnerUser', id } : null);
