import type { ScopedDatabase } from '../../kit/context.js';
import { DomainError } from '../../kit/errors.js';
import type { Principal } from '../../kit/principal.js';
import { recordUserChange } from '../audit.js';
import { meetsPasswordPolicy, normalizeEmail } from '../domain/passwords.js';
import { UserEntity, type User } from '../model/user.js';
import { hashPassword, verifyPassword } from '../password-hashing.js';
import type { IssuedSession, Sessions, SignInThrottle } from './sessions.js';

/** What sign-in and the session services need: the refresh-token store and the failed sign-in throttle. */
export interface SignInDeps {
  sessions: Sessions;
  throttle: SignInThrottle;
}

/**
 * A new session for an ACTIVE user with the right password. Throws TOO_MANY_ATTEMPTS (per account and per
 * `clientAddress`), or INVALID_CREDENTIALS, which also counts as a failure.
 */
export async function signIn(
  db: ScopedDatabase, credentials: { email: string; password: string }, clientAddress: string, deps: SignInDeps,
): Promise<IssuedSession> {
  const { sessions, throttle } = deps;
  const email = normalizeEmail(credentials.email);
  await throttle.assertAllowed(email, clientAddress);
  const session = await db.transaction(async (manager) => {
    const user = await manager.getRepository(UserEntity).findOneBy({ email });
    const passwordOk = await verifyPassword(user?.passwordHash, credentials.password);
    if (!user || !passwordOk || user.state !== 'ACTIVE') return null;
    await throttle.recordSuccess(manager, email);
    await manager.getRepository(UserEntity).update({ id: user.id }, { lastSignInAt: new Date() });
    return sessions.issue(manager, user);
  });
  if (!session) {
    await throttle.recordFailure(email, clientAddress);
    throw new DomainError('INVALID_CREDENTIALS');
  }
  return session;
}

/**
 * The next session of a refresh token's family (the token is spent). Throws INVALID_REFRESH_TOKEN for an
 * unknown, expired, revoked or reused token (a reused one revokes its family) or a user no longer ACTIVE.
 */
export async function refreshAccessToken(db: ScopedDatabase, refreshToken: string, deps: Pick<SignInDeps, 'sessions'>): Promise<IssuedSession> {
  const { sessions } = deps;
  const session = await db.transaction(async (manager) => {
    const spent = await sessions.spend(manager, refreshToken);
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
  return session;
}

/**
 * Issue 14: the refresh token's session ends, and its access tokens are refused from the next request on,
 * everywhere; with `allSessions`, every session of the token's user. An unknown token is not an error.
 */
export function signOut(
  db: ScopedDatabase, args: { refreshToken: string; allSessions?: boolean | null }, actor: Principal | null,
  deps: Pick<SignInDeps, 'sessions'>,
): Promise<boolean> {
  const { sessions } = deps;
  return db.transaction(async (manager) => {
    const session = await sessions.sessionOf(manager, args.refreshToken);
    if (!session) return true;
    if (!args.allSessions) {
      await sessions.endSession(manager, session, 'SIGNED_OUT', actor);
      return true;
    }
    const user = await manager.getRepository(UserEntity).findOneBy({ id: session.userId });
    if (!user) return true;
    const before: User = { ...user };
    await sessions.revokeAllOf(manager, user.id);
    await recordUserChange(manager, 'PartnerUserSignedOutEverywhere', actor, before, user);
    return true;
  });
}

/**
 * I-02 / R-8: the caller's new password, given its current one; every other session ends and a new one is
 * issued. Throws INVALID_TOKEN, INVALID_CURRENT_PASSWORD, PASSWORD_REUSED or PASSWORD_POLICY.
 */
export function changeMyPassword(
  db: ScopedDatabase, caller: Principal, passwords: { currentPassword: string; newPassword: string },
  deps: Pick<SignInDeps, 'sessions'>,
): Promise<IssuedSession> {
  const { sessions } = deps;
  return db.transaction(async (manager) => {
    const users = manager.getRepository(UserEntity);
    const user = await users.findOneBy({ id: caller.userId });
    if (!user || user.state !== 'ACTIVE') throw new DomainError('INVALID_TOKEN');
    if (!(await verifyPassword(user.passwordHash, passwords.currentPassword))) {
      throw new DomainError('INVALID_CURRENT_PASSWORD', { field: 'currentPassword' });
    }
    if (passwords.newPassword === passwords.currentPassword) throw new DomainError('PASSWORD_REUSED', { field: 'newPassword' });
    if (!meetsPasswordPolicy(passwords.newPassword)) throw new DomainError('PASSWORD_POLICY', { field: 'newPassword' });
    const before: User = { ...user };
    user.passwordHash = await hashPassword(passwords.newPassword);
    user.mustChangePassword = false;
    await users.update({ id: user.id }, { passwordHash: user.passwordHash, mustChangePassword: false });
    await sessions.revokeAllOf(manager, user.id);
    await recordUserChange(manager, 'PartnerUserPasswordChanged', caller, before, user);
    return sessions.issue(manager, user);
  });
}
