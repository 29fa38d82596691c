import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import type { PartnersDeps } from '../deps.js';
import { recordPartnersEvent } from '../events.js';
import { SupportTicketEntity, type SupportTicket, type TicketSeverity, type TicketStatus } from '../model/support.js';
import type { PartnerCaller } from './partner-caller.js';

interface NewTicket { title: string; description: string; severity: TicketSeverity; supportTopicId?: string | null }
interface TicketChange { title?: string | null; severity?: TicketSeverity | null; status?: TicketStatus | null; note?: string | null }

function required(value: string | null | undefined, field: string): string {
  const text = value?.trim();
  if (!text) throw new DomainError('REQUIRED_FIELD', { field });
  return text;
}

async function publish(tx: EntityManager, ticket: SupportTicket, caller: PartnerCaller) {
  await recordPartnersEvent(tx, {
    type: 'PartnerSupportTicketChanged', aggregateId: ticket.id, partnerIds: [ticket.organizationId],
    actor: { kind: 'PARTNER_USER', userId: caller.userId, partnerId: caller.partnerId },
    payload: { ticket: { id: ticket.id, status: ticket.status, createdBy: ticket.createdBy } },
  });
}

/** P-16 (S-14, A-13) */
export async function createTicket(tx: EntityManager, caller: PartnerCaller, input: NewTicket, deps: Pick<PartnersDeps, 'now'>) {
  const ticket = tx.getRepository(SupportTicketEntity).create({
    id: randomUUID(), organizationId: caller.partnerId, createdBy: caller.userId, title: required(input.title, 'title'),
    description: required(input.description, 'description'), severity: input.severity, status: 'OPEN',
    supportTopicId: input.supportTopicId?.trim() || null, notes: [], createdDate: deps.now(), lastModifiedDate: null,
  });
  await tx.getRepository(SupportTicketEntity).insert(ticket);
  await publish(tx, ticket, caller);
  return ticket;
}

/** P-16: creator only; someone else's ticket does not exist for the caller (T-10). The creator may close or add notes. */
export async function updateTicket(
  tx: EntityManager, caller: PartnerCaller, id: string, change: TicketChange, deps: Pick<PartnersDeps, 'now'>,
) {
  const tickets = tx.getRepository(SupportTicketEntity);
  const ticket = await tickets.findOne({ where: { id, organizationId: caller.partnerId, createdBy: caller.userId } });
  if (!ticket) throw new DomainError('NOT_FOUND');
  // ATTENTION_NEEDED and NONE are Microsoft's to set; a closed ticket is not reopened: file a new one.
  if (change.status && change.status !== 'CLOSED' && change.status !== 'OPEN') throw new DomainError('NOT_AUTHORISED', { field: 'status' });
  if (change.status === 'OPEN' && ticket.status === 'CLOSED') throw new DomainError('SR_CLOSED', { field: 'status' });
  if (change.title !== undefined && change.title !== null) ticket.title = required(change.title, 'title');
  if (change.severity) ticket.severity = change.severity;
  if (change.status) ticket.status = change.status;
  const now = deps.now();
  if (change.note?.trim()) ticket.notes = [...ticket.notes, { text: change.note.trim(), createdBy: caller.userId, createdDate: now.toISOString() }];
  ticket.lastModifiedDate = now;
  await tickets.save(ticket);
  await publish(tx, ticket, caller);
  return ticket;
}
