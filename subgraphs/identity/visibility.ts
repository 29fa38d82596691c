import { isOwnOrganization, principalOf } from '../kit/callers.js';
import { DomainError } from '../kit/errors.js';
import type { Principal } from '../kit/principal.js';
import { isUuid } from '../kit/values.js';
import type { IdentityContext } from './context.js';
import type { User } from './model/user.js';

/**
 * Who may see a row of this subgraph (DOMAIN.md §4.4). The row-level security policy on `identity.users`
 * (migration 1732407000000) is the second lock; test/e2e/visibility-rls.test.ts keeps the two in agreement.
 */

/** T-11: partner users are visible only inside their own tenant (organization id = tenant id, §0). */
export function partnerUserVisibleTo(user: Pick<User, 'tenantId'>, principal: Pick<Principal, 'tenantId'> | null | undefined): boolean {
  return Boolean(principal) && user.tenantId === principal!.tenantId;
}

/**
 * The user with this id if the caller may see it (T-11, {@link partnerUserVisibleTo}), else null: a malformed id,
 * a user that does not exist and another tenant's user alike. Reads through the request's user loader.
 */
export async function visibleUser(id: string, ctx: IdentityContext): Promise<User | null> {
  if (!isUuid(id)) return null;
  const user = await ctx.loaders.user.load(id);
  return user && partnerUserVisibleTo(user, ctx.principal) ? user : null;
}

/**
 * T-1: a partner organization's identity data (its tenant, its users) is for its own members only. Throws DomainError
 * UNAUTHENTICATED for an anonymous caller and NOT_FOUND, never FORBIDDEN, for another organization's.
 */
export function requireOwnOrganization(organizationId: string, ctx: IdentityContext): void {
  if (!isOwnOrganization(organizationId, principalOf(ctx).partnerId)) throw new DomainError('NOT_FOUND');
}
