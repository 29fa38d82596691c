import { createHash, randomBytes } from 'node:crypto';

/**
 * Single-use link tokens (invitations, email verification): 256 random bits for the holder, only a SHA-256
 * digest in the database, so a leaked table cannot be replayed as links.
 */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
