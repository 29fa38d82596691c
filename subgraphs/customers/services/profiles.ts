import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import { isIsoCountryCode } from '../../kit/countries.js';
import { partnerActor, recordCustomersEvent, type PartnerCaller } from '../events.js';
import { CustomerEntity, type Customer, type CustomerAddress, type CustomerBillingProfile } from '../model/customer.js';
import { administeredCustomer, isUniqueViolation, partnershipIsActive, visibleCustomer } from './access.js';
import { requireProvider } from './commerce.js';
import { establishRelationship } from './relationships.js';

export interface CreateCustomerInput {
  companyName: string;
  domain: string;
  country: string;
  email?: string | null;
  address?: CustomerAddress | null;
  organizationRegistrationNumber?: string | null;
}

function required(value: string | null | undefined, field: string): string {
  const trimmed = value?.trim();
  if (!trimmed) throw new DomainError('REQUIRED_FIELD', { field });
  return trimmed;
}

/**
 * C-15 createCustomer (E: API-CUST create-for-indirect-reseller): a provider creates the customer with its own
 * PROVIDER_CREATED relationship, associated with a partnered reseller when named.
 */
export async function createCustomer(
  tx: EntityManager, caller: PartnerCaller, input: CreateCustomerInput, associatedResellerId: string | null | undefined, now: Date,
): Promise<Customer> {
  await requireProvider(tx, caller);
  if (associatedResellerId && !(await partnershipIsActive(tx, caller.partnerId, associatedResellerId))) {
    throw new DomainError('RESELLER_NOT_PARTNERED', { associatedResellerId });
  }
  const country = required(input.country, 'country').toUpperCase();
  if (!isIsoCountryCode(country)) throw new DomainError('INVALID_COUNTRY', { field: 'country' });
  const customer: Customer = {
    id: randomUUID(), commerceId: randomUUID(), companyName: required(input.companyName, 'companyName'),
    domain: required(input.domain, 'domain').toLowerCase(), registrationNumber: input.organizationRegistrationNumber ?? null,
    country, customDomains: [], associatedResellerId: associatedResellerId ?? null, companyEmail: input.email ?? null,
    companyAddress: input.address ?? null, billingProfile: null, createdAt: now, updatedAt: now,
  };
  try {
    // No RETURNING: under row-level security the new customer is readable once its relationship exists.
    await tx.createQueryBuilder().insert().into(CustomerEntity).values(customer).updateEntity(false).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('DOMAIN_TAKEN', { field: 'domain' });
    throw error;
  }
  await establishRelationship(tx, { partnerId: caller.partnerId, customerId: customer.id, source: 'PROVIDER_CREATED',
    requestId: null, now }, partnerActor(caller), { id: customer.id, companyName: customer.companyName, domain: customer.domain,
    country: customer.country, associatedResellerId: customer.associatedResellerId });
  return customer;
}

type ProfileSection = 'COMPANY' | 'BILLING';

/**
 * A section of the customer's profile as `before`/`after` of CustomerProfileChanged show it. The company email and
 * address are DAP-gated (T-8): the event names them in `changedFields` but does not copy them.
 */
function profileOf(customer: Customer, section: ProfileSection): Record<string, unknown> {
  return section === 'COMPANY'
    ? { companyName: customer.companyName, organizationRegistrationNumber: customer.registrationNumber }
    : structuredClone({ ...customer.billingProfile });
}

const GATED_FIELDS = { email: 'companyEmail', address: 'companyAddress' } as const;

async function recordProfileChange(
  tx: EntityManager, caller: PartnerCaller, customer: Customer, section: ProfileSection, before: Record<string, unknown>,
  gatedBefore: Pick<Customer, 'companyEmail' | 'companyAddress'> | null = null,
) {
  const changedFields = gatedBefore ? Object.entries(GATED_FIELDS)
    .filter(([, key]) => JSON.stringify(gatedBefore[key]) !== JSON.stringify(customer[key])).map(([field]) => field) : [];
  await recordCustomersEvent(tx, {
    type: 'CustomerProfileChanged', aggregateId: customer.id, partnerIds: [caller.partnerId], actor: partnerActor(caller),
    payload: { customerId: customer.id, section, before, after: profileOf(customer, section), changedFields },
  });
}

/** C-16 ᴰ: company details (E: 2017 HA "Edit customer details"). */
export async function updateCompanyProfile(
  tx: EntityManager, caller: PartnerCaller, customerId: string,
  input: { companyName?: string | null; organizationRegistrationNumber?: string | null; email?: string | null; address?: CustomerAddress | null },
): Promise<Customer> {
  const customer = await administeredCustomer(tx, caller.partnerId, customerId);
  const before = profileOf(customer, 'COMPANY');
  const gatedBefore = { companyEmail: customer.companyEmail, companyAddress: customer.companyAddress };
  if (input.companyName !== undefined) customer.companyName = required(input.companyName, 'companyName');
  if (input.organizationRegistrationNumber !== undefined) customer.registrationNumber = input.organizationRegistrationNumber?.trim() || null;
  if (input.email !== undefined) customer.companyEmail = input.email?.trim().toLowerCase() || null;
  if (input.address !== undefined) customer.companyAddress = input.address ?? null;
  await tx.getRepository(CustomerEntity).save(customer);
  await recordProfileChange(tx, caller, customer, 'COMPANY', before, gatedBefore);
  return customer;
}

/** C-17: the billing profile (admin agents only; E: 2017 HA can't edit billing info). */
export async function updateBillingProfile(
  tx: EntityManager, caller: PartnerCaller, customerId: string, input: Partial<CustomerBillingProfile>,
): Promise<Customer> {
  const customer = await visibleCustomer(tx, caller.partnerId, customerId);
  const before = profileOf(customer, 'BILLING');
  const current: CustomerBillingProfile = customer.billingProfile ?? {
    firstName: null, lastName: null, email: null, culture: null, language: null, companyName: null, defaultAddress: null,
  };
  customer.billingProfile = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) };
  await tx.getRepository(CustomerEntity).save(customer);
  await recordProfileChange(tx, caller, customer, 'BILLING', before);
  return customer;
}
