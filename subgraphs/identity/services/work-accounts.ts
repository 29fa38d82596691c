import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ScopedDatabase } from '../../kit/context.js';
import { DomainError } from '../../kit/errors.js';
import { actorOf, recordEvent } from '../../kit/events.js';
import { recordUserChange } from '../audit.js';
import { isCountryCode, isValidDomainPrefix, isWellFormedEmail } from '../domain/emails.js';
import { meetsPasswordPolicy, normalizeEmail } from '../domain/passwords.js';
import { TenantEntity, type Tenant } from '../model/tenant.js';
import { UserEntity, type User } from '../model/user.js';
import { hashPassword } from '../password-hashing.js';
import type { SignInThrottle } from './sessions.js';

/** §3.1 row 1: what "Create one" asks for. */
export interface NewWorkAccount {
  companyName: string;
  domainPrefix: string;
  countryCode: string;
  firstName: string;
  lastName: string;
  userName: string;
  password: string;
}

/** What the `TenantCreated` event shows of a tenant (docs/events.md). */
export function tenantSnapshot(tenant: Tenant) {
  return {
    id: tenant.id, displayName: tenant.displayName, defaultDomain: tenant.defaultDomain,
    verifiedDomains: tenant.verifiedDomains, countryCode: tenant.countryCode.trim(),
  };
}

function required(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new DomainError('REQUIRED_FIELD', { field });
  return trimmed;
}

/** The tenant and its global administrator, unless the domain is taken (null); `TenantCreated` and `PartnerUserCreated`. */
async function insertWorkAccount(tx: EntityManager, account: {
  companyName: string; domain: string; countryCode: string; email: string; firstName: string; lastName: string; passwordHash: string;
}): Promise<{ tenant: Tenant; user: User } | null> {
  const { companyName, domain, countryCode, email, firstName, lastName, passwordHash } = account;
  const tenants = tx.getRepository(TenantEntity);
  const taken = await tx.query('select 1 from identity.tenants where lower(default_domain) = $1', [domain]);
  if (taken.length) return null;
  const tenant = tenants.create({
    id: randomUUID(), displayName: companyName, defaultDomain: domain, verifiedDomains: [domain], countryCode,
  });
  await tenants.insert(tenant);
  const user = tx.getRepository(UserEntity).create({
    id: randomUUID(), tenantId: tenant.id, email, displayName: `${firstName} ${lastName}`, firstName, lastName,
    passwordHash, mustChangePassword: false, agentRole: 'NONE', adminRole: 'NONE',
    directoryRole: 'GLOBAL_ADMINISTRATOR', state: 'ACTIVE', createdBy: null, lastSignInAt: null, softDeletionTime: null,
  });
  await tx.getRepository(UserEntity).insert(user);
  const savedTenant = await tenants.findOneByOrFail({ id: tenant.id });
  await recordEvent(tx, 'identity', {
    type: 'TenantCreated', aggregateId: tenant.id, partnerIds: [], actor: actorOf(null),
    payload: { tenant: tenantSnapshot(savedTenant) },
  });
  const savedUser = await tx.getRepository(UserEntity).findOneByOrFail({ id: user.id });
  await recordUserChange(tx, 'PartnerUserCreated', null, null, savedUser);
  return { tenant: savedTenant, user: savedUser };
}

/**
 * §3.1 row 1 ("If you don't have a work account, select Create one"): a new tenant on
 * `<domainPrefix>.onmicrosoft.com` and its first user, the tenant's global administrator, with the
 * `TenantCreated` and `PartnerUserCreated` events. Public, so it shares the sign-in throttle's per-address
 * budget. Throws TOO_MANY_ATTEMPTS, INVALID_DOMAIN_PREFIX, INVALID_COUNTRY, INVALID_EMAIL, PASSWORD_POLICY,
 * REQUIRED_FIELD, or DOMAIN_TAKEN (which counts as a failure).
 */
export async function createWorkAccount(
  db: ScopedDatabase, input: NewWorkAccount, clientAddress: string, deps: { throttle: SignInThrottle },
): Promise<{ tenant: Tenant; user: User }> {
  const prefix = input.domainPrefix.trim().toLowerCase();
  const throttleKey = `work-account:${prefix}`;
  await deps.throttle.assertAllowed(throttleKey, clientAddress);
  if (!isValidDomainPrefix(prefix)) throw new DomainError('INVALID_DOMAIN_PREFIX', { field: 'domainPrefix' });
  const countryCode = input.countryCode.trim().toUpperCase();
  if (!isCountryCode(countryCode)) throw new DomainError('INVALID_COUNTRY', { field: 'countryCode' });
  const domain = `${prefix}.onmicrosoft.com`;
  const email = normalizeEmail(`${input.userName}@${domain}`);
  if (!isWellFormedEmail(email)) throw new DomainError('INVALID_EMAIL', { field: 'userName' });
  if (!meetsPasswordPolicy(input.password)) throw new DomainError('PASSWORD_POLICY', { field: 'password' });
  const firstName = required(input.firstName, 'firstName');
  const lastName = required(input.lastName, 'lastName');
  const companyName = required(input.companyName, 'companyName');
  const passwordHash = await hashPassword(input.password);
  const created = await db.transaction((tx) =>
    insertWorkAccount(tx, { companyName, domain, countryCode, email, firstName, lastName, passwordHash }));
  if (!created) {
    await deps.throttle.recordFailure(throttleKey, clientAddress);
    throw new DomainError('DOMAIN_TAKEN', { field: 'domainPrefix' });
  }
  return created;
}
