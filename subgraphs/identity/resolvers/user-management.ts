import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import type { Principal } from '../../kit/principal.js';
import { isUuid } from '../../kit/values.js';
import { recordUserChange } from '../audit.js';
import type { IdentityContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { inVerifiedDomain, isWellFormedEmail } from '../domain/emails.js';
import { generateTemporaryPassword, normalizeEmail } from '../domain/passwords.js';
import {
  assertMayCreate, assertMayDeactivate, assertMayManage, assertMayRestore, assertMaySetRoles, restoreWindowOpen,
  UserManagementDenied, type Roles,
} from '../domain/user-management.js';
import { TenantEntity } from '../model/tenant.js';
import { UserEntity, type User } from '../model/user.js';
import { hashPassword } from '../password-hashing.js';
import type { Sessions } from '../sessions.js';

interface CreateInput extends Roles { displayName: string; firstName?: string | null; lastName?: string | null; email: string }
interface UpdateInput { displayName?: string | null; firstName?: string | null; lastName?: string | null }

function manager(ctx: IdentityContext): Principal {
  if (!ctx.principal?.partnerId) throw new DomainError('UNAUTHENTICATED');
  return ctx.principal;
}

/** Runs a domain rule, turning its refusal into the §6 error. */
function check(rule: () => void): void {
  try {
    rule();
  } catch (error) {
    if (error instanceof UserManagementDenied) throw new DomainError(error.reason);
    throw error;
  }
}

/**
 * One user-management change: serialized per organization (so two admins cannot together remove the last
 * global admin), on a user of the caller's own organization (T-1: anyone else's is NOT_FOUND).
 */
async function change<T>(
  ctx: IdentityContext,
  userId: string | null,
  work: (manager: EntityManager, target: User | null, activeGlobalAdmins: () => Promise<number>) => Promise<T>,
): Promise<T> {
  const principal = manager(ctx);
  return ctx.db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`users:${principal.tenantId}`]);
    let target: User | null = null;
    if (userId !== null) {
      target = isUuid(userId) ? await tx.getRepository(UserEntity).findOneBy({ id: userId }) : null;
      if (!target || target.tenantId !== principal.tenantId) throw new DomainError('NOT_FOUND');
    }
    const activeGlobalAdmins = () => tx.getRepository(UserEntity)
      .countBy({ tenantId: principal.tenantId, adminRole: 'GLOBAL_ADMIN', state: 'ACTIVE' });
    return work(tx, target, activeGlobalAdmins);
  });
}

function cleanName(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if ([...trimmed].length > 256) throw new DomainError('VALUE_TOO_LONG', { argument: `input.${field}`, field, max: 256 });
  return trimmed || null;
}

export function userManagementResolvers(deps: { sessions: Sessions }): Resolvers {
  const { sessions } = deps;

  async function resetTemporaryPassword(tx: EntityManager, user: User): Promise<string> {
    const temporaryPassword = generateTemporaryPassword();
    user.passwordHash = await hashPassword(temporaryPassword);
    user.mustChangePassword = true;
    await tx.getRepository(UserEntity).update({ id: user.id }, { passwordHash: user.passwordHash, mustChangePassword: true });
    await sessions.revokeAllOf(tx, user.id);
    return temporaryPassword;
  }

  return {
    Mutation: {
      // I-04, R-1, R-2, R-4; the temporary password appears only in this payload (S-26).
      createPartnerUser: (_: unknown, { input }: { input: CreateInput }, ctx: IdentityContext) =>
        change(ctx, null, async (tx) => {
          const principal = manager(ctx);
          check(() => assertMayCreate(principal, input));
          const displayName = cleanName(input.displayName, 'displayName');
          if (!displayName) throw new DomainError('REQUIRED_FIELD', { field: 'displayName' });
          const email = normalizeEmail(input.email);
          if (!isWellFormedEmail(email)) throw new DomainError('INVALID_EMAIL', { field: 'email' });
          const tenant = await tx.getRepository(TenantEntity).findOneByOrFail({ id: principal.tenantId });
          if (!inVerifiedDomain(email, tenant.verifiedDomains)) {
            throw new DomainError('EMAIL_DOMAIN_NOT_VERIFIED', { field: 'email', verifiedDomains: tenant.verifiedDomains });
          }
          if (await tx.getRepository(UserEntity).existsBy({ email })) throw new DomainError('DUPLICATE_EMAIL', { field: 'email' });
          const temporaryPassword = generateTemporaryPassword();
          const user = tx.getRepository(UserEntity).create({
            id: randomUUID(), tenantId: principal.tenantId, email, displayName,
            firstName: cleanName(input.firstName, 'firstName'), lastName: cleanName(input.lastName, 'lastName'),
            passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true,
            agentRole: input.agentRole, adminRole: input.adminRole, directoryRole: 'USER', state: 'ACTIVE',
            createdBy: principal.userId, lastSignInAt: null, softDeletionTime: null,
          });
          await tx.getRepository(UserEntity).insert(user);
          const saved = await tx.getRepository(UserEntity).findOneByOrFail({ id: user.id });
          await recordUserChange(tx, 'PartnerUserCreated', principal, null, saved);
          return { user: saved, temporaryPassword };
        }),

      // I-05
      updatePartnerUser: (_: unknown, args: { id: string; input: UpdateInput }, ctx: IdentityContext) =>
        change(ctx, args.id, async (tx, target) => {
          const user = target!;
          check(() => assertMayManage(manager(ctx), user));
          const before = { ...user };
          if (args.input.displayName !== undefined) {
            const displayName = cleanName(args.input.displayName, 'displayName');
            if (!displayName) throw new DomainError('REQUIRED_FIELD', { field: 'displayName' });
            user.displayName = displayName;
          }
          if (args.input.firstName !== undefined) user.firstName = cleanName(args.input.firstName, 'firstName');
          if (args.input.lastName !== undefined) user.lastName = cleanName(args.input.lastName, 'lastName');
          await tx.getRepository(UserEntity).update({ id: user.id },
            { displayName: user.displayName, firstName: user.firstName, lastName: user.lastName });
          await recordUserChange(tx, 'PartnerUserUpdated', manager(ctx), before, user);
          return user;
        }),

      // I-06, R-4, R-5; effective at the user's next refresh.
      setPartnerUserRoles: (_: unknown, args: { userId: string } & Roles, ctx: IdentityContext) =>
        change(ctx, args.userId, async (tx, target, activeGlobalAdmins) => {
          const user = target!;
          const next = { agentRole: args.agentRole, adminRole: args.adminRole };
          const count = await activeGlobalAdmins();
          check(() => assertMaySetRoles(manager(ctx), user, next, count));
          const before = { ...user };
          Object.assign(user, next);
          await tx.getRepository(UserEntity).update({ id: user.id }, next);
          await recordUserChange(tx, 'PartnerUserRolesChanged', manager(ctx), before, user);
          return user;
        }),

      // I-07: a new temporary password, shown once; every session of the user ends.
      resetPartnerUserPassword: (_: unknown, args: { userId: string }, ctx: IdentityContext) =>
        change(ctx, args.userId, async (tx, target) => {
          const user = target!;
          check(() => assertMayManage(manager(ctx), user));
          if (user.state !== 'ACTIVE') throw new DomainError('USER_NOT_ACTIVE');
          const before = { ...user };
          const temporaryPassword = await resetTemporaryPassword(tx, user);
          await recordUserChange(tx, 'PartnerUserPasswordReset', manager(ctx), before, user);
          return { user, temporaryPassword };
        }),

      // I-08, R-5, R-6: soft deletion; sessions revoked.
      deactivatePartnerUser: (_: unknown, args: { userId: string }, ctx: IdentityContext) =>
        change(ctx, args.userId, async (tx, target, activeGlobalAdmins) => {
          const user = target!;
          if (user.state !== 'ACTIVE') throw new DomainError('USER_NOT_ACTIVE');
          const count = await activeGlobalAdmins();
          check(() => assertMayDeactivate(manager(ctx), user, count));
          const before = { ...user };
          user.state = 'INACTIVE';
          user.softDeletionTime = new Date();
          await tx.getRepository(UserEntity).update({ id: user.id }, { state: 'INACTIVE', softDeletionTime: user.softDeletionTime });
          await sessions.revokeAllOf(tx, user.id);
          await recordUserChange(tx, 'PartnerUserDeactivated', manager(ctx), before, user);
          return user;
        }),

      // I-08: back to ACTIVE with a new temporary password (§3.4), within 30 days.
      restorePartnerUser: (_: unknown, args: { userId: string }, ctx: IdentityContext) =>
        change(ctx, args.userId, async (tx, target) => {
          const user = target!;
          check(() => assertMayRestore(manager(ctx), user));
          if (user.state !== 'INACTIVE') throw new DomainError('USER_NOT_DEACTIVATED');
          if (!restoreWindowOpen(user.softDeletionTime, new Date())) throw new DomainError('RESTORE_WINDOW_PASSED');
          const before = { ...user };
          user.state = 'ACTIVE';
          user.softDeletionTime = null;
          await tx.getRepository(UserEntity).update({ id: user.id }, { state: 'ACTIVE', softDeletionTime: null });
          const temporaryPassword = await resetTemporaryPassword(tx, user);
          await recordUserChange(tx, 'PartnerUserRestored', manager(ctx), before, user);
          return { user, temporaryPassword };
        }),
    },
  };
}
