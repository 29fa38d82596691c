import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import { CustomerEntity, type Customer } from '../model/customer.js';
import { OrganizationFactEntity, type OrganizationFact } from '../model/facts.js';
import {
  CustomerRelationshipEntity, DelegatedAdminGrantEntity, PartnershipFactEntity,
  type CustomerRelationship, type DelegatedAdminGrant,
} from '../model/relationship.js';

/** The caller organization's ACTIVE relationship with a customer (G5), or null. */
export function activeRelationship(tx: EntityManager, partnerId: string, customerId: string): Promise<CustomerRelationship | null> {
  return tx.getRepository(CustomerRelationshipEntity).findOneBy({ partnerId, customerId, state: 'ACTIVE' });
}

/** The caller organization's ACTIVE delegated admin grant for a customer, or null. */
export function activeGrant(tx: EntityManager, partnerId: string, customerId: string): Promise<DelegatedAdminGrant | null> {
  return tx.getRepository(DelegatedAdminGrantEntity).findOneBy({ partnerId, customerId, state: 'ACTIVE' });
}

/** G5 / T-1 / T-4: a customer the caller organization has no ACTIVE relationship with does not exist for it. */
export async function visibleCustomer(tx: EntityManager, partnerId: string, customerId: string): Promise<Customer> {
  const relationship = await activeRelationship(tx, partnerId, customerId);
  const customer = relationship ? await tx.getRepository(CustomerEntity).findOneBy({ id: customerId }) : null;
  if (!customer) throw new DomainError('NOT_FOUND');
  return customer;
}

/** ᴰ rows: the caller organization needs ACTIVE delegated admin privileges for the customer. */
export async function requireDelegatedAdmin(tx: EntityManager, partnerId: string, customerId: string): Promise<DelegatedAdminGrant> {
  const grant = await activeGrant(tx, partnerId, customerId);
  if (!grant) throw new DomainError('DELEGATED_ADMIN_REQUIRED', { customerId });
  return grant;
}

/** A visible customer the caller holds DAP for: the guard of every ᴰ row. */
export async function administeredCustomer(tx: EntityManager, partnerId: string, customerId: string): Promise<Customer> {
  const customer = await visibleCustomer(tx, partnerId, customerId);
  await requireDelegatedAdmin(tx, partnerId, customerId);
  return customer;
}

export function organizationFact(tx: EntityManager, id: string): Promise<OrganizationFact | null> {
  return tx.getRepository(OrganizationFactEntity).findOneBy({ id });
}

/** An ACTIVE provider↔reseller partnership in the read model fed by partners' events. */
export function partnershipIsActive(tx: EntityManager, providerId: string, resellerId: string): Promise<boolean> {
  return tx.getRepository(PartnershipFactEntity).existsBy({ providerId, resellerId, state: 'ACTIVE' });
}

export const isUniqueViolation = (error: unknown) => (error as { driverError?: { code?: string } }).driverError?.code === '23505';
