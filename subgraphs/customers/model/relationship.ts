import { EntitySchema } from 'typeorm';

export type RelationshipState = 'ACTIVE' | 'REMOVED';
export type RelationshipSource = 'INVITATION' | 'JOINT_INVITATION' | 'IMPORTED' | 'PROVIDER_CREATED';

export interface CustomerRelationship {
  id: string;
  customerId: string;
  partnerId: string;
  type: 'RESELLER' | 'ADVISOR';
  state: RelationshipState;
  source: RelationshipSource;
  requestId: string | null;
  establishedAt: Date;
  removedAt: Date | null;
}

export const CustomerRelationshipEntity = new EntitySchema<CustomerRelationship>({
  name: 'CustomerRelationship',
  tableName: 'relationships',
  schema: 'customers',
  columns: {
    id: { type: 'uuid', primary: true },
    customerId: { type: 'uuid', name: 'customer_id' },
    partnerId: { type: 'uuid', name: 'partner_id' },
    type: { type: 'text' },
    state: { type: 'text' },
    source: { type: 'text' },
    requestId: { type: 'uuid', name: 'request_id', nullable: true },
    establishedAt: { type: 'timestamptz', name: 'established_at' },
    removedAt: { type: 'timestamptz', name: 'removed_at', nullable: true },
  },
});

export interface DelegatedAdminGrant {
  id: string;
  partnerId: string;
  customerId: string;
  kind: 'DAP' | 'GDAP';
  state: RelationshipState;
  grantedAt: Date;
  removedAt: Date | null;
  removedBy: 'CUSTOMER' | 'PARTNER' | 'SYSTEM' | null;
}

export const DelegatedAdminGrantEntity = new EntitySchema<DelegatedAdminGrant>({
  name: 'DelegatedAdminGrant',
  tableName: 'delegated_admin_grants',
  schema: 'customers',
  columns: {
    id: { type: 'uuid', primary: true },
    partnerId: { type: 'uuid', name: 'partner_id' },
    customerId: { type: 'uuid', name: 'customer_id' },
    kind: { type: 'text' },
    state: { type: 'text' },
    grantedAt: { type: 'timestamptz', name: 'granted_at' },
    removedAt: { type: 'timestamptz', name: 'removed_at', nullable: true },
    removedBy: { type: 'text', name: 'removed_by', nullable: true },
  },
});

/** Read model of the partners subgraph's partnerships (provider, reseller, state). */
export interface PartnershipFact {
  id: string | null;
  providerId: string;
  resellerId: string;
  state: RelationshipState;
  providerTenantAdminAccess: boolean;
  updatedAt: Date;
}

export const PartnershipFactEntity = new EntitySchema<PartnershipFact>({
  name: 'PartnershipFact',
  tableName: 'partnerships',
  schema: 'customers',
  columns: {
    providerId: { type: 'uuid', primary: true, name: 'provider_id' },
    resellerId: { type: 'uuid', primary: true, name: 'reseller_id' },
    id: { type: 'uuid', nullable: true },
    state: { type: 'text' },
    providerTenantAdminAccess: { type: 'boolean', name: 'provider_tenant_admin_access' },
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});
