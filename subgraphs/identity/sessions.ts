import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { PlatformConfig } from '../../platform/config.js';
import type { AccessClaims, TokenSigner } from '../../platform/tokens.js';
import { DomainError } from '../kit/errors.js';
import { actorOf, recordEvent } from '../kit/events.js';
import type { Principal } from '../kit/principal.js';
import { isUuid } from '../kit/values.js';
import type { OrganizationFacts } from './model/tenant.js';
import type { User } from './model/user.js';
import { claimsFor } from './claims.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
  /** what the access token says */
  claims: AccessClaims;
}

/** Why one session ended (the `SessionRevoked` event, docs/events.md). */
export type SessionEnd = 'SIGNED_OUT' | 'REFRESH_TOKEN_REUSED';

/**
 * The organization facts of a tenant and the last partners event they reflect, read in one statement so the
 * pair is consistent (a token must never claim to be newer than the status it carries).
 */
async function organizationFacts(manager: EntityManager, tenantId: string): Promise<{ organization: OrganizationFacts | null; eventId: number }> {
  const [row]: { event_id: string; id: string | null; partner_type: OrganizationFacts['partnerType'];
    program_status: OrganizationFacts['programStatus']; updated_at: Date }[] = await manager.query(
    `select c.event_id, o.id, o.partner_type, o.program_status, o.updated_at
     from (select coalesce(max(last_event_id), 0) as event_id from identity.consumed_events where producer = 'partners') c
     left join identity.organizations o on o.id = $1`, [tenantId]);
  const organization = row.id
    ? { id: row.id, partnerType: row.partner_type, programStatus: row.program_status, updatedAt: row.updated_at }
    : null;
  return { organization, eventId: Number(row.event_id) };
}

/** Access tokens (short-lived, stateless) and rotating refresh tokens (stored as hashes, single use). */
export class Sessions {
  constructor(
    private readonly signer: TokenSigner,
    private readonly config: Pick<PlatformConfig['jwt'], 'refreshTokenTtlSeconds'>,
  ) {}

  /**
   * Signs an access token with the user's current roles, access version and organization status, in session
   * `familyId` (a new one unless refreshing), plus a new refresh token of that family.
   */
  async issue(manager: EntityManager, user: User, familyId: string = randomUUID()): Promise<IssuedSession> {
    const { organization, eventId } = await organizationFacts(manager, user.tenantId);
    const claims = claimsFor(user, organization, { sessionId: familyId, organizationEventId: eventId });
    const { token, expiresAt } = await this.signer.signAccessToken(claims);
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000);
    await manager.query(`insert into identity.refresh_tokens (id, user_id, family_id, secret_hash, expires_at)
      values ($1, $2, $3, $4, $5)`, [id, user.id, familyId, sha256(secret), refreshTokenExpiresAt]);
    return { accessToken: token, expiresAt, refreshToken: `${id}.${secret}`, refreshTokenExpiresAt, user, claims };
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
      await this.endSession(manager, { id: row.family_id, userId: row.user_id }, 'REFRESH_TOKEN_REUSED', null);
      return 'reused';
    }
    await manager.query('update identity.refresh_tokens set used_at = now() where id = $1', [id]);
    return { userId: row.user_id, familyId: row.family_id };
  }

  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query('update identity.refresh_tokens set revoked_at = now() where family_id = $1 and revoked_at is null',
      [familyId]);
  }

  /**
   * Ends one session: its refresh tokens are revoked and, through the `SessionRevoked` event written in the same
   * transaction, every service refuses its access tokens from the next request on (issue 14).
   */
  async endSession(manager: EntityManager, session: { id: string; userId: string }, reason: SessionEnd,
    actor: Principal | null): Promise<void> {
    await this.revokeFamily(manager, session.id);
    const [owner]: { tenant_id: string }[] = await manager.query('select tenant_id from identity.users where id = $1', [session.userId]);
    await recordEvent(manager, 'identity', {
      type: 'SessionRevoked', aggregateId: session.userId, partnerIds: owner ? [owner.tenant_id] : [], actor: actorOf(actor),
      payload: { session: { id: session.id, userId: session.userId }, reason },
    });
  }

  /** Ends every session of a user: deactivation, password reset (§3.4). */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('update identity.refresh_tokens set revoked_at = now() where user_id = $1 and revoked_at is null',
      [userId]);
  }

  /** The session (family and user) a refresh token belongs to, when it is a genuine token (sign-out). */
  async sessionOf(manager: EntityManager, refreshToken: string): Promise<{ id: string; userId: string } | null> {
    const [id, secret] = refreshToken.split('.');
    if (!secret || !isUuid(id)) return null;
    const rows: { family_id: string; user_id: string; secret_hash: string }[] = await manager.query(
      'select family_id, user_id, secret_hash from identity.refresh_tokens where id = $1', [id]);
    return rows[0] && rows[0].secret_hash === sha256(secret) ? { id: rows[0].family_id, userId: rows[0].user_id } : null;
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
