import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import { recordCustomersEvent } from '../events.js';
import { ServiceIncidentEntity, type ServiceIncident } from '../model/support.js';

/**
 * One update from the service health feed (PC `GET /v1/serviceincidents`, DOMAIN.md §2.2): a new incident, or a
 * change of status, a new message or the resolution of one already known (`id`).
 */
export interface IncidentUpdate {
  id?: string;
  /** null: the whole service (every customer of the workload) */
  customerId?: string | null;
  workload?: string;
  title?: string;
  messageType?: ServiceIncident['messageType'];
  status?: ServiceIncident['status'];
  impactedArea?: string | null;
  message?: string;
  resolved?: boolean;
}

const STATUSES = ['NORMAL', 'INFORMATION', 'WARNING', 'CRITICAL'];

/**
 * §5 ServiceIncidentChanged: applies a feed update and publishes the event in the same transaction. Its audience
 * is every organization with an ACTIVE relationship to the affected customer, fixed when the incident changes;
 * an incident of the whole service concerns every partner (`serviceWide`), which the stream checks per event.
 * Throws DomainError NOT_FOUND for an update naming an unknown `id` without a workload (nothing to update or create),
 * REQUIRED_FIELD for a new incident without workload or title.
 */
export async function applyIncidentUpdate(tx: EntityManager, update: IncidentUpdate, now: Date): Promise<ServiceIncident> {
  // the feed is internal (not on the public graph): a malformed update is the adapter's bug
  if (update.status && !STATUSES.includes(update.status)) throw new Error(`unknown incident status ${update.status}`);
  const repository = tx.getRepository(ServiceIncidentEntity);
  const message = update.message?.trim() ? [{ communicationText: update.message.trim(), publishedTime: now.toISOString() }] : [];
  const known = update.id ? await repository.findOne({ where: { id: update.id }, lock: { mode: 'pessimistic_write' } }) : null;
  let incident: ServiceIncident;
  if (known) {
    incident = known;
    if (update.status) incident.status = update.status;
    if (update.title) incident.title = update.title;
    if (update.impactedArea !== undefined) incident.impactedArea = update.impactedArea;
    if (update.resolved !== undefined) {
      incident.resolved = update.resolved;
      incident.endTime = update.resolved ? now : null;
    }
    incident.messages = [...incident.messages, ...message];
  } else {
    // an update of an incident that is not known, without what a new one needs: nothing to update
    if (update.id && !update.workload?.trim()) throw new DomainError('NOT_FOUND', { id: update.id });
    if (!update.workload?.trim() || !update.title?.trim()) throw new DomainError('REQUIRED_FIELD', { field: update.workload?.trim() ? 'title' : 'workload' });
    incident = {
      id: update.id ?? randomUUID(), customerId: update.customerId ?? null, workload: update.workload.trim(),
      messageType: update.messageType ?? 'INCIDENT', status: update.status ?? 'WARNING', title: update.title.trim(),
      impactedArea: update.impactedArea ?? null, startTime: now, endTime: update.resolved ? now : null,
      resolved: update.resolved ?? false, messages: message,
    };
  }
  await repository.save(incident);
  const audience: { partner_id: string }[] = incident.customerId
    ? await tx.query(`select distinct partner_id from customers.relationships where customer_id = $1 and state = 'ACTIVE'`, [incident.customerId])
    : [];
  await recordCustomersEvent(tx, {
    type: 'ServiceIncidentChanged', aggregateId: incident.id, partnerIds: audience.map((row) => row.partner_id),
    actor: { kind: 'SYSTEM' },
    payload: { incident: { id: incident.id, customerId: incident.customerId }, serviceWide: !incident.customerId,
      status: incident.status, resolved: incident.resolved },
  });
  return incident;
}
