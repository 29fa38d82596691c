import { verify } from '@node-rs/argon2';

export { hashPassword } from '../kit/password-hashing.js';

// Verified against when no user matches, so an unknown email costs the same time as a wrong password.
const UNKNOWN_USER_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Y0TTlqVdW9o0GdVX6YQUhrSRw5j3rBPHv80hHHkcCbY';

export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? UNKNOWN_USER_HASH, password);
  } catch {
    return false;
  }
}
