import type { EntityManager, EntitySchema, FindOptionsWhere } from 'typeorm';
import { DomainError } from './errors.js';
import { hashSecretToken } from './secret-tokens.js';

/**
 * The single-use expiring link: a partnership invitation (§3.2) or a relationship request (§3.3) is
 * PENDING until used, revoked or past `expiresAt`; its token is stored as a digest only (kit/secret-tokens.ts).
 */
export interface LinkFacts<S extends string = string> {
  state: S;
  expiresAt: Date;
}

/** links are single-use and live 90 days. */
export const LINK_TTL_MS = 90 * 24 * 3600 * 1000;

/** Why a link cannot be used (R-24…R-26). */
export type LinkUseFailure = 'INVITATION_NOT_FOUND' | 'INVITATION_ALREADY_USED' | 'INVITATION_REVOKED' | 'INVITATION_EXPIRED';

/** A row still `open` (a link PENDING, a contact request OPEN) past `expiresAt` is EXPIRED, whether or not a sweep stored it. */
export function expiredWhenPast<S extends string>(row: { state: S; expiresAt: Date }, open: S, now: Date): S | 'EXPIRED' {
  return row.state === open && row.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : row.state;
}

/** A PENDING link past `expiresAt` is EXPIRED (§3.2, §3.3 "+90 d"), whether or not a sweep stored it. */
export function effectiveLinkState<S extends string>(link: LinkFacts<S>, now: Date): S | 'EXPIRED' {
  return expiredWhenPast(link, 'PENDING' as S, now);
}

/** R-24…R-26: the link must point to a PENDING, unexpired row; null when it may be used. Pure. */
export function checkLinkUse(link: LinkFacts | null, now: Date): LinkUseFailure | null {
  if (!link) return 'INVITATION_NOT_FOUND';
  switch (effectiveLinkState(link, now)) {
    case 'PENDING': return null;
    case 'REVOKED': return 'INVITATION_REVOKED';
    case 'EXPIRED': return 'INVITATION_EXPIRED';
    default: return 'INVITATION_ALREADY_USED';
  }
}

/**
 * The row whose `tokenHash` is the digest of `token` (surrounding blanks ignored), locked for update: two uses of
 * one link queue here and the second sees it used. Null when no row has it.
 */
export function findByLinkToken<T extends { tokenHash: string }>(tx: EntityManager, entity: EntitySchema<T>, token: string): Promise<T | null> {
  return tx.getRepository(entity).findOne({
    where: { tokenHash: hashSecretToken(token.trim()) } as never, lock: { mode: 'pessimistic_write' },
  });
}

/**
 * The link row `where` picks among the caller's own (its sender's id in `where`), locked for update, for a change
 * such as a revoke. Throws DomainError NOT_FOUND for none, another sender's included (T-1), and the link's use
 * failure (R-24…R-26) when it is no longer PENDING or has expired.
 */
export async function usableOwnLink<T extends LinkFacts>(
  tx: EntityManager, entity: EntitySchema<T>, where: FindOptionsWhere<T>, now: Date,
): Promise<T> {
  const link = await tx.getRepository(entity).findOne({ where, lock: { mode: 'pessimistic_write' } });
  if (!link) throw new DomainError('NOT_FOUND');
  const failure = checkLinkUse(link, now);
  if (failure) throw new DomainError(failure);
  return link;
}
