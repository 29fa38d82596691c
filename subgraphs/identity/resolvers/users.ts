import { principalOf } from '../../kit/callers.js';
import { DomainError } from '../../kit/errors.js';
import { keysetConnection } from '../../kit/pagination.js';
import type { IdentityContext } from '../context.js';
import type {
  PartnerOrganizationUsersArgs, QueryPartnerUserArgs, QueryPartnerUsersArgs, Resolvers,
} from '../generated/resolvers.js';
import { partnerUsersList } from '../listings.js';
import type { User } from '../model/user.js';
import type { Tenant } from '../model/tenant.js';
import { requireOwnOrganization, visibleUser } from '../visibility.js';

/**
 * The partner organization of a user of the caller's tenant (T-11: no other user is resolved): the one the
 * caller's token carries, as the access state has brought it up to date (§0: an organization's id is its
 * tenant's id), so no query is needed.
 */
function organizationIdOf(user: User, ctx: IdentityContext): string | null {
  const principal = ctx.principal;
  return principal && principal.tenantId === user.tenantId ? principal.partnerId : null;
}

/** I-03: the organization's users (listings.ts partnerUsersList), a keyset connection. */
const listUsers = (tenantId: string, args: QueryPartnerUsersArgs | PartnerOrganizationUsersArgs, ctx: IdentityContext) =>
  keysetConnection(args, partnerUsersList(tenantId, args.filter ?? {}, ctx));

export const userResolvers: Resolvers = {
  Query: {
    async me(_: unknown, __: unknown, ctx: IdentityContext) {
      const user = await ctx.loaders.user.load(principalOf(ctx).userId);
      if (!user || user.state !== 'ACTIVE') throw new DomainError('INVALID_TOKEN');
      return user;
    },
    myTenant: (_: unknown, __: unknown, ctx: IdentityContext) => ctx.loaders.tenant.load(principalOf(ctx).tenantId),
    partnerUsers(_: unknown, args: QueryPartnerUsersArgs, ctx: IdentityContext) {
      const { partnerId } = principalOf(ctx);
      if (!partnerId) throw new DomainError('NOT_FOUND');
      return listUsers(partnerId, args, ctx);
    },
    async partnerUser(_: unknown, args: QueryPartnerUserArgs, ctx: IdentityContext) {
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
    users(organization: { id: string }, args: PartnerOrganizationUsersArgs, ctx: IdentityContext) {
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
