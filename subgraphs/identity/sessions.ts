import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { PlatformConfig } from '../../platform/config.js';
import type { TokenSigner } from '../../platform/tokens.js';
import { DomainError } from '../kit/errors.js';
import { isUuid } from '../kit/values.js';
import { OrganizationFactsEntity } from './model/tenant.js';
import type { User } from './model/user.js';
import { claimsFor } from './claims.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

/** Access tokens (short-lived, stateless) and rotating refresh tokens (stored as hashes, single use). */
export class Sessions {
  constructor(
    private readonly signer: TokenSigner,
    private readonly config: Pick<PlatformConfig['jwt'], 'refreshTokenTtlSeconds'>,
  ) {}

  /** Signs an access token with the user's current roles and organization status, plus a new refresh token. */
  async issue(manager: EntityManager, user: User, familyId: string = randomUUID()): Promise<IssuedSession> {
    const organization = await manager.getRepository(OrganizationFactsEntity).findOneBy({ id: user.tenantId });
    const { token, expiresAt } = await this.signer.signAccessToken(claimsFor(user, organization));
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000);
    await manager.query(`insert into identity.refresh_tokens (id, user_id, family_id, secret_hash, expires_at)
      values ($1, $2, $3, $4, $5)`, [id, user.id, familyId, sha256(secret), refreshTokenExpiresAt]);
    return { accessToken: token, expiresAt, refreshToken: `${id}.${secret}`, refreshTokenExpiresAt, user };
  }

  /**
   * Spends a refresh token and returns the row it named. A token spent twice means it leaked: the whole
   * family is revoked (the caller must commit that before failing).
   */
  async spend(manager: EntityManager, refreshToken: string): Promise<{ userId: string; familyId: string } | 'reused' | null> {
    const [id, secret] = refreshToken.split('.');
    if (!secret || !isUuid(id)) return null;
    const rows: { user_id: string; family_id: string; secret_hash: string; expires_at: Date; used_at: Date | null;
      revoked_at: Date | null }[] = await manager.query(
      'select user_id, family_id, secret_hash, expires_at, used_at, revoked_at from identity.refresh_tokens where id = $1 for update',
      [id]);
    const row = rows[0];
    if (!row) return null;
    const given = Buffer.from(sha256(secret));
    const stored = Buffer.from(row.secret_hash);
    if (given.length !== stored.length || !timingSafeEqual(given, stored)) return null;
    if (row.revoked_at || row.expires_at.getTime() <= Date.now()) return null;
    if (row.used_at) {
      await this.revokeFamily(manager, row.family_id);
      return 'reused';
    }
    await manager.query('update identity.refresh_tokens set used_at = now() where id = $1', [id]);
    return { userId: row.user_id, familyId: row.family_id };
  }

  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query('update identity.refresh_tokens set revoked_at = now() where family_id = $1 and revoked_at is null',
      [familyId]);
  }

  /** Ends every session of a user: deactivation, password reset (§3.4). */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('update identity.refresh_tokens set revoked_at = now() where user_id = $1 and revoked_at is null',
      [userId]);
  }

  /** The family a refresh token belongs to, when it is a genuine token (sign-out). */
  async familyOf(manager: EntityManager, refreshToken: string): Promise<string | null> {
    const [id, secret] = refreshToken.split('.');
    if (!secret || !isUuid(id)) return null;
    const rows: { family_id: string; secret_hash: string }[] = await manager.query(
      'select family_id, secret_hash from identity.refresh_tokens where id = $1', [id]);
    return rows[0] && rows[0].secret_hash === sha256(secret) ? rows[0].family_id : null;
  }
}

/**
 * Repeated failed sign-ins are throttled per account and per client address: failures are counted in a
 * sliding window, in their own transaction so a failed sign-in still leaves its mark.
 */
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource, private readonly policy: PlatformConfig['signInThrottle']) {}

  private keys(email: string, address: string) {
    return [
      { key: `account:${email}`, limit: this.policy.perAccount },
      { key: `address:${address}`, limit: this.policy.perAddress },
    ];
  }

  async assertAllowed(email: string, address: string): Promise<void> {
    for (const { key, limit } of this.keys(email, address)) {
      const rows: { n: number }[] = await this.dataSource.query(
        `select count(*)::int as n from identity.sign_in_failures
         where key = $1 and failed_at > now() - make_interval(secs => $2)`, [key, this.policy.windowSeconds]);
      if (rows[0].n >= limit) {
        throw new DomainError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: this.policy.windowSeconds });
      }
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address).map(({ key }) => key);
    await this.dataSource.query(`insert into identity.sign_in_failures (key) select unnest($1::text[])`, [keys]);
    await this.dataSource.query(`delete from identity.sign_in_failures
      where key = any($1) and failed_at < now() - make_interval(secs => $2)`, [keys, this.policy.windowSeconds]);
  }

  async recordSuccess(manager: EntityManager, email: string): Promise<void> {
    await manager.query('delete from identity.sign_in_failures where key = $1', [`account:${email}`]);
  }
}
