import { randomUUID } from 'node:crypto';
import { DomainError } from '../../kit/errors.js';
import { actorOf, recordEvent } from '../../kit/events.js';
import { principalFromClaims } from '../../kit/principal.js';
import { recordUserChange } from '../audit.js';
import { claimsFor, NO_SESSION } from '../claims.js';
import type { IdentityContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { isCountryCode, isValidDomainPrefix, isWellFormedEmail } from '../domain/emails.js';
import { meetsPasswordPolicy, normalizeEmail } from '../domain/passwords.js';
import { TenantEntity, type Tenant } from '../model/tenant.js';
import { UserEntity } from '../model/user.js';
import { hashPassword } from '../password-hashing.js';
import type { SignInThrottle } from '../sessions.js';

interface CreateWorkAccountInput {
  companyName: string;
  domainPrefix: string;
  countryCode: string;
  firstName: string;
  lastName: string;
  userName: string;
  password: string;
}

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

/**
 * §3.1 row 1 ("If you don't have a work account, select Create one"): a new tenant and its first user, the
 * tenant's global administrator. Public, so it shares the sign-in throttle's per-address budget.
 */
export function workAccountResolvers(deps: { throttle: SignInThrottle }): Resolvers {
  return {
    Mutation: {
      async createWorkAccount(_: unknown, { input }: { input: CreateWorkAccountInput }, ctx: IdentityContext) {
        const prefix = input.domainPrefix.trim().toLowerCase();
        const throttleKey = `work-account:${prefix}`;
        await deps.throttle.assertAllowed(throttleKey, ctx.clientAddress);
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
        const created = await ctx.db.transaction(async (tx) => {
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
        });
        if (!created) {
          await deps.throttle.recordFailure(throttleKey, ctx.clientAddress);
          throw new DomainError('DOMAIN_TAKEN', { field: 'domainPrefix' });
        }
        // The payload is rendered for its new owner.
        ctx.principal = principalFromClaims(claimsFor(created.user, null, NO_SESSION));
        ctx.loaders.user.prime(created.user.id, created.user);
        return created;
      },
    },
  };
}
