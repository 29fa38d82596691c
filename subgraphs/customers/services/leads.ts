import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import type { CustomersDeps } from '../deps.js';
import { canConvertLead, canMoveLead, defaultSubstatus, type LeadStatus, type LeadSubstatus } from '../domain/leads.js';
import { leadSnapshot, partnerActor, recordCustomersEvent, type PartnerCaller } from '../events.js';
import { CustomerLeadEntity, type CustomerLead } from '../model/lead.js';
import { createRelationshipRequest, type CreatedRequest } from './requests.js';

/** T-12: a lead is visible to its owning organization only; anyone else's is NOT_FOUND (T-1). */
async function ownLead(tx: EntityManager, caller: PartnerCaller, id: string): Promise<CustomerLead> {
  const lead = await tx.getRepository(CustomerLeadEntity).findOne({ where: { id, ownerId: caller.partnerId }, lock: { mode: 'pessimistic_write' } });
  if (!lead) throw new DomainError('NOT_FOUND');
  return lead;
}

/** CustomerLeadChanged{status,substatus}, with `change` (UPDATED, or CONVERTED by C-26) and `before`, the lead before. */
async function recordLeadEvent(
  tx: EntityManager, caller: PartnerCaller, lead: CustomerLead, change: 'UPDATED' | 'CONVERTED', before: ReturnType<typeof leadSnapshot>,
) {
  await recordCustomersEvent(tx, {
    type: 'CustomerLeadChanged', aggregateId: lead.id, partnerIds: [lead.ownerId], actor: partnerActor(caller),
    payload: { status: lead.status, substatus: lead.substatus, lead: leadSnapshot(lead), change, before },
  });
}

export interface LeadChange {
  status?: LeadStatus | null;
  substatus?: LeadSubstatus | null;
  assignedTo?: string | null;
  notes?: string | null;
}

/** C-25 (E: API-REF): status moves along §3.5 only; assignment and notes. */
export async function updateCustomerLead(
  tx: EntityManager, caller: PartnerCaller, id: string, change: LeadChange, now: Date,
): Promise<CustomerLead> {
  const lead = await ownLead(tx, caller, id);
  const before = leadSnapshot(lead);
  if (change.status || change.substatus) {
    const status = change.status ?? lead.status;
    const substatus = change.substatus ?? (change.status && change.status !== lead.status ? defaultSubstatus(status) : lead.substatus);
    if (!canMoveLead(lead, { status, substatus })) {
      throw new DomainError('INVALID_LEAD_TRANSITION', { field: 'input.status', from: `${lead.status}/${lead.substatus}`, to: `${status}/${substatus}` });
    }
    Object.assign(lead, { status, substatus });
  }
  if (change.assignedTo !== undefined) lead.assignedTo = change.assignedTo;
  if (change.notes !== undefined) {
    lead.details = { ...(lead.details ?? { dealValue: null, currency: null, closingDateTime: null }), notes: change.notes ?? null };
  }
  lead.updatedAt = now;
  await tx.getRepository(CustomerLeadEntity).save(lead);
  await recordLeadEvent(tx, caller, lead, 'UPDATED', before);
  return lead;
}

/** C-26: a relationship request for the lead's customer (C-03 rules apply); the lead becomes ACTIVE{ACCEPTED}. */
export async function inviteCustomerFromLead(
  tx: EntityManager, caller: PartnerCaller, leadId: string, includeDelegatedAdminPrivileges: boolean,
  deps: Pick<CustomersDeps, 'now' | 'publicUrl'>,
): Promise<CreatedRequest> {
  const lead = await ownLead(tx, caller, leadId);
  if (!canConvertLead(lead)) throw new DomainError('INVALID_LEAD_TRANSITION', { field: 'leadId', from: `${lead.status}/${lead.substatus}` });
  const email = lead.customerProfile.contacts.find((contact) => contact.email)?.email ?? null;
  const request = await createRelationshipRequest(tx, caller, {
    includeDelegatedAdminPrivileges, customerEmailHint: email, leadId: lead.id,
  }, deps);
  const before = leadSnapshot(lead);
  Object.assign(lead, { status: 'ACTIVE', substatus: 'ACCEPTED', convertedRequestId: request.id, updatedAt: deps.now() });
  await tx.getRepository(CustomerLeadEntity).save(lead);
  await recordLeadEvent(tx, caller, lead, 'CONVERTED', before);
  return request;
}
