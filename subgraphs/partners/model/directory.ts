import { EntitySchema } from 'typeorm';
import type { ContactRequestState } from '../domain/contact-requests.js';
import type { DirectoryProfileFields } from '../domain/directory.js';

/**
 * P-20: a provider's directory profile, one row per provider organization. The table also keeps the organization's
 * name as listed and, derived from it, the sort key and the full-text vector the directory pages and searches with
 * (migration 1732407600000); the service never writes those.
 */
export interface DirectoryProfile extends DirectoryProfileFields {
  providerId: string;
  updatedBy: string;
  updatedAt: Date;
}

export const DirectoryProfileEntity = new EntitySchema<DirectoryProfile>({
  name: 'DirectoryProfile',
  tableName: 'provider_directory_profiles',
  schema: 'partners',
  columns: {
    providerId: { type: 'uuid', primary: true, name: 'provider_id' },
    listed: { type: 'boolean' },
    countries: { type: 'text', array: true },
    offerings: { type: 'text', array: true },
    languages: { type: 'text', array: true },
    description: { type: 'text', nullable: true },
    contactEmail: { type: 'text', name: 'contact_email', nullable: true },
    website: { type: 'text', nullable: true },
    updatedBy: { type: 'uuid', name: 'updated_by' },
    updatedAt: { type: 'timestamptz', name: 'updated_at' },
  },
});

/** P-21 / P-22: a reseller's request that a listed provider get in touch. */
export interface ContactRequest {
  id: string;
  providerId: string;
  resellerId: string;
  state: ContactRequestState;
  message: string;
  replyTo: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  answeredBy: string | null;
  answeredAt: Date | null;
  declineReason: string | null;
  invitationId: string | null;
}

export const ContactRequestEntity = new EntitySchema<ContactRequest>({
  name: 'ContactRequest',
  tableName: 'provider_contact_requests',
  schema: 'partners',
  columns: {
    id: { type: 'uuid', primary: true },
    providerId: { type: 'uuid', name: 'provider_id' },
    resellerId: { type: 'uuid', name: 'reseller_id' },
    state: { type: 'text' },
    message: { type: 'text' },
    replyTo: { type: 'text', name: 'reply_to' },
    createdBy: { type: 'uuid', name: 'created_by' },
    createdAt: { type: 'timestamptz', name: 'created_at' },
    expiresAt: { type: 'timestamptz', name: 'expires_at' },
    answeredBy: { type: 'uuid', name: 'answered_by', nullable: true },
    answeredAt: { type: 'timestamptz', name: 'answered_at', nullable: true },
    declineReason: { type: 'text', name: 'decline_reason', nullable: true },
    invitationId: { type: 'uuid', name: 'invitation_id', nullable: true },
  },
});

/** docs/events.md: what contact-request events carry; never the message, the reply address or the reason. */
export function contactRequestSnapshot(request: ContactRequest, state: ContactRequestState = request.state) {
  return {
    id: request.id, providerId: request.providerId, resellerId: request.resellerId, state,
    invitationId: request.invitationId, expiresAt: request.expiresAt.toISOString(),
  };
}
