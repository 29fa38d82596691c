import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import type { PartnersDeps } from '../deps.js';
import { isPersonalAccountDomain } from '../domain/contacts.js';
import {
  checkLegalBusinessProfile, checkSupportProfile, toLegalBusinessProfile, toSupportProfile,
  type LegalBusinessProfileInput, type SupportProfileInput,
} from '../domain/details.js';
import { blocksNewEnrollment, vettingOf } from '../domain/enrollment.js';
import { checkProfileSelection } from '../domain/mpn.js';
import { recordPartnersEvent } from '../events.js';
import { EnrollmentEntity, enrollmentSnapshot, type Enrollment } from '../model/enrollment.js';
import { OrganizationEntity, type Organization, type PartnerType } from '../model/organization.js';
import {
  creatorActor, creatorEnrollment, detailsError, openEnrollment, organizationOf, saveAndPublish, tenantFacts, transition, type Caller,
} from './enrollment-store.js';

type Deps = Pick<PartnersDeps, 'directory' | 'now' | 'webmailDomains'>;

const isUniqueViolation = (error: unknown) => (error as { driverError?: { code?: string } }).driverError?.code === '23505'
  || (error as { code?: string }).code === '23505';

/**
 * §3.1 row 2. The caller's tenant global admin status is checked by the shield rule; here: a work account
 * no enrollment in progress or approved. The organization is created ENROLLING.
 */
export async function startEnrollment(tx: EntityManager, caller: Caller, program: PartnerType, deps: Deps): Promise<Enrollment> {
  const tenant = await tenantFacts(tx, caller.tenantId);
  if (isPersonalAccountDomain(tenant.defaultDomain, deps.webmailDomains)) throw new DomainError('WORK_ACCOUNT_REQUIRED');
  const organizations = tx.getRepository(OrganizationEntity);
  const existing = await organizations.findOne({ where: { id: tenant.id }, lock: { mode: 'pessimistic_write' } });
  if (existing && blocksNewEnrollment(existing.programStatus)) throw new DomainError('TENANT_ALREADY_ENROLLED');
  const kind = await deps.directory.isExistingCspPartner(tenant.id) ? 'EXISTING_CSP_PARTNER' : 'NEW_PARTNER';
  const now = deps.now();
  const organization: Organization = organizations.create({
    ...existing,
    id: tenant.id, companyName: tenant.displayName, partnerType: program, programStatus: 'ENROLLING',
    country: tenant.countryCode, mpnId: null, legalBusinessProfile: null, supportProfile: null,
    billingProfile: existing?.billingProfile ?? null, ...vettingOf('STARTED'),
  });
  const actor = creatorActor(caller);
  const enrollment = tx.getRepository(EnrollmentEntity).create({
    id: randomUUID(), tenantId: tenant.id, program, kind, status: 'STARTED', createdBy: caller.userId,
    candidateProfiles: [], selectedMpnId: null, legalBusinessProfile: null, supportProfile: null,
    primaryContactEmailVerifiedAt: null, submittedAt: null, decidedAt: null, rejectionReason: null,
    history: [{ from: null, to: 'STARTED', at: now.toISOString(), actorKind: actor.kind, actorId: caller.userId, reason: null }],
  });
  try {
    await organizations.save(organization);
    await tx.getRepository(EnrollmentEntity).insert(enrollment);
  } catch (error) {
    // A-36 under concurrency: the partial unique index lets only one open application per tenant.
    if (isUniqueViolation(error)) throw new DomainError('TENANT_ALREADY_ENROLLED');
    throw error;
  }
  await saveAndPublish(tx, enrollment, organization, { step: 'startEnrollment', from: null, before: null, actor, reason: null });
  return enrollment;
}

/** §3.1 rows 3 and 3a: PMC sign-in; the account's organization profiles become the candidates. */
export async function linkPartnerMembershipAccount(
  tx: EntityManager, caller: Caller, credentials: { userName: string; password: string }, deps: Deps,
): Promise<Enrollment> {
  const enrollment = await creatorEnrollment(tx, caller);
  const organization = await organizationOf(tx, enrollment);
  const step = transition(enrollment, organization, 'linkPartnerMembershipAccount', creatorActor(caller), deps.now());
  const profiles = await deps.directory.signIn(credentials.userName, credentials.password);
  if (!profiles) throw new DomainError('PMC_AUTH_FAILED', { field: 'password' });
  enrollment.candidateProfiles = profiles;
  await saveAndPublish(tx, enrollment, organization, step);
  return enrollment;
}

/** §3.1 row 4, R-15 (pure), then R-17 against the other organizations. */
export async function selectOrganizationProfile(
  tx: EntityManager, caller: Caller, mpnId: string, deps: Deps,
): Promise<Enrollment> {
  const enrollment = await creatorEnrollment(tx, caller);
  const organization = await organizationOf(tx, enrollment);
  const tenant = await tenantFacts(tx, caller.tenantId);
  const step = transition(enrollment, organization, 'selectOrganizationProfile', creatorActor(caller), deps.now());
  const wanted = mpnId.trim();
  const checked = checkProfileSelection(wanted, enrollment.candidateProfiles, tenant.countryCode);
  if (!checked.ok) throw new DomainError(checked.reason, { mpnId: wanted, tenantCountry: tenant.countryCode });
  // one MPN ID per account and country; the unique index settles a race between two tenants.
  const linked: unknown[] = await tx.query(
    'select 1 from partners.organizations where mpn_id = $1 and country = $2 and id <> $3', [wanted, tenant.countryCode, organization.id]);
  if (linked.length) throw new DomainError('MPN_ID_ALREADY_LINKED', { mpnId: wanted });
  enrollment.selectedMpnId = wanted;
  organization.mpnId = wanted;
  try {
    await saveAndPublish(tx, enrollment, organization, step);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('MPN_ID_ALREADY_LINKED', { mpnId: wanted });
    throw error;
  }
  // Audit analog of PC `CreateMpnAssociation` (§5).
  await recordPartnersEvent(tx, {
    type: 'MpnAssociationCreated', aggregateId: organization.id, partnerIds: [organization.id], actor: creatorActor(caller),
    payload: { mpnId: wanted, enrollment: enrollmentSnapshot(enrollment) },
  });
  return enrollment;
}

/** §3.1 row 5: legal business profile, primary contact and support details (R-18…R-21). */
export async function saveEnrollmentDetails(
  tx: EntityManager, caller: Caller,
  input: { legalBusinessProfile: LegalBusinessProfileInput; supportProfile: SupportProfileInput }, deps: Deps,
): Promise<Enrollment> {
  const enrollment = await creatorEnrollment(tx, caller);
  const organization = await organizationOf(tx, enrollment);
  const tenant = await tenantFacts(tx, caller.tenantId);
  const step = transition(enrollment, organization, 'saveEnrollmentDetails', creatorActor(caller), deps.now());
  const failure = checkLegalBusinessProfile(input.legalBusinessProfile, tenant.countryCode, deps.webmailDomains)
    ?? checkSupportProfile(input.supportProfile);
  if (failure) throw detailsError(failure);
  enrollment.legalBusinessProfile = toLegalBusinessProfile(input.legalBusinessProfile);
  enrollment.supportProfile = toSupportProfile(input.supportProfile);
  organization.companyName = enrollment.legalBusinessProfile.companyName;
  organization.legalBusinessProfile = enrollment.legalBusinessProfile;
  organization.supportProfile = enrollment.supportProfile;
  await saveAndPublish(tx, enrollment, organization, step);
  return enrollment;
}

/** §3.1 row 12: before "Enroll now" the creator may walk away; the organization is deleted (A). */
export async function cancelEnrollment(tx: EntityManager, caller: Caller, deps: Deps): Promise<Enrollment> {
  const enrollment = await creatorEnrollment(tx, caller);
  const organization = await organizationOf(tx, enrollment);
  const actor = creatorActor(caller);
  const step = transition(enrollment, null, 'cancelEnrollment', actor, deps.now());
  await saveAndPublish(tx, enrollment, null, step);
  await tx.getRepository(OrganizationEntity).delete({ id: organization.id });
  await recordPartnersEvent(tx, {
    type: 'PartnerOrganizationDeleted', aggregateId: organization.id, partnerIds: [organization.id], actor,
    payload: { organizationId: organization.id, enrollment: enrollmentSnapshot(enrollment) },
  });
  return enrollment;
}

/**
 * §3.1 row 11 (PC-VERIFY "Fix now"): the creator of a REJECTED application answers the reviewer with a comment
 * and the documents asked for; the application goes back to IN_REVIEW and the organization to PENDING_VERIFICATION.
 */
export async function appealEnrollment(
  tx: EntityManager, caller: Caller, input: { comment: string; documents?: readonly string[] | null }, deps: Deps,
): Promise<Enrollment> {
  const comment = input.comment?.trim();
  if (!comment) throw new DomainError('REQUIRED_FIELD', { field: 'comment' });
  const rejected = await tx.getRepository(EnrollmentEntity).findOne({
    where: { tenantId: caller.tenantId, status: 'REJECTED' }, order: { createdAt: 'DESC' }, lock: { mode: 'pessimistic_write' },
  });
  if (!rejected || (await openEnrollment(tx, caller.tenantId))) throw new DomainError('NOT_FOUND');
  if (rejected.createdBy !== caller.userId) throw new DomainError('ENROLLMENT_CREATOR_ONLY');
  const organization = await organizationOf(tx, rejected);
  const actor = creatorActor(caller);
  const documents = (input.documents ?? []).map((document) => document.trim()).filter(Boolean);
  const note = documents.length ? `${comment} (documents: ${documents.join(', ')})` : comment;
  const step = transition(rejected, organization, 'appealEnrollment', actor, deps.now(), note);
  rejected.rejectionReason = null;
  await saveAndPublish(tx, rejected, organization, step);
  return rejected;
}

