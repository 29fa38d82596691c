import { principalOf } from '../../kit/callers.js';
import { principalFromClaims } from '../../kit/principal.js';
import type { IdentityContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import type { IssuedSession } from '../services/sessions.js';
import { changeMyPassword, refreshAccessToken, signIn, signOut, type SignInDeps } from '../services/sign-in.js';

/** The payload is rendered for the user who just signed in, whatever the request's own token said. */
function actAs(ctx: IdentityContext, session: IssuedSession): IssuedSession {
  ctx.principal = principalFromClaims(session.claims);
  ctx.loaders.user.prime(session.user.id, session.user);
  return session;
}

/** Sign-in, refresh, sign-out and I-02 password change (services/sign-in.ts). */
export function signInResolvers(deps: SignInDeps): Resolvers {
  return {
    Mutation: {
      signIn: async (_, args, ctx: IdentityContext) => actAs(ctx, await signIn(ctx.db, args, ctx.clientAddress, deps)),
      refreshAccessToken: async (_, args, ctx: IdentityContext) =>
        actAs(ctx, await refreshAccessToken(ctx.db, args.refreshToken, deps)),
      signOut: (_, args, ctx: IdentityContext) => signOut(ctx.db, args, ctx.principal, deps),
      async changeMyPassword(_, args, ctx: IdentityContext) {
        return actAs(ctx, await changeMyPassword(ctx.db, principalOf(ctx), args, deps));
      },
    },
  };
}
