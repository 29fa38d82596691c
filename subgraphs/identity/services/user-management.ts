import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ScopedDatabase } from '../../kit/context.js';
import { DomainError } from '../../kit/errors.js';
import type { Principal } from '../../kit/principal.js';
import { isUuid } from '../../kit/values.js';
import { recordUserChange, type UserChange } from '../audit.js';
import { inVerifiedDomain, isWellFormedEmail } from '../domain/emails.js';
import { generateTemporaryPassword, normalizeEmail } from '../domain/passwords.js';
import {
  assertMayCreate, assertMayDeactivate, assertMayManage, assertMayRestore, assertMaySetRoles, restoreWindowOpen,
  UserManagementDenied, type Roles,
} from '../domain/user-management.js';
import { TenantEntity } from '../model/tenant.js';
import { UserEntity, type User } from '../model/user.js';
import { hashPassword } from '../password-hashing.js';
import type { Sessions } from './sessions.js';

/** I-04: what a user manager gives for a new partner user. */
export interface NewPartnerUser extends Roles {
  displayName: string;
  firstName?: string | null;
  lastName?: string | null;
  email: string;
}

/** I-05: the names to change; an absent field stays as it is. */
export interface PartnerUserNames {
  displayName?: string | null;
  firstName?: string | null;
  lastName?: string | null;
}

/** A user together with the temporary password it was just given (shown once, S-26). */
export interface UserWithTemporaryPassword {
  user: User;
  temporaryPassword: string;
}

/** What the user-management services need besides the database: the refresh-token store, to end sessions. */
export interface UserManagementDeps {
  sessions: Sessions;
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

function cleanName(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if ([...trimmed].length > 256) throw new DomainError('VALUE_TOO_LONG', { argument: `input.${field}`, field, max: 256 });
  return trimmed || null;
}

function requiredDisplayName(value: string | null | undefined): string {
  const displayName = cleanName(value, 'displayName');
  if (!displayName) throw new DomainError('REQUIRED_FIELD', { field: 'displayName' });
  return displayName;
}

/** how many ACTIVE global admins the organization has, counted inside the serialized change. */
type ActiveGlobalAdmins = () => Promise<number>;

/**
 * One user-management transaction of `caller`'s organization, serialized per organization (so two admins
 * cannot together remove the last global admin).
 */
function serialized<T>(db: ScopedDatabase, caller: Principal,
  work: (tx: EntityManager, activeGlobalAdmins: ActiveGlobalAdmins) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`users:${caller.tenantId}`]);
    const activeGlobalAdmins = () => tx.getRepository(UserEntity)
      .countBy({ tenantId: caller.tenantId, adminRole: 'GLOBAL_ADMIN', state: 'ACTIVE' });
    return work(tx, activeGlobalAdmins);
  });
}

/**
 * A serialized change to the user `userId` of the caller's own organization (T-1: anyone else's is NOT_FOUND):
 * `edit` applies the rules and writes the user; the audit record and the `change` event follow in the same
 * transaction (audit.ts).
 */
function changeUser<T>(
  db: ScopedDatabase, caller: Principal, userId: string, change: UserChange,
  edit: (tx: EntityManager, user: User, activeGlobalAdmins: ActiveGlobalAdmins) => Promise<T>,
): Promise<T> {
  return serialized(db, caller, async (tx, activeGlobalAdmins) => {
    const user = isUuid(userId) ? await tx.getRepository(UserEntity).findOneBy({ id: userId }) : null;
    if (!user || user.tenantId !== caller.tenantId) throw new DomainError('NOT_FOUND');
    const before = { ...user };
    const result = await edit(tx, user, activeGlobalAdmins);
    await recordUserChange(tx, change, caller, before, user);
    return result;
  });
}

/** A new temporary password for `user`, which must change it at next sign-in; every session of the user ends. */
async function giveTemporaryPassword(tx: EntityManager, user: User, deps: UserManagementDeps): Promise<UserWithTemporaryPassword> {
  const temporaryPassword = generateTemporaryPassword();
  user.passwordHash = await hashPassword(temporaryPassword);
  user.mustChangePassword = true;
  await tx.getRepository(UserEntity).update({ id: user.id }, { passwordHash: user.passwordHash, mustChangePassword: true });
  await deps.sessions.revokeAllOf(tx, user.id);
  return { user, temporaryPassword };
}

/**
 * I-04, R-1, R-2, R-4: a new ACTIVE user of the caller's tenant, in one of its verified domains, with a temporary
 * password returned only here (S-26). Throws CANNOT_MODIFY_GLOBAL_ADMIN, REQUIRED_FIELD, VALUE_TOO_LONG,
 * INVALID_EMAIL, EMAIL_DOMAIN_NOT_VERIFIED or DUPLICATE_EMAIL.
 */
export function createPartnerUser(db: ScopedDatabase, caller: Principal, input: NewPartnerUser): Promise<UserWithTemporaryPassword> {
  return serialized(db, caller, async (tx) => {
    check(() => assertMayCreate(caller, input));
    const displayName = requiredDisplayName(input.displayName);
    const email = normalizeEmail(input.email);
    if (!isWellFormedEmail(email)) throw new DomainError('INVALID_EMAIL', { field: 'email' });
    const tenant = await tx.getRepository(TenantEntity).findOneByOrFail({ id: caller.tenantId });
    if (!inVerifiedDomain(email, tenant.verifiedDomains)) {
      throw new DomainError('EMAIL_DOMAIN_NOT_VERIFIED', { field: 'email', verifiedDomains: tenant.verifiedDomains });
    }
    const users = tx.getRepository(UserEntity);
    if (await users.existsBy({ email })) throw new DomainError('DUPLICATE_EMAIL', { field: 'email' });
    const temporaryPassword = generateTemporaryPassword();
    const user = users.create({
      id: randomUUID(), tenantId: caller.tenantId, email, displayName,
      firstName: cleanName(input.firstName, 'firstName'), lastName: cleanName(input.lastName, 'lastName'),
      passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true,
      agentRole: input.agentRole, adminRole: input.adminRole, directoryRole: 'USER', state: 'ACTIVE',
      createdBy: caller.userId, lastSignInAt: null, softDeletionTime: null,
    });
    await users.insert(user);
    const saved = await users.findOneByOrFail({ id: user.id });
    await recordUserChange(tx, 'PartnerUserCreated', caller, null, saved);
    return { user: saved, temporaryPassword };
  });
}

/** I-05: a user's names. Throws NOT_FOUND, CANNOT_MODIFY_GLOBAL_ADMIN, REQUIRED_FIELD or VALUE_TOO_LONG. */
export function updatePartnerUser(db: ScopedDatabase, caller: Principal, userId: string, input: PartnerUserNames): Promise<User> {
  return changeUser(db, caller, userId, 'PartnerUserUpdated', async (tx, user) => {
    check(() => assertMayManage(caller, user));
    if (input.displayName !== undefined) user.displayName = requiredDisplayName(input.displayName);
    if (input.firstName !== undefined) user.firstName = cleanName(input.firstName, 'firstName');
    if (input.lastName !== undefined) user.lastName = cleanName(input.lastName, 'lastName');
    await tx.getRepository(UserEntity).update({ id: user.id },
      { displayName: user.displayName, firstName: user.firstName, lastName: user.lastName });
    return user;
  });
}

/**
 * I-06, R-4, R-5: a user's two role levels, effective at the user's next request (access version, issue 14).
 * Throws NOT_FOUND, CANNOT_MODIFY_GLOBAL_ADMIN or LAST_GLOBAL_ADMIN.
 */
export function setPartnerUserRoles(db: ScopedDatabase, caller: Principal, userId: string, next: Roles): Promise<User> {
  const roles = { agentRole: next.agentRole, adminRole: next.adminRole };
  return changeUser(db, caller, userId, 'PartnerUserRolesChanged', async (tx, user, activeGlobalAdmins) => {
    const count = await activeGlobalAdmins();
    check(() => assertMaySetRoles(caller, user, roles, count));
    Object.assign(user, roles);
    await tx.getRepository(UserEntity).update({ id: user.id }, roles);
    return user;
  });
}

/**
 * I-07: a new temporary password, shown once; every session of the user ends.
 * Throws NOT_FOUND, CANNOT_MODIFY_GLOBAL_ADMIN or USER_NOT_ACTIVE.
 */
export function resetPartnerUserPassword(
  db: ScopedDatabase, caller: Principal, userId: string, deps: UserManagementDeps,
): Promise<UserWithTemporaryPassword> {
  return changeUser(db, caller, userId, 'PartnerUserPasswordReset', (tx, user) => {
    check(() => assertMayManage(caller, user));
    if (user.state !== 'ACTIVE') throw new DomainError('USER_NOT_ACTIVE');
    return giveTemporaryPassword(tx, user, deps);
  });
}

/**
 * I-08, R-5, R-6: soft deletion; every session of the user ends.
 * Throws NOT_FOUND, USER_NOT_ACTIVE, CANNOT_DEACTIVATE_SELF, CANNOT_MODIFY_GLOBAL_ADMIN or LAST_GLOBAL_ADMIN.
 */
export function deactivatePartnerUser(
  db: ScopedDatabase, caller: Principal, userId: string, deps: UserManagementDeps,
): Promise<User> {
  return changeUser(db, caller, userId, 'PartnerUserDeactivated', async (tx, user, activeGlobalAdmins) => {
    if (user.state !== 'ACTIVE') throw new DomainError('USER_NOT_ACTIVE');
    const count = await activeGlobalAdmins();
    check(() => assertMayDeactivate(caller, user, count));
    user.state = 'INACTIVE';
    user.softDeletionTime = new Date();
    await tx.getRepository(UserEntity).update({ id: user.id }, { state: 'INACTIVE', softDeletionTime: user.softDeletionTime });
    await deps.sessions.revokeAllOf(tx, user.id);
    return user;
  });
}

/**
 * I-08: back to ACTIVE with a new temporary password (§3.4), within 30 days of the deactivation.
 * Throws NOT_FOUND, CANNOT_MODIFY_GLOBAL_ADMIN, USER_NOT_DEACTIVATED or RESTORE_WINDOW_PASSED.
 */
export function restorePartnerUser(
  db: ScopedDatabase, caller: Principal, userId: string, deps: UserManagementDeps,
): Promise<UserWithTemporaryPassword> {
  return changeUser(db, caller, userId, 'PartnerUserRestored', async (tx, user) => {
    check(() => assertMayRestore(caller, user));
    if (user.state !== 'INACTIVE') throw new DomainError('USER_NOT_DEACTIVATED');
    if (!restoreWindowOpen(user.softDeletionTime, new Date())) throw new DomainError('RESTORE_WINDOW_PASSED');
    user.state = 'ACTIVE';
    user.softDeletionTime = null;
    await tx.getRepository(UserEntity).update({ id: user.id }, { state: 'ACTIVE', softDeletionTime: null });
    return giveTemporaryPassword(tx, user, deps);
  });
}
