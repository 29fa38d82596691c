import type { Principal } from '../kit/principal.js';
import type { User } from './model/user.js';

/**
 * Who may see a row of this subgraph (DOMAIN.md §4.4). The row-level security policy on `identity.users`
 * (migration 1732407000000) is the second lock; test/e2e/visibility-rls.test.ts keeps the two in agreement.
 */

/** T-11: partner users are visible only inside their own tenant (organization id = tenant id, §0). */
export function partnerUserVisibleTo(user: Pick<User, 'tenantId'>, principal: Pick<Principal, 'tenantId'> | null | undefined): boolean {
  return Boolean(principal) && user.tenantId === principal!.tenantId;
}
