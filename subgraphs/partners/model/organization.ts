import { EntitySchema } from 'typeorm';
import type { ProgramStatus } from '../../../platform/tokens.js';
import type { Address, LegalBusinessProfile, SupportProfile } from '../domain/details.js';
import type { VettingStatus, VettingSubStatus } from '../domain/enrollment.js';

export type PartnerType = 'INDIRECT_RESELLER' | 'INDIRECT_PROVIDER';

export interface BillingProfile {
  companyName: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  purchaseOrderNumber: string | null;
  address: Address | null;
}

export interface Organization {
  id: string;
  companyName: string;
  partnerType: PartnerType;
  programStatus: ProgramStatus;
  country: string;
  mpnId: string | null;
  legalBusinessProfile: LegalBusinessProfile | null;
  supportProfile: SupportProfile | null;
  billingProfile: BillingProfile | null;
  vettingStatus: VettingStatus;
  vettingSubStatus: VettingSubStatus;
  createdAt: Date;
  updatedAt: Date;
}

export const OrganizationEntity = new EntitySchema<Organization>({
  name: 'Organization',
  tableName: 'organizations',
  schema: 'partners',
  columns: {
    id: { type: 'uuid', primary: true },
    companyName: { type: 'text', name: 'company_name' },
    partnerType: { type: 'text', name: 'partner_type' },
    programStatus: { type: 'text', name: 'program_status' },
    country: { type: 'char', length: 2 },
    mpnId: { type: 'text', name: 'mpn_id', nullable: true },
    legalBusinessProfile: { type: 'jsonb', name: 'legal_business_profile', nullable: true },
    supportProfile: { type: 'jsonb', name: 'support_profile', nullable: true },
    billingProfile: { type: 'jsonb', name: 'billing_profile', nullable: true },
    vettingStatus: { type: 'text', name: 'vetting_status' },
    vettingSubStatus: { type: 'text', name: 'vetting_sub_status' },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});

/** docs/events.md: the snapshot every event that creates or changes an organization carries. */
export function organizationSnapshot(organization: Organization) {
  return {
    id: organization.id,
    companyName: organization.companyName,
    partnerType: organization.partnerType,
    programStatus: organization.programStatus,
    country: organization.country.trim(),
    mpnId: organization.mpnId,
  };
}
