import { EntitySchema } from 'typeorm';
import { tenantColumns, type TenantFields } from '../../kit/tenant-read-model.js';

/** A tenant (DOMAIN.md §2.1): identity owns it; the other subgraphs keep a read model of it. */
export interface Tenant extends TenantFields {
  createdAt: Date;
}

export const TenantEntity = new EntitySchema<Tenant>({
  name: 'Tenant',
  tableName: 'tenants',
  schema: 'identity',
  columns: {
    ...tenantColumns(),
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
