import type { EntityManager, EntitySchema } from 'typeorm';
import { hashSecretToken } from './secret-tokens.js';

/**
 * The single-use expiring link: a partnership invitation (§3.2) or a relationship request (§3.3) is
 * PENDING until used, revoked or past `expiresAt`; its token is stored as a digest only (kit/secret-tokens.ts).
 */
export interface LinkFacts {
  state: string;
  expiresAt: Date;
}

/** Why a link cannot be used (R-24…R-26). */
export type LinkUseFailure = 'INVITATION_NOT_FOUND' | 'INVITATION_ALREADY_USED' | 'INVITATION_REVOKED' | 'INVITATION_EXPIRED';

/** A row still `open` (a link PENDING, a contact request OPEN) past `expiresAt` is EXPIRED, whether or not a sweep stored it. */
export function expiredWhenPast<S extends string>(row: { state: S; expiresAt: Date }, open: S, now: Date): S | 'EXPIRED' {
  return row.state === open && row.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : row.state;
}

/** R-24…R-26: the link must point to a PENDING, unexpired row; null when it may be used. Pure. */
export function checkLinkUse(link: LinkFacts | null, now: Date): LinkUseFailure | null {
  if (!link) return 'INVITATION_NOT_FOUND';
  switch (expiredWhenPast(link, 'PENDING', now)) {
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
