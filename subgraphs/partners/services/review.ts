import type { DataSource } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import { inTransaction, SYSTEM_SCOPE } from '../../kit/database.js';
import type { Actor } from '../../kit/events.js';
import type { MailMessage } from '../../kit/mail.js';
import type { PartnersDeps } from '../deps.js';
import { decisionMail } from '../domain/mails.js';
import { recordPartnersEvent } from '../events.js';
import { EnrollmentEntity, type Enrollment } from '../model/enrollment.js';
import { organizationSnapshot } from '../model/organization.js';
import { organizationOf, saveAndPublish, transition } from './enrollment-store.js';

export interface EnrollmentDecision {
  applicationId: string;
  decision: 'APPROVE' | 'REJECT';
  /** required to reject (§3.1 row 10) */
  reason?: string | null;
  /** who decided, for the history (an internal reviewer, never a partner user) */
  reviewer?: string | null;
}

/**
 * §3.1 rows 9 and 10, the internal review decision (A-25: not on the public graph; `npm run review` and tests
 * call it). Approval makes the organization ACTIVE and publishes EnrollmentStatusChanged(APPROVED), on which
 * identity makes the creator global admin and admin agent, and PartnerOrganizationActivated. The primary contact
 * gets a status email either way, after the commit.
 */
export async function decideEnrollment(
  dataSource: DataSource, input: EnrollmentDecision, deps: Pick<PartnersDeps, 'now' | 'mailer' | 'publicUrl' | 'directory'>,
): Promise<Enrollment> {
  const reason = input.reason?.trim() || null;
  if (input.decision === 'REJECT' && !reason) throw new DomainError('REQUIRED_FIELD', { field: 'reason' });
  const actor: Actor = { kind: 'REVIEWER', userId: null, partnerId: null };
  const { enrollment, mail } = await inTransaction(dataSource, SYSTEM_SCOPE, async (tx) => {
    const found = await tx.getRepository(EnrollmentEntity).findOne({
      where: { id: input.applicationId }, lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw new DomainError('NOT_FOUND');
    const organization = await organizationOf(tx, found);
    const now = deps.now();
    const step = transition(found, organization, input.decision === 'APPROVE' ? 'approve' : 'reject', actor, now,
      input.reviewer ? `${input.reviewer}: ${reason ?? 'approved'}` : reason);
    found.decidedAt = now;
    found.rejectionReason = input.decision === 'REJECT' ? reason : null;
    await saveAndPublish(tx, found, organization, { ...step, reason });
    if (input.decision === 'APPROVE') {
      // S-34: the customers this MPN ID already serves elsewhere; the customers subgraph imports them from the event.
      const existing = organization.mpnId ? await deps.directory.existingCustomers(organization.mpnId) : [];
      await recordPartnersEvent(tx, {
        type: 'PartnerOrganizationActivated', aggregateId: organization.id, partnerIds: [organization.id], actor,
        payload: { organization: organizationSnapshot(organization), existingCustomers: existing },
      });
    }
    const contact = found.legalBusinessProfile?.primaryContact.email;
    const notice: MailMessage | null = contact
      ? decisionMail({ to: contact, companyName: organization.companyName, approved: input.decision === 'APPROVE',
        reason, url: deps.publicUrl })
      : null;
    return { enrollment: found, mail: notice };
  });
  if (mail) await deps.mailer.send(mail);
  return enrollment;
}
