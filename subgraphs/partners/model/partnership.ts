import { EntitySchema } from 'typeorm';

export type PartnershipState = 'ACTIVE' | 'REMOVED';

export interface Partnership {
  id: string;
  providerId: string;
  resellerId: string;
  state: PartnershipState;
  establishedAt: Date;
  acceptedBy: string | null;
  providerTenantAdminAccess: boolean;
  removedAt: Date | null;
  invitationId: string | null;
}

export const PartnershipEntity = new EntitySchema<Partnership>({
  name: 'Partnership',
  tableName: 'partnerships',
  schema: 'partners',
  columns: {
    id: { type: 'uuid', primary: true },
    providerId: { type: 'uuid', name: 'provider_id' },
    resellerId: { type: 'uuid', name: 'reseller_id' },
    state: { type: 'text' },
    establishedAt: { type: 'timestamptz', name: 'established_at' },
    acceptedBy: { type: 'uuid', name: 'accepted_by', nullable: true },
    providerTenantAdminAccess: { type: 'boolean', name: 'provider_tenant_admin_access' },
    removedAt: { type: 'timestamptz', name: 'removed_at', nullable: true },
    invitationId: { type: 'uuid', name: 'invitation_id', nullable: true },
  },
});

/** docs/events.md: the snapshot partnership events carry. */
export function partnershipSnapshot(partnership: Partnership) {
  return {
    id: partnership.id,
    providerId: partnership.providerId,
    resellerId: partnership.resellerId,
    state: partnership.state,
    providerTenantAdminAccess: partnership.providerTenantAdminAccess,
  };
}
