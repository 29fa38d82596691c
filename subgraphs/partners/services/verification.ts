import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import type { Actor } from '../../kit/events.js';
import type { MailMessage } from '../../kit/mail.js';
import { newSecretToken } from '../../kit/secret-tokens.js';
import { findByLinkToken } from '../../kit/single-use-link.js';
import type { PartnersDeps } from '../deps.js';
import { checkLegalBusinessProfile, checkSupportProfile, toSupportProfile, type SupportProfileInput } from '../domain/details.js';
import { checkVerificationToken, MAX_RESENDS_PER_DAY, VERIFICATION_TOKEN_TTL_MS } from '../domain/enrollment.js';
import { verificationMail } from '../domain/mails.js';
import { recordPartnersEvent } from '../events.js';
import { EnrollmentEntity, VerificationTokenEntity, type Enrollment } from '../model/enrollment.js';
import { organizationSnapshot, type Organization } from '../model/organization.js';
import {
  creatorActor, creatorEnrollment, detailsError, organizationOf, saveAndPublish, tenantFacts, transition, type Caller,
} from './enrollment-store.js';

type Deps = Pick<PartnersDeps, 'now' | 'publicUrl' | 'webmailDomains'>;

export interface WithMail<T> { result: T; mail: MailMessage[] }

/** A new single-use link for the primary contact; earlier unused links stop working (A-23, §3.1 row 7). */
async function issueVerificationLink(tx: EntityManager, enrollment: Enrollment, deps: Deps): Promise<MailMessage> {
  const now = deps.now();
  const tokens = tx.getRepository(VerificationTokenEntity);
  await tx.query(`update partners.verification_tokens set superseded_at = $2
    where enrollment_id = $1 and used_at is null and superseded_at is null`, [enrollment.id, now]);
  const { token, hash } = newSecretToken();
  const expiresAt = new Date(now.getTime() + VERIFICATION_TOKEN_TTL_MS);
  const email = enrollment.legalBusinessProfile!.primaryContact.email;
  await tokens.insert({ id: randomUUID(), enrollmentId: enrollment.id, tokenHash: hash, email, createdAt: now, expiresAt,
    usedAt: null, supersededAt: null });
  const url = `${deps.publicUrl}/enrollment/verify-email?token=${encodeURIComponent(token)}`;
  return verificationMail({ to: email, companyName: enrollment.legalBusinessProfile!.companyName, url, expiresAt });
}

async function activate(tx: EntityManager, organization: Organization, actor: Actor): Promise<void> {
  await recordPartnersEvent(tx, {
    type: 'PartnerOrganizationActivated', aggregateId: organization.id, partnerIds: [organization.id], actor,
    payload: { organization: organizationSnapshot(organization) },
  });
}

/**
 * "Enroll now". Row 6: all mandatory data present → PENDING_EMAIL_VERIFICATION, program status
 * PENDING_VERIFICATION, verification link to the primary contact. Row 6b: an existing CSP partner gives its
 * support details and is approved at once (S-35, A-24).
 */
export async function submitEnrollment(
  tx: EntityManager, caller: Caller, supportInput: SupportProfileInput | null | undefined, deps: Deps,
): Promise<WithMail<Enrollment>> {
  const enrollment = await creatorEnrollment(tx, caller);
  const organization = await organizationOf(tx, enrollment);
  const actor = creatorActor(caller);
  const now = deps.now();
  const step = transition(enrollment, organization, 'submitEnrollment', actor, now);
  if (enrollment.kind === 'EXISTING_CSP_PARTNER') {
    const support = supportInput ?? enrollment.supportProfile;
    const failure = checkSupportProfile(support);
    if (failure) throw detailsError(failure);
    enrollment.supportProfile = toSupportProfile(support!);
    organization.supportProfile = enrollment.supportProfile;
    enrollment.submittedAt = now;
    enrollment.decidedAt = now;
    await saveAndPublish(tx, enrollment, organization, step);
    await activate(tx, organization, actor);
    return { result: enrollment, mail: [] };
  }
  const tenant = await tenantFacts(tx, caller.tenantId);
  const failure = checkLegalBusinessProfile(enrollment.legalBusinessProfile, tenant.countryCode, deps.webmailDomains)
    ?? checkSupportProfile(enrollment.supportProfile);
  if (failure) throw detailsError(failure);
  enrollment.submittedAt = now;
  await saveAndPublish(tx, enrollment, organization, step);
  return { result: enrollment, mail: [await issueVerificationLink(tx, enrollment, deps)] };
}

/** §3.1 row 7: at most five resends a day; each one invalidates the previous link. */
export async function resendPrimaryContactVerification(
  tx: EntityManager, caller: Caller, deps: Deps,
): Promise<WithMail<Enrollment>> {
  const enrollment = await creatorEnrollment(tx, caller);
  const step = transition(enrollment, null, 'resendPrimaryContactVerification', creatorActor(caller), deps.now());
  const since = new Date(deps.now().getTime() - 24 * 3600 * 1000);
  const [{ count }]: { count: string }[] = await tx.query(
    'select count(*) from partners.verification_tokens where enrollment_id = $1 and created_at > $2', [enrollment.id, since]);
  if (Number(count) > MAX_RESENDS_PER_DAY) throw new DomainError('TOO_MANY_ATTEMPTS');
  await saveAndPublish(tx, enrollment, null, step);
  return { result: enrollment, mail: [await issueVerificationLink(tx, enrollment, deps)] };
}

/** §3.1 row 8: the holder of the emailed link confirms the address; the application goes to review. */
export async function verifyPrimaryContactEmail(
  tx: EntityManager, token: string, actor: Actor, deps: Pick<PartnersDeps, 'now'>,
): Promise<{ enrollmentStatus: Enrollment['status']; verifiedAt: Date }> {
  const now = deps.now();
  const stored = await findByLinkToken(tx, VerificationTokenEntity, token);
  const failure = checkVerificationToken(stored, now);
  if (failure) throw new DomainError(failure);
  const enrollment = await tx.getRepository(EnrollmentEntity).findOne({
    where: { id: stored!.enrollmentId }, lock: { mode: 'pessimistic_write' },
  });
  if (!enrollment || enrollment.status !== 'PENDING_EMAIL_VERIFICATION') throw new DomainError('VERIFICATION_TOKEN_INVALID');
  const organization = await organizationOf(tx, enrollment);
  await tx.getRepository(VerificationTokenEntity).update({ id: stored!.id }, { usedAt: now });
  const step = transition(enrollment, organization, 'verifyPrimaryContactEmail', actor, now);
  enrollment.primaryContactEmailVerifiedAt = now;
  await saveAndPublish(tx, enrollment, organization, step);
  return { enrollmentStatus: enrollment.status, verifiedAt: now };
}
