import type { EntityManager } from 'typeorm';
import type { SubgraphContext } from '../../kit/context.js';
import { DomainError } from '../../kit/errors.js';
import type { Principal } from '../../kit/principal.js';
import type { CustomersRuntime } from '../deps.js';
import type { CustomersLoaders } from '../loaders.js';

export { organizationRef, partnerCallerOf, userRef } from '../../kit/callers.js';

export type Context = SubgraphContext<CustomersLoaders>;
export type Runtime = CustomersRuntime;

export function principalOf(ctx: Context): Principal {
  if (!ctx.principal) throw new DomainError('UNAUTHENTICATED');
  return ctx.principal;
}

/** One mutation = one transaction with its events (STYLE.md, DESIGN.md "Events"). */
export function inTransaction<T>(ctx: Context, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return ctx.db.transaction(work);
}

/** T-1 / T-4: a customer is visible only through the caller organization's own ACTIVE relationship. */
export async function visibleCustomerOf(id: string, ctx: Context) {
  if (!ctx.principal?.partnerId) return null;
  const relationship = await ctx.loaders.myRelationship.load(id);
  return relationship ? ctx.loaders.customer.load(id) : null;
}
