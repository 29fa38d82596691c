import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import type { PartnersDeps } from '../deps.js';
import { isWellFormedEmail, normalizeEmail } from '../domain/contacts.js';
import {
  checkLegalBusinessProfile, checkSupportProfile, toLegalBusinessProfile, toSupportProfile,
  type AddressInput, type LegalBusinessProfileInput, type SupportProfileInput,
} from '../domain/details.js';
import { recordPartnersEvent } from '../events.js';
import { OrganizationEntity, organizationSnapshot, type BillingProfile, type Organization } from '../model/organization.js';
import { TenantFactsEntity } from '../model/tenant.js';
import { detailsError } from './enrollment-store.js';
import type { PartnerCaller } from './partner-caller.js';

/** The caller's own organization, locked for the profile change. */
export async function ownOrganization(tx: EntityManager, caller: PartnerCaller): Promise<Organization> {
  const organization = await tx.getRepository(OrganizationEntity).findOne({
    where: { id: caller.partnerId }, lock: { mode: 'pessimistic_write' },
  });
  if (!organization) throw new DomainError('NOT_FOUND');
  return organization;
}

type Section = 'LEGAL' | 'SUPPORT' | 'BILLING';

/** The section of the profile a change replaces, as `before`/`after` of its event show it (docs/events.md). */
function sectionOf(organization: Organization, section: Section): Record<string, unknown> | null {
  const content = section === 'LEGAL'
    ? organization.legalBusinessProfile && { ...organization.legalBusinessProfile, vettingStatus: organization.vettingStatus,
      vettingSubStatus: organization.vettingSubStatus }
    : section === 'SUPPORT' ? organization.supportProfile : organization.billingProfile;
  return content ? structuredClone(content) as Record<string, unknown> : null;
}

/**
 * §5 PartnerProfileChanged{section} (the organizationChanged stream), in the change's transaction, with the section
 * before and after the change (the activity log's before/after; docs/events.md).
 */
export async function publishProfileChange(
  tx: EntityManager, organization: Organization, caller: PartnerCaller, section: Section | 'DIRECTORY',
  change: { before: Record<string, unknown> | null; after: Record<string, unknown> | null },
) {
  await recordPartnersEvent(tx, {
    type: 'PartnerProfileChanged', aggregateId: organization.id, partnerIds: [organization.id],
    actor: { kind: 'PARTNER_USER', userId: caller.userId, partnerId: caller.partnerId },
    payload: { section, organization: organizationSnapshot(organization), ...change },
  });
}

/** P-04 / A-8: any legal change sends the profile back to vetting (E: PC-VERIFY); the program stays ACTIVE. */
export async function updateLegalBusinessProfile(
  tx: EntityManager, caller: PartnerCaller, input: LegalBusinessProfileInput, deps: Pick<PartnersDeps, 'webmailDomains'>,
): Promise<Organization> {
  const organization = await ownOrganization(tx, caller);
  const tenant = await tx.getRepository(TenantFactsEntity).findOneBy({ id: organization.id });
  const failure = checkLegalBusinessProfile(input, (tenant?.countryCode ?? organization.country).trim(), deps.webmailDomains);
  if (failure) throw detailsError(failure);
  const before = sectionOf(organization, 'LEGAL');
  organization.legalBusinessProfile = toLegalBusinessProfile(input);
  organization.companyName = organization.legalBusinessProfile.companyName;
  organization.vettingStatus = 'PENDING';
  organization.vettingSubStatus = 'BUSINESS_VERIFICATION';
  await tx.getRepository(OrganizationEntity).save(organization);
  await publishProfileChange(tx, organization, caller, 'LEGAL', { before, after: sectionOf(organization, 'LEGAL') });
  return organization;
}

/** P-05 */
export async function updateSupportProfile(tx: EntityManager, caller: PartnerCaller, input: SupportProfileInput): Promise<Organization> {
  const organization = await ownOrganization(tx, caller);
  const failure = checkSupportProfile(input);
  if (failure) throw detailsError(failure);
  const before = sectionOf(organization, 'SUPPORT');
  organization.supportProfile = toSupportProfile(input);
  await tx.getRepository(OrganizationEntity).save(organization);
  await publishProfileChange(tx, organization, caller, 'SUPPORT', { before, after: sectionOf(organization, 'SUPPORT') });
  return organization;
}

interface BillingProfileInput {
  companyName?: string | null; firstName?: string | null; lastName?: string | null; email?: string | null;
  purchaseOrderNumber?: string | null; address?: AddressInput | null;
}

const optional = (value: string | null | undefined) => value?.trim() || null;

/** P-18: global admin or billing admin. */
export async function updateBillingProfile(tx: EntityManager, caller: PartnerCaller, input: BillingProfileInput): Promise<Organization> {
  const organization = await ownOrganization(tx, caller);
  const email = input.email?.trim() ? normalizeEmail(input.email) : null;
  if (email && !isWellFormedEmail(email)) throw new DomainError('INVALID_EMAIL', { field: 'email' });
  const address = input.address;
  const billing: BillingProfile = {
    companyName: optional(input.companyName), firstName: optional(input.firstName), lastName: optional(input.lastName),
    email, purchaseOrderNumber: optional(input.purchaseOrderNumber),
    address: address ? {
      country: (address.country ?? organization.country).trim().toUpperCase(), region: optional(address.region),
      city: address.city?.trim() ?? '', state: optional(address.state), addressLine1: address.addressLine1?.trim() ?? '',
      addressLine2: optional(address.addressLine2), postalCode: address.postalCode?.trim() ?? '',
      phoneNumber: optional(address.phoneNumber),
    } : null,
  };
  const before = sectionOf(organization, 'BILLING');
  organization.billingProfile = billing;
  await tx.getRepository(OrganizationEntity).save(organization);
  await publishProfileChange(tx, organization, caller, 'BILLING', { before, after: sectionOf(organization, 'BILLING') });
  return organization;
}
