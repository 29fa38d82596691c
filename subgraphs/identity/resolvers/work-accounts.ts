import { principalFromClaims } from '../../kit/principal.js';
import { claimsFor, NO_SESSION } from '../claims.js';
import type { IdentityContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import type { SignInThrottle } from '../services/sessions.js';
import { createWorkAccount } from '../services/work-accounts.js';

/** §3.1 row 1 ("Create one"): a new tenant and its global administrator (services/work-accounts.ts). */
export function workAccountResolvers(deps: { throttle: SignInThrottle }): Resolvers {
  return {
    Mutation: {
      async createWorkAccount(_, { input }, ctx: IdentityContext) {
        const created = await createWorkAccount(ctx.db, input, ctx.clientAddress, deps);
        // The payload is rendered for its new owner.
        ctx.principal = principalFromClaims(claimsFor(created.user, null, NO_SESSION));
        ctx.loaders.user.prime(created.user.id, created.user);
        return created;
      },
    },
  };
}
