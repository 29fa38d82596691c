import type { ProgramStatus } from '../../../platform/tokens.js';

/** §3.1: the enrollment application's lifecycle. Pure: the resolvers persist what these functions decide. */
export type EnrollmentStatus =
  | 'STARTED' | 'MPN_ACCOUNT_LINKED' | 'ORG_PROFILE_SELECTED' | 'DETAILS_SAVED' | 'PENDING_EMAIL_VERIFICATION'
  | 'IN_REVIEW' | 'APPROVED' | 'REJECTED' | 'CANCELLED';

/** S-35: an existing CSP partner provides only its support profile (A-24: no re-vetting). */
export type EnrollmentKind = 'NEW_PARTNER' | 'EXISTING_CSP_PARTNER';

export type VettingStatus = 'NONE' | 'PENDING' | 'AUTHORIZED' | 'REJECTED';
export type VettingSubStatus = 'NONE' | 'ENTRY' | 'EMAIL_OWNERSHIP' | 'EMAIL_DOMAIN' | 'EMPLOYMENT_VERIFICATION'
  | 'DECISION' | 'OTHER' | 'BUSINESS_VERIFICATION';

export type EnrollmentTrigger =
  | 'linkPartnerMembershipAccount' | 'selectOrganizationProfile' | 'saveEnrollmentDetails' | 'submitEnrollment'
  | 'resendPrimaryContactVerification' | 'verifyPrimaryContactEmail' | 'approve' | 'reject' | 'appealEnrollment'
  | 'cancelEnrollment';

interface Transition {
  trigger: EnrollmentTrigger;
  from: readonly EnrollmentStatus[];
  to: EnrollmentStatus;
  /** the row applies only to this kind of application */
  kind?: EnrollmentKind;
}

const BEFORE_SUBMIT: readonly EnrollmentStatus[] = ['STARTED', 'MPN_ACCOUNT_LINKED', 'ORG_PROFILE_SELECTED', 'DETAILS_SAVED'];

/** The rows of §3.1, numbered as there. */
export const ENROLLMENT_TRANSITIONS: readonly Transition[] = [
  { trigger: 'linkPartnerMembershipAccount', from: ['STARTED', 'MPN_ACCOUNT_LINKED'], to: 'MPN_ACCOUNT_LINKED', kind: 'NEW_PARTNER' }, // 3, 3a
  { trigger: 'selectOrganizationProfile', from: ['MPN_ACCOUNT_LINKED'], to: 'ORG_PROFILE_SELECTED', kind: 'NEW_PARTNER' }, // 4
  { trigger: 'saveEnrollmentDetails', from: ['ORG_PROFILE_SELECTED', 'DETAILS_SAVED'], to: 'DETAILS_SAVED', kind: 'NEW_PARTNER' }, // 5
  { trigger: 'submitEnrollment', from: ['DETAILS_SAVED'], to: 'PENDING_EMAIL_VERIFICATION', kind: 'NEW_PARTNER' }, // 6
  { trigger: 'submitEnrollment', from: ['STARTED'], to: 'APPROVED', kind: 'EXISTING_CSP_PARTNER' }, // 6b
  { trigger: 'resendPrimaryContactVerification', from: ['PENDING_EMAIL_VERIFICATION'], to: 'PENDING_EMAIL_VERIFICATION' }, // 7
  { trigger: 'verifyPrimaryContactEmail', from: ['PENDING_EMAIL_VERIFICATION'], to: 'IN_REVIEW' }, // 8
  { trigger: 'approve', from: ['IN_REVIEW'], to: 'APPROVED' }, // 9
  { trigger: 'reject', from: ['IN_REVIEW'], to: 'REJECTED' }, // 10
  { trigger: 'appealEnrollment', from: ['REJECTED'], to: 'IN_REVIEW', kind: 'NEW_PARTNER' }, // 11
  { trigger: 'cancelEnrollment', from: BEFORE_SUBMIT, to: 'CANCELLED' }, // 12
];

/** Where `trigger` takes an application in `status`, or null when §3.1 has no such row. */
export function nextEnrollmentStatus(
  status: EnrollmentStatus, kind: EnrollmentKind, trigger: EnrollmentTrigger,
): EnrollmentStatus | null {
  const row = ENROLLMENT_TRANSITIONS.find((transition) => transition.trigger === trigger
    && transition.from.includes(status) && (!transition.kind || transition.kind === kind));
  return row ? row.to : null;
}

/** PC vetting mapping of §3.1 (E: SDK VettingStatus / VettingSubStatus). */
export function vettingOf(status: EnrollmentStatus): { vettingStatus: VettingStatus; vettingSubStatus: VettingSubStatus } {
  switch (status) {
    case 'PENDING_EMAIL_VERIFICATION': return { vettingStatus: 'PENDING', vettingSubStatus: 'EMAIL_OWNERSHIP' };
    case 'IN_REVIEW': return { vettingStatus: 'PENDING', vettingSubStatus: 'BUSINESS_VERIFICATION' };
    case 'APPROVED': return { vettingStatus: 'AUTHORIZED', vettingSubStatus: 'DECISION' };
    case 'REJECTED': return { vettingStatus: 'REJECTED', vettingSubStatus: 'DECISION' };
    case 'CANCELLED': return { vettingStatus: 'NONE', vettingSubStatus: 'NONE' };
    default: return { vettingStatus: 'NONE', vettingSubStatus: 'ENTRY' };
  }
}

/** The organization's program status while its application is in `status` (§3.1 effects, G3). */
export function programStatusOf(status: EnrollmentStatus): ProgramStatus {
  switch (status) {
    case 'PENDING_EMAIL_VERIFICATION':
    case 'IN_REVIEW': return 'PENDING_VERIFICATION';
    case 'APPROVED': return 'ACTIVE';
    case 'REJECTED': return 'REJECTED';
    default: return 'ENROLLING';
  }
}

/**
 * The internal reviewer suspends an ACTIVE organization and reinstates a SUSPENDED one (DOMAIN.md §1 "Program
 * status"; like the enrollment decision, not on the public graph, A-25). Anything else: null.
 */
export function nextProgramStatus(current: ProgramStatus, action: 'suspend' | 'reinstate'): ProgramStatus | null {
  if (action === 'suspend') return current === 'ACTIVE' ? 'SUSPENDED' : null;
  return current === 'SUSPENDED' ? 'ACTIVE' : null;
}

/** a tenant with an organization in one of these states cannot start another enrollment. */
export function blocksNewEnrollment(programStatus: ProgramStatus): boolean {
  return programStatus !== 'REJECTED';
}

/** a verification link lives 7 days. */
export const VERIFICATION_TOKEN_TTL_MS = 7 * 24 * 3600 * 1000;
/** §3.1 row 7: at most 5 resends a day. */
export const MAX_RESENDS_PER_DAY = 5;

export type VerificationTokenFailure = 'VERIFICATION_TOKEN_INVALID' | 'VERIFICATION_TOKEN_EXPIRED' | 'VERIFICATION_TOKEN_USED';

/** unknown or superseded by a resend → INVALID; past its TTL → EXPIRED; consumed → USED. */
export function checkVerificationToken(
  token: { usedAt: Date | null; supersededAt: Date | null; expiresAt: Date } | null,
  now: Date,
): VerificationTokenFailure | null {
  if (!token) return 'VERIFICATION_TOKEN_INVALID';
  if (token.usedAt) return 'VERIFICATION_TOKEN_USED';
  if (token.supersededAt) return 'VERIFICATION_TOKEN_INVALID';
  if (token.expiresAt.getTime() <= now.getTime()) return 'VERIFICATION_TOKEN_EXPIRED';
  return null;
}
