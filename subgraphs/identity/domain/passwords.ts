/** at least 8 characters with three of the four character classes. */
export function meetsPasswordPolicy(password: string): boolean {
  if (password.length < 8 || password.length > 256) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) => pattern.test(password));
  return classes.length >= 3;
}

/** S-26: the temporary password shown once; customers' C-19/C-20 hand out the same kind (kit). */
export { generateTemporaryPassword } from '../../kit/temporary-password.js';

/** DOMAIN.md §0: emails are trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
