import { EntitySchema } from 'typeorm';
import type { LegalBusinessProfile, SupportProfile } from '../domain/details.js';
import type { EnrollmentKind, EnrollmentStatus } from '../domain/enrollment.js';
import type { MpnOrgProfile } from '../domain/mpn.js';
import type { PartnerType } from './organization.js';

export interface EnrollmentTransition {
  from: EnrollmentStatus | null;
  to: EnrollmentStatus;
  at: string;
  actorKind: 'PARTNER_USER' | 'CUSTOMER_ADMIN' | 'SYSTEM' | 'REVIEWER';
  actorId: string | null;
  reason: string | null;
}

/** One enrollment run (§3.1); its id is not the organization's: a tenant may enroll again after a rejection. */
export interface Enrollment {
  id: string;
  /** = the organization id (PartnerOrganization.id is the tenant id) */
  tenantId: string;
  program: PartnerType;
  kind: EnrollmentKind;
  status: EnrollmentStatus;
  createdBy: string;
  candidateProfiles: MpnOrgProfile[];
  selectedMpnId: string | null;
  legalBusinessProfile: LegalBusinessProfile | null;
  supportProfile: SupportProfile | null;
  primaryContactEmailVerifiedAt: Date | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  rejectionReason: string | null;
  history: EnrollmentTransition[];
  createdAt: Date;
  updatedAt: Date;
}

export const EnrollmentEntity = new EntitySchema<Enrollment>({
  name: 'Enrollment',
  tableName: 'enrollments',
  schema: 'partners',
  columns: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', name: 'tenant_id' },
    program: { type: 'text' },
    kind: { type: 'text' },
    status: { type: 'text' },
    createdBy: { type: 'uuid', name: 'created_by' },
    candidateProfiles: { type: 'jsonb', name: 'candidate_profiles' },
    selectedMpnId: { type: 'text', name: 'selected_mpn_id', nullable: true },
    legalBusinessProfile: { type: 'jsonb', name: 'legal_business_profile', nullable: true },
    supportProfile: { type: 'jsonb', name: 'support_profile', nullable: true },
    primaryContactEmailVerifiedAt: { type: 'timestamptz', name: 'primary_contact_email_verified_at', nullable: true },
    submittedAt: { type: 'timestamptz', name: 'submitted_at', nullable: true },
    decidedAt: { type: 'timestamptz', name: 'decided_at', nullable: true },
    rejectionReason: { type: 'text', name: 'rejection_reason', nullable: true },
    history: { type: 'jsonb' },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});

/** docs/events.md: the snapshot `EnrollmentStatusChanged` carries. */
export function enrollmentSnapshot(enrollment: Enrollment) {
  return {
    id: enrollment.id, organizationId: enrollment.tenantId, status: enrollment.status, createdBy: enrollment.createdBy,
  };
}

/**
 * The application's details before and after one enrollment step (`before`/`after` of its event, docs/events.md): what
 * the activity log shows. The primary contact's verification token is never part of it.
 */
export function enrollmentDetails(enrollment: Enrollment) {
  return structuredClone({
    status: enrollment.status, kind: enrollment.kind, selectedMpnId: enrollment.selectedMpnId,
    candidateMpnIds: enrollment.candidateProfiles.map((profile) => profile.mpnId),
    legalBusinessProfile: enrollment.legalBusinessProfile, supportProfile: enrollment.supportProfile,
    primaryContactEmailVerifiedAt: enrollment.primaryContactEmailVerifiedAt?.toISOString() ?? null,
    rejectionReason: enrollment.rejectionReason,
  });
}

export type EnrollmentDetails = ReturnType<typeof enrollmentDetails>;

/** the primary contact's email-verification link; only its SHA-256 digest is stored. */
export interface VerificationToken {
  id: string;
  enrollmentId: string;
  tokenHash: string;
  email: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  supersededAt: Date | null;
}

export const VerificationTokenEntity = new EntitySchema<VerificationToken>({
  name: 'VerificationToken',
  tableName: 'verification_tokens',
  schema: 'partners',
  columns: {
    id: { type: 'uuid', primary: true },
    enrollmentId: { type: 'uuid', name: 'enrollment_id' },
    tokenHash: { type: 'text', name: 'token_hash' },
    email: { type: 'text' },
    createdAt: { type: 'timestamptz', name: 'created_at' },
    expiresAt: { type: 'timestamptz', name: 'expires_at' },
    usedAt: { type: 'timestamptz', name: 'used_at', nullable: true },
    supersededAt: { type: 'timestamptz', name: 'superseded_at', nullable: true },
  },
});
