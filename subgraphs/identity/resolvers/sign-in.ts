import { DomainError } from '../../kit/errors.js';
import { principalFromClaims } from '../../kit/principal.js';
import { recordUserChange } from '../audit.js';
import type { IdentityContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { meetsPasswordPolicy, normalizeEmail } from '../domain/passwords.js';
import { UserEntity, type User } from '../model/user.js';
import { hashPassword, verifyPassword } from '../password-hashing.js';
import type { IssuedSession, Sessions, SignInThrottle } from '../sessions.js';

/** The payload is rendered for the user who just signed in, whatever the request's own token said. */
function actAs(ctx: IdentityContext, session: IssuedSession): IssuedSession {
  ctx.principal = principalFromClaims(session.claims);
  ctx.loaders.user.prime(session.user.id, session.user);
  return session;
}

export function signInResolvers(deps: { sessions: Sessions; throttle: SignInThrottle }): Resolvers {
  const { sessions, throttle } = deps;
  return {
    Mutation: {
      async signIn(_: unknown, args: { email: string; password: string }, ctx: IdentityContext) {
        const email = normalizeEmail(args.email);
        await throttle.assertAllowed(email, ctx.clientAddress);
        const session = await ctx.db.transaction(async (manager) => {
          const user = await manager.getRepository(UserEntity).findOneBy({ email });
          const passwordOk = await verifyPassword(user?.passwordHash, args.password);
          if (!user || !passwordOk || user.state !== 'ACTIVE') return null;
          await throttle.recordSuccess(manager, email);
          await manager.getRepository(UserEntity).update({ id: user.id }, { lastSignInAt: new Date() });
          return sessions.issue(manager, user);
        });
        if (!session) {
          await throttle.recordFailure(email, ctx.clientAddress);
          throw new DomainError('INVALID_CREDENTIALS');
        }
        return actAs(ctx, session);
      },

      async refreshAccessToken(_: unknown, args: { refreshToken: string }, ctx: IdentityContext) {
        const session = await ctx.db.transaction(async (manager) => {
          const spent = await sessions.spend(manager, args.refreshToken);
          if (!spent || spent === 'reused') return null;
          const user = await manager.getRepository(UserEntity).findOneBy({ id: spent.userId });
          // A deactivated user's family is closed for good (§3.4).
          if (!user || user.state !== 'ACTIVE') {
            await sessions.revokeFamily(manager, spent.familyId);
            return null;
          }
          return sessions.issue(manager, user, spent.familyId);
        });
        if (!session) throw new DomainError('INVALID_REFRESH_TOKEN');
        return actAs(ctx, session);
      },

      // Issue 14: the session's access tokens are refused from the next request on, everywhere; with
      // `allSessions`, every session of the refresh token's user ends.
      async signOut(_: unknown, args: { refreshToken: string; allSessions?: boolean | null }, ctx: IdentityContext) {
        return ctx.db.transaction(async (manager) => {
          const session = await sessions.sessionOf(manager, args.refreshToken);
          if (!session) return true;
          if (!args.allSessions) {
            await sessions.endSession(manager, session, 'SIGNED_OUT', ctx.principal);
            return true;
          }
          const user = await manager.getRepository(UserEntity).findOneBy({ id: session.userId });
          if (!user) return true;
          const before: User = { ...user };
          await sessions.revokeAllOf(manager, user.id);
          await recordUserChange(manager, 'PartnerUserSignedOutEverywhere', ctx.principal, before, user);
          return true;
        });
      },

      // I-02 / R-8: the current password, a policy-compliant new one that is not the temporary one.
      async changeMyPassword(_: unknown, args: { currentPassword: string; newPassword: string }, ctx: IdentityContext) {
        const principal = ctx.principal;
        if (!principal) throw new DomainError('UNAUTHENTICATED');
        const session = await ctx.db.transaction(async (manager) => {
          const users = manager.getRepository(UserEntity);
          const user = await users.findOneBy({ id: principal.userId });
          if (!user || user.state !== 'ACTIVE') throw new DomainError('INVALID_TOKEN');
          if (!(await verifyPassword(user.passwordHash, args.currentPassword))) {
            throw new DomainError('INVALID_CURRENT_PASSWORD', { field: 'currentPassword' });
          }
          if (args.newPassword === args.currentPassword) throw new DomainError('PASSWORD_REUSED', { field: 'newPassword' });
          if (!meetsPasswordPolicy(args.newPassword)) throw new DomainError('PASSWORD_POLICY', { field: 'newPassword' });
          const before: User = { ...user };
          user.passwordHash = await hashPassword(args.newPassword);
          user.mustChangePassword = false;
          await users.update({ id: user.id }, { passwordHash: user.passwordHash, mustChangePassword: false });
          await sessions.revokeAllOf(manager, user.id);
          await recordUserChange(manager, 'PartnerUserPasswordChanged', principal, before, user);
          return sessions.issue(manager, user);
        });
        return actAs(ctx, session);
      },
    },
  };
}
