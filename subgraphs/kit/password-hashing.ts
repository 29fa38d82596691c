import { hash } from '@node-rs/argon2';

/** argon2id with the library's defaults (19 MiB, t=2): partner users' passwords and customer users' temporary ones. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}
