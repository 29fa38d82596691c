import { EntitySchema } from 'typeorm';

export interface Tenant {
  id: string;
  displayName: string;
  defaultDomain: string;
  verifiedDomains: string[];
  countryCode: string;
  createdAt: Date;
}

export const TenantEntity = new EntitySchema<Tenant>({
  name: 'Tenant',
  tableName: 'tenants',
  schema: 'identity',
  columns: {
    id: { type: 'uuid', primary: true },
    displayName: { type: 'text', name: 'display_name' },
    defaultDomain: { type: 'text', name: 'default_domain' },
    verifiedDomains: { type: 'text', name: 'verified_domains', array: true },
    countryCode: { type: 'char', length: 2, name: 'country_code' },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});

/** Identity's read model of the partners subgraph's organization facts (fed by its events). */
export interface OrganizationFacts {
  id: string;
  partnerType: 'INDIRECT_RESELLER' | 'INDIRECT_PROVIDER';
  programStatus: 'ENROLLING' | 'PENDING_VERIFICATION' | 'ACTIVE' | 'REJECTED' | 'SUSPENDED';
  updatedAt: Date;
}

export const OrganizationFactsEntity = new EntitySchema<OrganizationFacts>({
  name: 'OrganizationFacts',
  tableName: 'organizations',
  schema: 'identity',
  columns: {
    id: { type: 'uuid', primary: true },
    partnerType: { type: 'text', name: 'partner_type' },
    programStatus: { type: 'text', name: 'program_status' },
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});
