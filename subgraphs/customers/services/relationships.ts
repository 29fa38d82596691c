import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import type { Actor } from '../../kit/events.js';
import type { Principal } from '../../kit/principal.js';
import {
  grantSnapshot, partnerActor, recordCustomersEvent, recordGrantEvent, recordRelationshipEvent, relationshipSnapshot,
  type PartnerCaller, type RelationshipChange,
} from '../events.js';
import { CustomerEntity, type Customer } from '../model/customer.js';
import { TenantFactEntity } from '../model/facts.js';
import {
  CustomerRelationshipEntity, DelegatedAdminGrantEntity, type CustomerRelationship, type DelegatedAdminGrant,
  type RelationshipSource,
} from '../model/relationship.js';
import { CustomerSubscriptionEntity } from '../model/subscription.js';
import { activeGrant, activeRelationship, administeredCustomer, isUniqueViolation, visibleCustomer } from './access.js';

/** The Customer row of a tenant, created from identity's tenant read model the first time it accepts (§3.3). */
export async function customerForTenant(tx: EntityManager, tenantId: string): Promise<Customer> {
  const customers = tx.getRepository(CustomerEntity);
  const existing = await customers.findOneBy({ id: tenantId });
  if (existing) return existing;
  const tenant = await tx.getRepository(TenantFactEntity).findOneBy({ id: tenantId });
  if (!tenant) throw new DomainError('TENANT_UNKNOWN');
  await tx.query(`insert into customers.customers (id, company_name, domain, country, custom_domains)
    values ($1, $2, $3, $4, $5) on conflict (id) do nothing`,
  [tenant.id, tenant.displayName, tenant.defaultDomain, tenant.countryCode,
    tenant.verifiedDomains.filter((domain) => domain.toLowerCase() !== tenant.defaultDomain.toLowerCase())]);
  return customers.findOneByOrFail({ id: tenantId });
}

export interface NewRelationship {
  partnerId: string;
  customerId: string;
  source: RelationshipSource;
  requestId: string | null;
  now: Date;
}

/**
 * Creates the partner's ACTIVE relationship, or reactivates its last removed one; an ACTIVE one stays as it is
 * (§3.3: accepting never duplicates a relationship). Emits CustomerRelationshipEstablished when something changed.
 */
export async function establishRelationship(
  tx: EntityManager, input: NewRelationship, actor: Actor, customer?: RelationshipChange['customer'],
): Promise<CustomerRelationship> {
  const repository = tx.getRepository(CustomerRelationshipEntity);
  const current = await repository.findOne({
    where: { partnerId: input.partnerId, customerId: input.customerId }, order: { establishedAt: 'DESC' },
    lock: { mode: 'pessimistic_write' },
  });
  if (current?.state === 'ACTIVE') return current;
  const before = current ? relationshipSnapshot(current) : null;
  let relationship: CustomerRelationship;
  if (current) {
    relationship = Object.assign(current, { state: 'ACTIVE', source: input.source, requestId: input.requestId,
      establishedAt: input.now, removedAt: null });
    await repository.save(relationship);
  } else {
    relationship = { id: randomUUID(), customerId: input.customerId, partnerId: input.partnerId, type: 'RESELLER',
      state: 'ACTIVE', source: input.source, requestId: input.requestId, establishedAt: input.now, removedAt: null };
    try {
      await repository.insert(relationship);
    } catch (error) {
      // The partial unique index keeps one ACTIVE relationship when two requests are accepted at once.
      if (isUniqueViolation(error)) throw new DomainError('INVITATION_ALREADY_USED');
      throw error;
    }
  }
  await recordRelationshipEvent(tx, relationship, actor, { before, ...(customer ? { customer } : {}) });
  return relationship;
}

/** DAP ACTIVE for the partner: an ACTIVE grant stays, a removed one is reactivated, else one is created (§3.3). */
export async function grantDelegatedAdmin(
  tx: EntityManager, partnerId: string, customerId: string, now: Date, actor: Actor,
): Promise<DelegatedAdminGrant> {
  const repository = tx.getRepository(DelegatedAdminGrantEntity);
  const current = await repository.findOne({ where: { partnerId, customerId }, order: { grantedAt: 'DESC' }, lock: { mode: 'pessimistic_write' } });
  if (current?.state === 'ACTIVE') return current;
  const before = current ? grantSnapshot(current) : null;
  const grant: DelegatedAdminGrant = current
    ? Object.assign(current, { state: 'ACTIVE', grantedAt: now, removedAt: null, removedBy: null })
    : { id: randomUUID(), partnerId, customerId, kind: 'DAP', state: 'ACTIVE', grantedAt: now, removedAt: null, removedBy: null };
  await repository.save(grant);
  await recordGrantEvent(tx, grant, actor, before);
  return grant;
}

async function removeGrant(tx: EntityManager, grant: DelegatedAdminGrant, removedBy: DelegatedAdminGrant['removedBy'], now: Date, actor: Actor) {
  const before = grantSnapshot(grant);
  Object.assign(grant, { state: 'REMOVED', removedAt: now, removedBy });
  await tx.getRepository(DelegatedAdminGrantEntity).save(grant);
  await recordGrantEvent(tx, grant, actor, before);
  return grant;
}

/**
 * §3.3 removeCustomerRelationship (C-07): refused while subscriptions the caller sold or resells are ACTIVE;
 * then the relationship is REMOVED and the caller's DAP with it.
 */
export async function removeCustomerRelationship(
  tx: EntityManager, caller: PartnerCaller, customerId: string, now: Date,
): Promise<CustomerRelationship> {
  const relationship = await activeRelationship(tx, caller.partnerId, customerId);
  if (!relationship) throw new DomainError('NOT_FOUND');
  const active = await tx.getRepository(CustomerSubscriptionEntity).createQueryBuilder('s')
    .select('s.id', 'id')
    .where("s.customer_id = :customerId and s.status = 'ACTIVE'", { customerId })
    .andWhere('(s.provider_id = :partnerId or s.reseller_id = :partnerId)', { partnerId: caller.partnerId })
    .orderBy('s.id').getRawMany<{ id: string }>();
  if (active.length) throw new DomainError('ACTIVE_SUBSCRIPTIONS_EXIST', { subscriptionIds: active.map((row) => row.id) });
  const actor = partnerActor(caller);
  const before = relationshipSnapshot(relationship);
  Object.assign(relationship, { state: 'REMOVED', removedAt: now });
  await tx.getRepository(CustomerRelationshipEntity).save(relationship);
  await recordRelationshipEvent(tx, relationship, actor, { before });
  const grant = await activeGrant(tx, caller.partnerId, customerId);
  if (grant) await removeGrant(tx, grant, 'PARTNER', now, actor);
  return relationship;
}

/** C-10 (E: PC-DAPFAQ): the partner gives up its own delegated admin privileges; the relationship stays. */
export async function removeDelegatedAdminPrivileges(
  tx: EntityManager, caller: PartnerCaller, customerId: string, now: Date,
): Promise<DelegatedAdminGrant> {
  await visibleCustomer(tx, caller.partnerId, customerId);
  const grant = await activeGrant(tx, caller.partnerId, customerId);
  if (!grant) throw new DomainError('DELEGATED_ADMIN_REQUIRED', { customerId });
  return removeGrant(tx, grant, 'PARTNER', now, partnerActor(caller));
}

/**
 * §3.3 "Remove roles": the customer tenant's own global admin removes a partner's DAP; the relationship
 * stays ACTIVE. A partner without an ACTIVE grant for this customer is NOT_FOUND.
 */
export async function revokePartnerDelegatedAdmin(
  tx: EntityManager, principal: Principal, partnerId: string, now: Date,
): Promise<DelegatedAdminGrant> {
  if (!principal.tenantGlobalAdmin || principal.partnerId) throw new DomainError('CUSTOMER_GLOBAL_ADMIN_REQUIRED');
  const grant = await activeGrant(tx, partnerId, principal.tenantId);
  if (!grant) throw new DomainError('NOT_FOUND');
  return removeGrant(tx, grant, 'CUSTOMER', now, { kind: 'CUSTOMER_ADMIN', userId: principal.userId, partnerId: null });
}

export type AdminService = 'MICROSOFT_365_ADMIN_CENTER' | 'EXCHANGE_ADMIN_CENTER' | 'AZURE_PORTAL' | 'DYNAMICS_365';

function adminPortalUrl(customer: Customer, service: AdminService): string {
  const tenant = encodeURIComponent(customer.id);
  switch (service) {
    case 'MICROSOFT_365_ADMIN_CENTER': return `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${tenant}&CSDEST=o365admincenter`;
    case 'EXCHANGE_ADMIN_CENTER': return `https://admin.exchange.microsoft.com/?delegatedOrg=${encodeURIComponent(customer.domain)}`;
    case 'AZURE_PORTAL': return `https://portal.azure.com/${encodeURIComponent(customer.domain)}`;
    default: return `https://admin.powerplatform.microsoft.com/?tenant=${tenant}`;
  }
}

/** C-11 (S-3): the AOBO deep link, for a visible customer the caller holds DAP for; audited as an event. */
export async function administerOnBehalfOf(
  tx: EntityManager, caller: PartnerCaller, customerId: string, service: AdminService,
): Promise<{ customerId: string; service: AdminService; url: string }> {
  const customer = await administeredCustomer(tx, caller.partnerId, customerId);
  await recordCustomersEvent(tx, {
    type: 'AdministerOnBehalfOfStarted', aggregateId: customer.id, partnerIds: [caller.partnerId], actor: partnerActor(caller),
    payload: { customerId: customer.id, service },
  });
  return { customerId: customer.id, service, url: adminPortalUrl(customer, service) };
}
