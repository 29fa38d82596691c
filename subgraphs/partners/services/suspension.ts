import type { DataSource } from 'typeorm';
import { inTransaction, SYSTEM_SCOPE } from '../../kit/database.js';
import { DomainError } from '../../kit/errors.js';
import { nextProgramStatus } from '../domain/enrollment.js';
import { recordPartnersEvent } from '../events.js';
import { OrganizationEntity, organizationSnapshot, type Organization } from '../model/organization.js';

export interface ProgramStatusAction {
  organizationId: string;
  action: 'suspend' | 'reinstate';
  /** why (kept in the event); required to suspend */
  reason?: string | null;
}

const EVENTS = { suspend: 'PartnerOrganizationSuspended', reinstate: 'PartnerOrganizationReinstated' } as const;

/**
 * The internal reviewer suspends or reinstates a partner organization (`npm run review -- --organization <id>
 * --suspend "reason"` / `--reinstate`). Its users' access tokens answer for the new status from their next
 * request on (issue 14): every service reads the event's `organization` snapshot. Throws NOT_FOUND, or
 * REQUIRED_FIELD (reason), or an Error when the status does not allow the action.
 */
export async function changeProgramStatus(dataSource: DataSource, input: ProgramStatusAction): Promise<Organization> {
  const reason = input.reason?.trim() || null;
  if (input.action === 'suspend' && !reason) throw new DomainError('REQUIRED_FIELD', { field: 'reason' });
  return inTransaction(dataSource, SYSTEM_SCOPE, async (tx) => {
    const organization = await tx.getRepository(OrganizationEntity).findOne({
      where: { id: input.organizationId }, lock: { mode: 'pessimistic_write' },
    });
    if (!organization) throw new DomainError('NOT_FOUND');
    const next = nextProgramStatus(organization.programStatus, input.action);
    if (!next) throw new Error(`a ${organization.programStatus} organization cannot be ${input.action === 'suspend' ? 'suspended' : 'reinstated'}`);
    const before = organizationSnapshot(organization);
    organization.programStatus = next;
    await tx.getRepository(OrganizationEntity).save(organization);
    await recordPartnersEvent(tx, {
      type: EVENTS[input.action], aggregateId: organization.id, partnerIds: [organization.id],
      actor: { kind: 'REVIEWER', userId: null, partnerId: null },
      payload: { organization: organizationSnapshot(organization), before, reason },
    });
    return organization;
  });
}
