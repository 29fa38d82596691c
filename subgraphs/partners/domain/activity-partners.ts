/**
 * Partners' events in the activity log: enrollment steps (§3.1), profiles (P-04, P-05, P-18, P-20), the reviewer's
 * suspension and reinstatement, invitations and partnerships (§3.2), contact requests (P-21, P-22). Pure.
 */
import { entry, fieldOf, objectOf, producerMapping, textOf, type Snapshot } from './activity-types.js';

export const PARTNERS_OPERATIONS = [
  'START_ENROLLMENT', 'LINK_PARTNER_MEMBERSHIP_ACCOUNT', 'SELECT_ORGANIZATION_PROFILE', 'SAVE_ENROLLMENT_DETAILS', 'SUBMIT_ENROLLMENT',
  'RESEND_PRIMARY_CONTACT_VERIFICATION', 'VERIFY_PRIMARY_CONTACT_EMAIL', 'APPROVE_ENROLLMENT', 'REJECT_ENROLLMENT', 'APPEAL_ENROLLMENT',
  'CANCEL_ENROLLMENT', 'SUSPEND_PARTNER_ORGANIZATION', 'REINSTATE_PARTNER_ORGANIZATION', 'UPDATE_LEGAL_BUSINESS_PROFILE',
  'UPDATE_SUPPORT_PROFILE', 'UPDATE_BILLING_PROFILE', 'UPDATE_PROVIDER_DIRECTORY_PROFILE', 'REQUEST_PROVIDER_CONTACT',
  'DECLINE_PROVIDER_CONTACT', 'EXPIRE_PROVIDER_CONTACT', 'CREATE_PARTNERSHIP_INVITATION', 'REVOKE_PARTNERSHIP_INVITATION', 'DECLINE_PARTNERSHIP_INVITATION', 'EXPIRE_PARTNERSHIP_INVITATION',
  'ACCEPT_PARTNERSHIP_INVITATION', 'REMOVE_INDIRECT_RESELLER_PARTNERSHIP', 'REVOKE_PROVIDER_TENANT_ADMIN_ACCESS',
] as const;

/** The operation of each §3.1 trigger, as the event's `step` names it. */
const ENROLLMENT_STEPS: Record<string, string> = {
  startEnrollment: 'START_ENROLLMENT', linkPartnerMembershipAccount: 'LINK_PARTNER_MEMBERSHIP_ACCOUNT',
  selectOrganizationProfile: 'SELECT_ORGANIZATION_PROFILE', saveEnrollmentDetails: 'SAVE_ENROLLMENT_DETAILS',
  submitEnrollment: 'SUBMIT_ENROLLMENT', resendPrimaryContactVerification: 'RESEND_PRIMARY_CONTACT_VERIFICATION',
  verifyPrimaryContactEmail: 'VERIFY_PRIMARY_CONTACT_EMAIL', approve: 'APPROVE_ENROLLMENT', reject: 'REJECT_ENROLLMENT',
  appealEnrollment: 'APPEAL_ENROLLMENT', cancelEnrollment: 'CANCEL_ENROLLMENT',
};

/** Events recorded before they named their step: the step from the status reached (§3.1 has one trigger per target). */
function stepOfTransition(from: string | null, to: string | null): string | null {
  switch (to) {
    case 'STARTED': return 'startEnrollment';
    case 'MPN_ACCOUNT_LINKED': return 'linkPartnerMembershipAccount';
    case 'ORG_PROFILE_SELECTED': return 'selectOrganizationProfile';
    case 'DETAILS_SAVED': return 'saveEnrollmentDetails';
    case 'PENDING_EMAIL_VERIFICATION': return 'submitEnrollment';
    case 'IN_REVIEW': return from === 'REJECTED' ? 'appealEnrollment' : 'verifyPrimaryContactEmail';
    case 'APPROVED': return from === 'IN_REVIEW' ? 'approve' : 'submitEnrollment';
    case 'REJECTED': return 'reject';
    case 'CANCELLED': return 'cancelEnrollment';
    default: return null;
  }
}

function enrollmentStep(payload: Snapshot) {
  const id = fieldOf(payload, 'enrollment');
  const from = textOf(payload.from);
  const to = textOf(payload.to);
  const operation = ENROLLMENT_STEPS[textOf(payload.step) ?? stepOfTransition(from, to) ?? ''];
  if (!id || !operation) return null;
  const after = objectOf(payload.after) ?? { status: to };
  return entry(operation, { type: 'EnrollmentApplication', id, name: null },
    textOf(payload.reason) ? { ...after, reason: payload.reason } : after, payload.before ?? (from ? { status: from } : null));
}

const PROFILE_SECTIONS: Record<string, string> = {
  LEGAL: 'UPDATE_LEGAL_BUSINESS_PROFILE', SUPPORT: 'UPDATE_SUPPORT_PROFILE', BILLING: 'UPDATE_BILLING_PROFILE',
  DIRECTORY: 'UPDATE_PROVIDER_DIRECTORY_PROFILE',
};

/** The reviewer's suspension or reinstatement of the organization (issue 14): its program status before and after. */
const programStatusChange = (operation: string) => (payload: Snapshot) => {
  const id = fieldOf(payload, 'organization');
  if (!id) return null;
  const status = (snapshot: unknown) => ({ programStatus: objectOf(snapshot)?.programStatus ?? null });
  return entry(operation, { type: 'PartnerOrganization', id, name: fieldOf(payload, 'organization', 'companyName') },
    { ...status(payload.organization), reason: payload.reason ?? null }, payload.before ? status(payload.before) : null);
};

/** INVITED is the same change as the invitation that answered it (CREATE_PARTNERSHIP_INVITATION), logged once there. */
const CONTACT_REQUEST_STATES: Record<string, string> = {
  OPEN: 'REQUEST_PROVIDER_CONTACT', DECLINED: 'DECLINE_PROVIDER_CONTACT', EXPIRED: 'EXPIRE_PROVIDER_CONTACT',
};

/** P-21 / P-22: the request as its snapshot shows it — never its message, reply address or decline reason. */
function contactRequestChange(payload: Snapshot) {
  const id = fieldOf(payload, 'request');
  const operation = CONTACT_REQUEST_STATES[textOf(payload.state) ?? fieldOf(payload, 'request', 'state') ?? ''];
  if (!id || !operation) return null;
  return entry(operation, { type: 'ProviderContactRequest', id, name: null }, objectOf(payload.request),
    operation === 'REQUEST_PROVIDER_CONTACT' ? null : payload.before ?? { state: 'OPEN' });
}

function profileChange(payload: Snapshot) {
  const id = fieldOf(payload, 'organization');
  const operation = PROFILE_SECTIONS[textOf(payload.section) ?? ''];
  if (!id || !operation) return null;
  return entry(operation, { type: 'PartnerOrganization', id, name: fieldOf(payload, 'organization', 'companyName') },
    payload.after ?? { section: payload.section }, payload.before);
}

/** ACCEPTED is the same change as PartnershipEstablished (ACCEPT_PARTNERSHIP_INVITATION), logged once there. */
const INVITATION_STATES: Record<string, string> = {
  PENDING: 'CREATE_PARTNERSHIP_INVITATION', REVOKED: 'REVOKE_PARTNERSHIP_INVITATION', DECLINED: 'DECLINE_PARTNERSHIP_INVITATION',
  EXPIRED: 'EXPIRE_PARTNERSHIP_INVITATION',
};

function invitationChange(payload: Snapshot) {
  const id = fieldOf(payload, 'invitation');
  const state = textOf(payload.state);
  const operation = INVITATION_STATES[state ?? ''];
  if (!id || !operation) return null;
  // §3.2: only a PENDING invitation moves, so an event without `before` started from PENDING unless it created one.
  const before = 'before' in payload ? payload.before : state === 'PENDING' ? null : { state: 'PENDING' };
  return entry(operation, { type: 'PartnershipInvitation', id, name: textOf(payload.inviteeEmail) },
    { ...objectOf(payload.invitation), inviteeEmail: payload.inviteeEmail ?? null }, before);
}

const partnershipChange = (operation: string) => (payload: Snapshot) => {
  const id = fieldOf(payload, 'partnership');
  if (!id) return null;
  const after = objectOf(payload.partnership);
  return entry(operation, { type: 'ProviderResellerRelationship', id, name: null },
    payload.invitationId ? { ...after, invitationId: payload.invitationId } : after, payload.before);
};

export const partnersEntry = producerMapping({
  EnrollmentStatusChanged: enrollmentStep,
  EnrollmentApplicationUpdated: enrollmentStep,
  PartnerProfileChanged: profileChange,
  PartnerOrganizationSuspended: programStatusChange('SUSPEND_PARTNER_ORGANIZATION'),
  PartnerOrganizationReinstated: programStatusChange('REINSTATE_PARTNER_ORGANIZATION'),
  ProviderContactRequested: contactRequestChange,
  ProviderContactRequestChanged: contactRequestChange,
  PartnershipInvitationChanged: invitationChange,
  PartnershipEstablished: partnershipChange('ACCEPT_PARTNERSHIP_INVITATION'),
  PartnershipRemoved: partnershipChange('REMOVE_INDIRECT_RESELLER_PARTNERSHIP'),
  ProviderTenantAdminAccessRevoked: partnershipChange('REVOKE_PROVIDER_TENANT_ADMIN_ACCESS'),
});
