import { principalOf } from '../../kit/callers.js';
import type { IdentityContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import {
  createPartnerUser, deactivatePartnerUser, resetPartnerUserPassword, restorePartnerUser, setPartnerUserRoles,
  updatePartnerUser, type UserManagementDeps,
} from '../services/user-management.js';

/**
 * I-04…I-08: the organization's user management (services/user-management.ts), one transaction each. The shield has
 * required GA or UMA, whose G3 guard refuses a caller without a partner organization (NOT_AUTHORISED).
 */
export function userManagementResolvers(deps: UserManagementDeps): Resolvers {
  return {
    Mutation: {
      createPartnerUser: (_, { input }, ctx: IdentityContext) => createPartnerUser(ctx.db, principalOf(ctx), input),
      updatePartnerUser: (_, args, ctx: IdentityContext) => updatePartnerUser(ctx.db, principalOf(ctx), args.id, args.input),
      setPartnerUserRoles: (_, args, ctx: IdentityContext) => setPartnerUserRoles(ctx.db, principalOf(ctx), args.userId, args),
      resetPartnerUserPassword: (_, args, ctx: IdentityContext) =>
        resetPartnerUserPassword(ctx.db, principalOf(ctx), args.userId, deps),
      deactivatePartnerUser: (_, args, ctx: IdentityContext) => deactivatePartnerUser(ctx.db, principalOf(ctx), args.userId, deps),
      restorePartnerUser: (_, args, ctx: IdentityContext) => restorePartnerUser(ctx.db, principalOf(ctx), args.userId, deps),
    },
  };
}
