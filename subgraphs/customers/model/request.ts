import { EntitySchema } from 'typeorm';
import type { RequestState } from '../domain/requests.js';

/** §3.3 ResellerRelationshipRequest: the link's token is stored only as its SHA-256 digest. */
export interface RelationshipRequest {
  id: string;
  requestingPartnerId: string;
  jointProviderId: string | null;
  includeDelegatedAdminPrivileges: boolean;
  customerEmailHint: string | null;
  /** set when the request restores DAP for a known customer (C-09) */
  targetCustomerId: string | null;
  /** set when the request came from a lead (C-26) */
  leadId: string | null;
  tokenHash: string;
  state: RequestState;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedByCustomer: string | null;
  acceptedBy: string | null;
  acceptedAt: Date | null;
  closedAt: Date | null;
}

export const RelationshipRequestEntity = new EntitySchema<RelationshipRequest>({
  name: 'RelationshipRequest',
  tableName: 'relationship_requests',
  schema: 'customers',
  columns: {
    id: { type: 'uuid', primary: true },
    requestingPartnerId: { type: 'uuid', name: 'requesting_partner_id' },
    jointProviderId: { type: 'uuid', name: 'joint_provider_id', nullable: true },
    includeDelegatedAdminPrivileges: { type: 'boolean', name: 'include_dap' },
    customerEmailHint: { type: 'text', name: 'customer_email_hint', nullable: true },
    targetCustomerId: { type: 'uuid', name: 'target_customer_id', nullable: true },
    leadId: { type: 'uuid', name: 'lead_id', nullable: true },
    tokenHash: { type: 'text', name: 'token_hash' },
    state: { type: 'text' },
    createdBy: { type: 'uuid', name: 'created_by' },
    createdAt: { type: 'timestamptz', name: 'created_at' },
    expiresAt: { type: 'timestamptz', name: 'expires_at' },
    acceptedByCustomer: { type: 'uuid', name: 'accepted_by_customer', nullable: true },
    acceptedBy: { type: 'uuid', name: 'accepted_by', nullable: true },
    acceptedAt: { type: 'timestamptz', name: 'accepted_at', nullable: true },
    closedAt: { type: 'timestamptz', name: 'closed_at', nullable: true },
  },
});
