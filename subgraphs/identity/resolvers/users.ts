import { Brackets, type EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import { keyedEntities } from '../../kit/loaders.js';
import { keysetConnection, type PageArgs } from '../../kit/pagination.js';
import { containsPattern, isUuid, searchFold } from '../../kit/values.js';
import type { Principal } from '../../kit/principal.js';
import type { IdentityContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { UserEntity, type User } from '../model/user.js';
import type { Tenant } from '../model/tenant.js';
import { partnerUserVisibleTo } from '../visibility.js';

interface UserFilter {
  agentRole?: User['agentRole'] | null;
  adminRole?: User['adminRole'] | null;
  state?: User['state'] | null;
  search?: string | null;
}

type ListArgs = PageArgs & { filter?: UserFilter | null };

function requirePrincipal(ctx: IdentityContext): Principal {
  if (!ctx.principal) throw new DomainError('UNAUTHENTICATED');
  return ctx.principal;
}

/** {@link partnerUserVisibleTo} by id (T-11). */
export async function visibleUser(id: string, ctx: IdentityContext): Promise<User | null> {
  if (!isUuid(id)) return null;
  const user = await ctx.loaders.user.load(id);
  return user && partnerUserVisibleTo(user, ctx.principal) ? user : null;
}

/**
 * The partner organization of a user of the caller's tenant (T-11: no other user is resolved): the one the
 * caller's token carries, as the access state has brought it up to date (§0: an organization's id is its
 * tenant's id), so no query is needed.
 */
function organizationIdOf(user: User, ctx: IdentityContext): string | null {
  const principal = ctx.principal;
  return principal && principal.tenantId === user.tenantId ? principal.partnerId : null;
}

/** T-1: another organization's private data is NOT_FOUND, never FORBIDDEN. */
function requireOwnOrganization(id: string, ctx: IdentityContext): void {
  if (requirePrincipal(ctx).partnerId !== id) throw new DomainError('NOT_FOUND');
}

/** I-03: the organization's users, filtered by role, state and name, in name order (keyset pages). */
function listUsers(tenantId: string, args: ListArgs, ctx: IdentityContext) {
  const filter = args.filter ?? {};
  const search = containsPattern(filter.search);
  const build = (manager: EntityManager) => {
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
  return keysetConnection<User>(args, {
    list: 'partnerUsers',
    scope: [tenantId, filter.agentRole ?? null, filter.adminRole ?? null, filter.state ?? null, search],
    key: ['text', 'uuid'],
    rows: async (after, limit) => {
      const rows = await ctx.db.transaction((manager) => {
        const q = build(manager).orderBy('lower(u.display_name)').addOrderBy('u.id').limit(limit);
        if (after) q.andWhere('(lower(u.display_name), u.id) > (:name, :id)', { name: after[0], id: after[1] });
        // The cursor carries lower(display_name) as PostgreSQL computed it (issue 13 kind 5).
        return keyedEntities(q, ['lower(u.display_name)']);
      });
      for (const { node } of rows) ctx.loaders.user.prime(node.id, node);
      return rows;
    },
    count: () => ctx.db.transaction((manager) => build(manager).getCount()),
  });
}

export const userResolvers: Resolvers = {
  Query: {
    async me(_: unknown, __: unknown, ctx: IdentityContext) {
      const user = await ctx.loaders.user.load(requirePrincipal(ctx).userId);
      if (!user || user.state !== 'ACTIVE') throw new DomainError('INVALID_TOKEN');
      return user;
    },
    myTenant: (_: unknown, __: unknown, ctx: IdentityContext) => ctx.loaders.tenant.load(requirePrincipal(ctx).tenantId),
    partnerUsers(_: unknown, args: ListArgs, ctx: IdentityContext) {
      const { partnerId } = requirePrincipal(ctx);
      if (!partnerId) throw new DomainError('NOT_FOUND');
      return listUsers(partnerId, args, ctx);
    },
    async partnerUser(_: unknown, args: { id: string }, ctx: IdentityContext) {
      const user = await visibleUser(args.id, ctx);
      if (!user) throw new DomainError('NOT_FOUND');
      return user;
    },
  },
  PartnerUser: {
    __resolveReference: (ref: { id: string }, ctx: IdentityContext) => visibleUser(ref.id, ctx),
    partnerId: (user: User, _: unknown, ctx: IdentityContext) => organizationIdOf(user, ctx),
    userPrincipalName: (user: User) => user.email,
    createdBy: (user: User, _: unknown, ctx: IdentityContext) => (user.createdBy ? visibleUser(user.createdBy, ctx) : null),
    organization: (user: User, _: unknown, ctx: IdentityContext) => {
      const id = organizationIdOf(user, ctx);
      return id ? { __typename: 'PartnerOrganization', id } : null;
    },
    tenant: (user: User, _: unknown, ctx: IdentityContext) => ctx.loaders.tenant.load(user.tenantId),
  },
  Tenant: {
    __resolveReference: (ref: { id: string }, ctx: IdentityContext) =>
      (ctx.principal?.tenantId === ref.id ? ctx.loaders.tenant.load(ref.id) : null),
    countryCode: (tenant: Tenant) => tenant.countryCode.trim(),
  },
  PartnerOrganization: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    tenant(organization: { id: string }, _: unknown, ctx: IdentityContext) {
      requireOwnOrganization(organization.id, ctx);
      return ctx.loaders.tenant.load(organization.id);
    },
    users(organization: { id: string }, args: ListArgs, ctx: IdentityContext) {
      requireOwnOrganization(organization.id, ctx);
      return listUsers(organization.id, args, ctx);
    },
  },
  Customer: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    // Until identity holds a read model of customer relationships, only the customer's own users see its tenant.
    tenant: (customer: { id: string }, _: unknown, ctx: IdentityContext) =>
      (ctx.principal?.tenantId === customer.id ? ctx.loaders.tenant.load(customer.id) : null),
  },
};
