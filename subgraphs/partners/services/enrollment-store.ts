import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import type { Actor } from '../../kit/events.js';
import type { DetailsFailure } from '../domain/details.js';
import {
  nextEnrollmentStatus, programStatusOf, vettingOf, type EnrollmentStatus, type EnrollmentTrigger,
} from '../domain/enrollment.js';
import { recordPartnersEvent } from '../events.js';
import { EnrollmentEntity, enrollmentDetails, enrollmentSnapshot, type Enrollment, type EnrollmentDetails } from '../model/enrollment.js';
import { OrganizationEntity, organizationSnapshot, type Organization } from '../model/organization.js';
import { TenantFactsEntity, type TenantFacts } from '../model/tenant.js';

/** Who drives an enrollment: a signed-in work account. Its organization id is its tenant id (§0), even while the
 * access token still says pid = null (identity re-issues tokens only after it sees our events). */
export interface Caller {
  userId: string;
  tenantId: string;
}

export const creatorActor = (caller: Caller): Actor => ({ kind: 'PARTNER_USER', userId: caller.userId, partnerId: caller.tenantId });

export async function tenantFacts(tx: EntityManager, tenantId: string): Promise<TenantFacts> {
  const tenant = await tx.getRepository(TenantFactsEntity).findOneBy({ id: tenantId });
  if (!tenant) throw new DomainError('TENANT_UNKNOWN');
  return { ...tenant, countryCode: tenant.countryCode.trim() };
}

/** The tenant's enrollment in progress or approved (A-36: at most one), locked for the step that changes it. */
export async function openEnrollment(tx: EntityManager, tenantId: string): Promise<Enrollment | null> {
  const rows = await tx.getRepository(EnrollmentEntity).createQueryBuilder('e')
    .where('e.tenantId = :tenantId', { tenantId })
    .andWhere("e.status not in ('REJECTED', 'CANCELLED')")
    .setLock('pessimistic_write')
    .getMany();
  return rows[0] ?? null;
}

/** The latest application of a tenant, whatever its status (what P-03 and `myEnrollment` show). */
export async function latestEnrollment(tx: EntityManager, tenantId: string): Promise<Enrollment | null> {
  return tx.getRepository(EnrollmentEntity).findOne({ where: { tenantId }, order: { createdAt: 'DESC', id: 'DESC' } });
}

/** §4.3 "creator only": the caller's tenant has an open application and the caller started it. */
export async function creatorEnrollment(tx: EntityManager, caller: Caller): Promise<Enrollment> {
  const enrollment = await openEnrollment(tx, caller.tenantId);
  if (!enrollment) throw new DomainError('NOT_FOUND');
  if (enrollment.createdBy !== caller.userId) throw new DomainError('ENROLLMENT_CREATOR_ONLY');
  return enrollment;
}

export async function organizationOf(tx: EntityManager, enrollment: Enrollment): Promise<Organization> {
  const organization = await tx.getRepository(OrganizationEntity).findOne({
    where: { id: enrollment.tenantId }, lock: { mode: 'pessimistic_write' },
  });
  if (!organization) throw new DomainError('NOT_FOUND');
  return organization;
}

/** One enrollment step as its event records it: the step, who took it, the status and details it started from. */
export interface EnrollmentStep {
  step: EnrollmentTrigger | 'startEnrollment';
  from: EnrollmentStatus | null;
  /** the application's details before the step (null when it starts the application) */
  before: EnrollmentDetails | null;
  actor: Actor;
  reason: string | null;
}

/**
 * Moves the application along §3.1 (or refuses with ENROLLMENT_STEP_NOT_ALLOWED), keeps the organization's
 * program and vetting status in step, and records the transition in the history. Returns the step, with the details
 * as they were before it, for its event.
 */
export function transition(
  enrollment: Enrollment, organization: Organization | null, trigger: EnrollmentTrigger, actor: Actor,
  now: Date, reason: string | null = null,
): EnrollmentStep {
  const before = enrollmentDetails(enrollment);
  const from = enrollment.status;
  const to = nextEnrollmentStatus(from, enrollment.kind, trigger);
  if (!to) throw new DomainError('ENROLLMENT_STEP_NOT_ALLOWED', { status: from, step: trigger });
  enrollment.status = to;
  enrollment.history = [...enrollment.history,
    { from, to, at: now.toISOString(), actorKind: actor.kind, actorId: actor.userId ?? null, reason }];
  if (organization && to !== 'CANCELLED') {
    organization.programStatus = programStatusOf(to);
    Object.assign(organization, vettingOf(to));
  }
  return { step: trigger, from, before, actor, reason };
}

/**
 * Saves both rows and records the step in the same transaction: EnrollmentStatusChanged with the snapshots
 * docs/events.md promises, or EnrollmentApplicationUpdated for a step that keeps the status (§3.1 rows 3a, 5 again,
 * 7). Both carry the step and the application's details before and after it.
 */
export async function saveAndPublish(
  tx: EntityManager, enrollment: Enrollment, organization: Organization | null, step: EnrollmentStep,
): Promise<void> {
  await tx.getRepository(EnrollmentEntity).save(enrollment);
  if (organization) await tx.getRepository(OrganizationEntity).save(organization);
  const { vettingSubStatus } = vettingOf(enrollment.status);
  await recordPartnersEvent(tx, {
    type: step.from === enrollment.status ? 'EnrollmentApplicationUpdated' : 'EnrollmentStatusChanged',
    aggregateId: enrollment.id,
    partnerIds: [enrollment.tenantId],
    actor: step.actor,
    payload: {
      from: step.from, to: enrollment.status, vettingSubStatus, reason: step.reason, step: step.step,
      before: step.before, after: enrollmentDetails(enrollment),
      enrollment: enrollmentSnapshot(enrollment),
      ...(organization ? { organization: organizationSnapshot(organization) } : {}),
    },
  });
}

/** A failed field check as the error §6 specifies, naming the field. */
export function detailsError(failure: DetailsFailure): DomainError {
  if (failure.reason === 'REQUIRED_FIELD') {
    return new DomainError('REQUIRED_FIELD', { field: failure.fields[0], fields: failure.fields });
  }
  return new DomainError(failure.reason, { field: failure.field });
}
