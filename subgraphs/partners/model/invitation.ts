import { EntitySchema } from 'typeorm';
import type { InvitationState } from '../domain/partnerships.js';

/** §3.2: a provider's invitation to a reseller; the link's token is stored only as a SHA-256 digest. */
export interface PartnershipInvitation {
  id: string;
  providerId: string;
  inviteeEmail: string | null;
  tokenHash: string;
  state: InvitationState;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedByOrg: string | null;
  acceptedBy: string | null;
  acceptedAt: Date | null;
  closedAt: Date | null;
  /** the one organization that may accept or decline it: set when it answers that organization's contact request (P-22) */
  inviteePartnerId: string | null;
}

export const PartnershipInvitationEntity = new EntitySchema<PartnershipInvitation>({
  name: 'PartnershipInvitation',
  tableName: 'partnership_invitations',
  schema: 'partners',
  columns: {
    id: { type: 'uuid', primary: true },
    providerId: { type: 'uuid', name: 'provider_id' },
    inviteeEmail: { type: 'text', name: 'invitee_email', nullable: true },
    tokenHash: { type: 'text', name: 'token_hash' },
    state: { type: 'text' },
    createdBy: { type: 'uuid', name: 'created_by' },
    createdAt: { type: 'timestamptz', name: 'created_at' },
    expiresAt: { type: 'timestamptz', name: 'expires_at' },
    acceptedByOrg: { type: 'uuid', name: 'accepted_by_org', nullable: true },
    acceptedBy: { type: 'uuid', name: 'accepted_by', nullable: true },
    acceptedAt: { type: 'timestamptz', name: 'accepted_at', nullable: true },
    closedAt: { type: 'timestamptz', name: 'closed_at', nullable: true },
    inviteePartnerId: { type: 'uuid', name: 'invitee_partner_id', nullable: true },
  },
});

/** What invitation events carry: never the token. */
export function invitationSnapshot(invitation: PartnershipInvitation, state: InvitationState = invitation.state) {
  return {
    id: invitation.id, providerId: invitation.providerId, state, acceptedByOrg: invitation.acceptedByOrg,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
