import type { TokenSigner, AccessClaims } from '../../../platform/tokens.js';
import { DomainError } from '../../kit/errors.js';
import { principalFromClaims } from '../../kit/principal.js';
import type { IdentityContext } from '../context.js';
import { normalizeEmail } from '../domain/passwords.js';
import { OrganizationFactsEntity, type OrganizationFacts } from '../model/tenant.js';
import { UserEntity, type User } from '../model/user.js';
import { verifyPassword } from '../password-hashing.js';

/** The claims DESIGN.md lists, from the user and its organization's facts. */
export function claimsFor(user: User, organization: OrganizationFacts | null): AccessClaims {
  return {
    sub: user.id,
    tid: user.tenantId,
    pid: organization ? organization.id : null,
    pst: organization ? organization.programStatus : null,
    agr: user.agentRole,
    adr: user.adminRole,
    mcp: user.mustChangePassword,
    tga: user.directoryRole === 'GLOBAL_ADMINISTRATOR',
  };
}

export function signInResolvers(signer: TokenSigner) {
  return {
    Mutation: {
      async signIn(_: unknown, args: { email: string; password: string }, ctx: IdentityContext) {
        return ctx.db.transaction(async (manager) => {
          const users = manager.getRepository(UserEntity);
          const user = await users.findOneBy({ email: normalizeEmail(args.email) });
          const passwordOk = await verifyPassword(user?.passwordHash, args.password);
          if (!user || !passwordOk || user.state !== 'ACTIVE') throw new DomainError('INVALID_CREDENTIALS');
          const organization = await manager.getRepository(OrganizationFactsEntity).findOneBy({ id: user.tenantId });
          user.lastSignInAt = new Date();
          await users.update({ id: user.id }, { lastSignInAt: user.lastSignInAt });
          const claims = claimsFor(user, organization);
          const { token, expiresAt } = await signer.signAccessToken(claims);
          // The payload (its `user`) is rendered for the user who just signed in.
          ctx.principal = principalFromClaims(claims);
          return { accessToken: token, expiresAt, user };
        });
      },
    },
  };
}
