import { EntitySchema } from 'typeorm';
import { tenantColumns, type TenantFields } from '../../kit/tenant-read-model.js';

/** Read model of identity's tenants (TenantCreated): a customer tenant accepting a request (§3.3). */
export interface TenantFact extends TenantFields {
  updatedAt: Date;
}

export const TenantFactEntity = new EntitySchema<TenantFact>({
  name: 'TenantFact',
  tableName: 'tenants',
  schema: 'customers',
  columns: {
    ...tenantColumns(),
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});

export type PartnerType = 'INDIRECT_RESELLER' | 'INDIRECT_PROVIDER';

/** Read model of the partners subgraph's organizations. */
export interface OrganizationFact {
  id: string;
  companyName: string | null;
  partnerType: PartnerType;
  programStatus: string;
  country: string;
  mpnId: string | null;
  updatedAt: Date;
}

export const OrganizationFactEntity = new EntitySchema<OrganizationFact>({
  name: 'OrganizationFact',
  tableName: 'organizations',
  schema: 'customers',
  columns: {
    id: { type: 'uuid', primary: true },
    companyName: { type: 'text', name: 'company_name', nullable: true },
    partnerType: { type: 'text', name: 'partner_type' },
    programStatus: { type: 'text', name: 'program_status' },
    country: { type: 'char', length: 2 },
    mpnId: { type: 'text', name: 'mpn_id', nullable: true },
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});
