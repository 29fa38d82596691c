import { Brackets, type EntityManager } from 'typeorm';
import { keyedEntities } from '../kit/loaders.js';
import type { KeysetList } from '../kit/pagination.js';
import { containsPattern, searchFold } from '../kit/values.js';
import type { IdentityContext } from './context.js';
import type { PartnerUserFilter } from './generated/resolvers.js';
import { UserEntity, type User } from './model/user.js';

/**
 * The keyset lists of this subgraph, as `KeysetList`s for kit's `keysetConnection` (DOMAIN.md §0 Lists): what
 * decides a list's rows, its sort key and its size. Resolvers only check who asks and hand the list on.
 */

/**
 * I-03: the users of the organization whose tenant is `tenantId`, filtered by role, state and a case-insensitive
 * search of display name and email, in name order: keyed by (lower(display_name), id), each page one statement
 * in one transaction, the count one more when asked for. Loaded users are primed into the user loader.
 */
export function partnerUsersList(tenantId: string, filter: PartnerUserFilter, ctx: IdentityContext): KeysetList<User> {
  const search = containsPattern(filter.search);
  // T-11 (visibility.ts partnerUserVisibleTo): only users of the tenant; the caller has been checked to be its member.
  const listed = (manager: EntityManager) => {
    const q = manager.getRepository(UserEntity).createQueryBuilder('u').where('u.tenant_id = :tenantId', { tenantId });
    if (filter.agentRole) q.andWhere('u.agent_role = :agentRole', { agentRole: filter.agentRole });
    if (filter.adminRole) q.andWhere('u.admin_role = :adminRole', { adminRole: filter.adminRole });
    if (filter.state) q.andWhere('u.state = :state', { state: filter.state });
    if (search) {
      q.andWhere(new Brackets((or) => or
        .where(`${searchFold('u.display_name')} like ${searchFold(':search')} escape '\\'`)
        .orWhere(`${searchFold('u.email')} like ${searchFold(':search')} escape '\\'`)), { search });
    }
    return q;
  };
  return {
    list: 'partnerUsers',
    scope: [tenantId, filter.agentRole ?? null, filter.adminRole ?? null, filter.state ?? null, search],
    key: ['text', 'uuid'],
    rows: async (after, limit) => {
      const rows = await ctx.db.transaction((manager) => {
        const q = listed(manager).orderBy('lower(u.display_name)').addOrderBy('u.id').limit(limit);
        if (after) q.andWhere('(lower(u.display_name), u.id) > (:name, :id)', { name: after[0], id: after[1] });
        // The cursor carries lower(display_name) as PostgreSQL computed it (issue 13 kind 5).
        return keyedEntities(q, ['lower(u.display_name)']);
      });
      for (const { node } of rows) ctx.loaders.user.prime(node.id, node);
      return rows;
    },
    count: () => ctx.db.transaction((manager) => listed(manager).getCount()),
  };
}
