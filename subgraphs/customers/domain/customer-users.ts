/** Customer directory users (C-18…C-20, A-19). Pure: no I/O. */
export type CustomerUserState = 'ACTIVE' | 'DELETED';

/** A deleted user can be restored for this long, then a restore is refused (as for partner users, A-28). */
export const RESTORE_WINDOW_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

const USER_PRINCIPAL_NAME = /^[a-z0-9](?:[a-z0-9._'+-]{0,62}[a-z0-9])?@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/;

/** DOMAIN.md §0: trimmed and lower-cased, like every email-shaped name. */
export function normalizeUserPrincipalName(name: string): string {
  return name.trim().toLowerCase();
}

/** A well-formed name in the customer's tenant domain or one of its custom domains. */
export function checkUserPrincipalName(name: string, customerDomains: readonly string[]): 'INVALID_EMAIL' | 'CUSTOMER_DOMAIN_REQUIRED' | null {
  const match = USER_PRINCIPAL_NAME.exec(name);
  if (!match) return 'INVALID_EMAIL';
  return customerDomains.some((domain) => domain.toLowerCase() === match[1]) ? null : 'CUSTOMER_DOMAIN_REQUIRED';
}

export function restorableUntil(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + RESTORE_WINDOW_DAYS * DAY_MS);
}

export function canRestore(deletedAt: Date, now: Date): boolean {
  return now.getTime() <= restorableUntil(deletedAt).getTime();
}

/**
 * C-20ᶜ (A-19, Helpdesk-administrator semantics): a helpdesk agent resets the passwords of ordinary users only; a
 * customer's global administrator needs an admin agent.
 */
export function checkPasswordReset(caller: { agentRole: string }, target: { isAdmin: boolean }): 'ADMIN_AGENT_REQUIRED_FOR_CUSTOMER_ADMIN' | null {
  return target.isAdmin && caller.agentRole !== 'ADMIN_AGENT' ? 'ADMIN_AGENT_REQUIRED_FOR_CUSTOMER_ADMIN' : null;
}

/** The licenses after a change: removals win over additions of the same subscription; order is kept, no duplicates. */
export function changedLicenses(current: readonly string[], add: readonly string[], remove: readonly string[]) {
  const removed = new Set(remove);
  const kept = current.filter((id) => !removed.has(id));
  const added = [...new Set(add)].filter((id) => !removed.has(id) && !kept.includes(id));
  return { licenses: [...kept, ...added], added };
}

/** A seat is free while fewer ACTIVE users hold the subscription's license than its quantity. */
export function hasFreeSeat(quantity: number, assigned: number): boolean {
  return assigned < quantity;
}
