import {
  checkVerificationToken, ENROLLMENT_TRANSITIONS, nextEnrollmentStatus, programStatusOf, vettingOf,
  type EnrollmentStatus, type EnrollmentTrigger,
} from '../../subgraphs/partners/domain/enrollment.js';

const ALL: EnrollmentStatus[] = ['STARTED', 'MPN_ACCOUNT_LINKED', 'ORG_PROFILE_SELECTED', 'DETAILS_SAVED',
  'PENDING_EMAIL_VERIFICATION', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'CANCELLED'];
const TRIGGERS = [...new Set(ENROLLMENT_TRANSITIONS.map((t) => t.trigger))] as EnrollmentTrigger[];

describe('enrollment state machine (§3.1)', () => {
  it.each([
    ['row 3', 'STARTED', 'linkPartnerMembershipAccount', 'MPN_ACCOUNT_LINKED'],
    ['row 3a', 'MPN_ACCOUNT_LINKED', 'linkPartnerMembershipAccount', 'MPN_ACCOUNT_LINKED'],
    ['row 4', 'MPN_ACCOUNT_LINKED', 'selectOrganizationProfile', 'ORG_PROFILE_SELECTED'],
    ['row 5', 'ORG_PROFILE_SELECTED', 'saveEnrollmentDetails', 'DETAILS_SAVED'],
    ['row 5 again', 'DETAILS_SAVED', 'saveEnrollmentDetails', 'DETAILS_SAVED'],
    ['row 6', 'DETAILS_SAVED', 'submitEnrollment', 'PENDING_EMAIL_VERIFICATION'],
    ['row 7', 'PENDING_EMAIL_VERIFICATION', 'resendPrimaryContactVerification', 'PENDING_EMAIL_VERIFICATION'],
    ['row 8', 'PENDING_EMAIL_VERIFICATION', 'verifyPrimaryContactEmail', 'IN_REVIEW'],
    ['row 9', 'IN_REVIEW', 'approve', 'APPROVED'],
    ['row 10', 'IN_REVIEW', 'reject', 'REJECTED'],
    ['row 12 from STARTED', 'STARTED', 'cancelEnrollment', 'CANCELLED'],
    ['row 12 from DETAILS_SAVED', 'DETAILS_SAVED', 'cancelEnrollment', 'CANCELLED'],
  ] as const)('%s: %s --%s--> %s for a new partner', (_row, from, trigger, to) => {
    expect(nextEnrollmentStatus(from, 'NEW_PARTNER', trigger)).toBe(to);
  });

  it('row 6b: an existing CSP partner submits from STARTED and is approved at once (S-35)', () => {
    expect(nextEnrollmentStatus('STARTED', 'EXISTING_CSP_PARTNER', 'submitEnrollment')).toBe('APPROVED');
    expect(nextEnrollmentStatus('STARTED', 'NEW_PARTNER', 'submitEnrollment')).toBeNull();
    expect(nextEnrollmentStatus('STARTED', 'EXISTING_CSP_PARTNER', 'linkPartnerMembershipAccount')).toBeNull();
  });

  it('every pair not in the table is refused, so no step can be skipped or replayed', () => {
    const allowed = new Set(ENROLLMENT_TRANSITIONS.flatMap((t) => t.from.map((from) => `${from}:${t.trigger}:${t.kind ?? 'NEW_PARTNER'}`)));
    for (const status of ALL) {
      for (const trigger of TRIGGERS) {
        const expected = allowed.has(`${status}:${trigger}:NEW_PARTNER`);
        expect({ status, trigger, allowed: nextEnrollmentStatus(status, 'NEW_PARTNER', trigger) !== null })
          .toEqual({ status, trigger, allowed: expected });
      }
    }
    expect(nextEnrollmentStatus('PENDING_EMAIL_VERIFICATION', 'NEW_PARTNER', 'cancelEnrollment')).toBeNull();
    expect(nextEnrollmentStatus('APPROVED', 'NEW_PARTNER', 'reject')).toBeNull();
  });

  it('program status and PC vetting mapping follow the application', () => {
    expect(ALL.map((status) => [status, programStatusOf(status)])).toEqual([
      ['STARTED', 'ENROLLING'], ['MPN_ACCOUNT_LINKED', 'ENROLLING'], ['ORG_PROFILE_SELECTED', 'ENROLLING'],
      ['DETAILS_SAVED', 'ENROLLING'], ['PENDING_EMAIL_VERIFICATION', 'PENDING_VERIFICATION'],
      ['IN_REVIEW', 'PENDING_VERIFICATION'], ['APPROVED', 'ACTIVE'], ['REJECTED', 'REJECTED'], ['CANCELLED', 'ENROLLING'],
    ]);
    expect(vettingOf('DETAILS_SAVED')).toEqual({ vettingStatus: 'NONE', vettingSubStatus: 'ENTRY' });
    expect(vettingOf('PENDING_EMAIL_VERIFICATION')).toEqual({ vettingStatus: 'PENDING', vettingSubStatus: 'EMAIL_OWNERSHIP' });
    expect(vettingOf('APPROVED').vettingStatus).toBe('AUTHORIZED');
    expect(vettingOf('REJECTED').vettingStatus).toBe('REJECTED');
  });

  it('R-22: verification tokens are single use, expire, and a resend supersedes the old one', () => {
    const now = new Date('2026-01-10T00:00:00Z');
    const fresh = { usedAt: null, supersededAt: null, expiresAt: new Date('2026-01-17T00:00:00Z') };
    expect(checkVerificationToken(fresh, now)).toBeNull();
    expect(checkVerificationToken(null, now)).toBe('VERIFICATION_TOKEN_INVALID');
    expect(checkVerificationToken({ ...fresh, usedAt: now }, now)).toBe('VERIFICATION_TOKEN_USED');
    expect(checkVerificationToken({ ...fresh, supersededAt: now }, now)).toBe('VERIFICATION_TOKEN_INVALID');
    expect(checkVerificationToken(fresh, new Date('2026-01-17T00:00:00Z'))).toBe('VERIFICATION_TOKEN_EXPIRED');
  });
});
