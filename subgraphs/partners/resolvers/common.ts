import { principalOf } from '../../kit/callers.js';
import type { SubgraphContext } from '../../kit/context.js';
import type { PartnersLoaders } from '../loaders.js';
import type { Organization } from '../model/organization.js';
import type { Caller } from '../services/enrollment-store.js';

export { partnerCallerOf, userRef } from '../../kit/callers.js';

export type Context = SubgraphContext<PartnersLoaders>;

/** A signed-in work account (the shield has already required G1 ∧ G2). */
export function callerOf(ctx: Context): Caller {
  const { userId, tenantId } = principalOf(ctx);
  return { userId, tenantId };
}

/**
 * The organization a row names by its foreign key (a provider, a reseller, the log's owner): headers are readable to
 * every partner (row-level security; T-2 is the fields' own rule), so it exists.
 */
export const namedOrganization = (id: string, ctx: Context) => ctx.loaders.organization.load(id) as Promise<Organization>;
