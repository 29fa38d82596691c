import { DomainError } from '../../kit/errors.js';
import type { Principal } from '../../kit/principal.js';
import type { IdentityContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import {
  createPartnerUser, deactivatePartnerUser, resetPartnerUserPassword, restorePartnerUser, setPartnerUserRoles,
  updatePartnerUser, type UserManagementDeps,
} from '../services/user-management.js';

/** A member of a partner organization managing its users (the shield has required GA or UMA). */
function userManagerOf(ctx: IdentityContext): Principal {
  if (!ctx.principal?.partnerId) throw new DomainError('UNAUTHENTICATED');
  return ctx.principal;
}

/** I-04…I-08: the organization's user management (services/user-management.ts), one transaction each. */
export function userManagementResolvers(deps: UserManagementDeps): Resolvers {
  return {
    Mutation: {
      createPartnerUser: (_, { input }, ctx: IdentityContext) => createPartnerUser(ctx.db, userManagerOf(ctx), input),
      updatePartnerUser: (_, args, ctx: IdentityContext) => updatePartnerUser(ctx.db, userManagerOf(ctx), args.id, args.input),
      setPartnerUserRoles: (_, args, ctx: IdentityContext) => setPartnerUserRoles(ctx.db, userManagerOf(ctx), args.userId, args),
      resetPartnerUserPassword: (_, args, ctx: IdentityContext) =>
        resetPartnerUserPassword(ctx.db, userManagerOf(ctx), args.userId, deps),
      deactivatePartnerUser: (_, args, ctx: IdentityContext) => deactivatePartnerUser(ctx.db, userManagerOf(ctx), args.userId, deps),
      restorePartnerUser: (_, args, ctx: IdentityContext) => restorePartnerUser(ctx.db, userManagerOf(ctx), args.userId, deps),
    },
  };
}
