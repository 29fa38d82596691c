import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import { checkOffice365Rule, type ProductFamily } from '../domain/commerce.js';
import {
  checkServiceRequestCreation, nextServiceRequestStatus, type ServiceRequestSeverity, type ServiceRequestStatus,
} from '../domain/service-requests.js';
import { partnerActor, recordCustomersEvent, serviceRequestSnapshot, type PartnerCaller } from '../events.js';
import { CustomerServiceRequestEntity, type CustomerServiceRequest, type ServiceRequestContact } from '../model/support.js';
import { administeredCustomer, organizationFact } from './access.js';

export interface NewServiceRequest {
  productFamily: ProductFamily;
  title: string;
  description: string;
  severity: ServiceRequestSeverity;
  supportTopicId: string;
  supportTopicName?: string | null;
  primaryContact: ServiceRequestContact;
}

async function recordServiceRequestEvent(
  tx: EntityManager, caller: PartnerCaller, request: CustomerServiceRequest, newNote: boolean,
  before: ReturnType<typeof serviceRequestSnapshot> | null,
) {
  // T-9: only the creating organization hears about its requests.
  await recordCustomersEvent(tx, {
    type: 'CustomerServiceRequestChanged', aggregateId: request.id, partnerIds: [request.partnerId], actor: partnerActor(caller),
    payload: { status: request.status, newNote, serviceRequest: serviceRequestSnapshot(request), before },
  });
}

/** A checked product family for the caller: Office 365 needs an admin agent. */
function requireOffice365Grant(caller: PartnerCaller, productFamily: ProductFamily) {
  const failure = checkOffice365Rule(caller, productFamily);
  if (failure) throw new DomainError(failure);
}

/** C-22 create (S-1, S-8): a visible customer with DAP, R-34 for Office 365, R-33 for Azure from a reseller. */
export async function createServiceRequest(
  tx: EntityManager, caller: PartnerCaller, customerId: string, input: NewServiceRequest, now: Date,
): Promise<CustomerServiceRequest> {
  const customer = await administeredCustomer(tx, caller.partnerId, customerId);
  requireOffice365Grant(caller, input.productFamily);
  const organization = await organizationFact(tx, caller.partnerId);
  const azure = checkServiceRequestCreation(organization?.partnerType ?? null, input.productFamily);
  if (azure) throw new DomainError(azure);
  for (const field of ['title', 'description', 'supportTopicId'] as const) {
    if (!input[field]?.trim()) throw new DomainError('REQUIRED_FIELD', { field });
  }
  const request: CustomerServiceRequest = {
    id: randomUUID(), customerId: customer.id, partnerId: caller.partnerId, createdBy: caller.userId,
    productFamily: input.productFamily, title: input.title.trim(), description: input.description.trim(),
    severity: input.severity, supportTopicId: input.supportTopicId.trim(), supportTopicName: input.supportTopicName ?? null,
    status: 'OPEN', closedBy: null, primaryContact: input.primaryContact, notes: [], countryCode: customer.country.trim(),
    createdDate: now, lastModifiedDate: null, lastClosedDate: null,
  };
  await tx.getRepository(CustomerServiceRequestEntity).insert(request);
  await recordServiceRequestEvent(tx, caller, request, false, null);
  return request;
}

/** C-22 update: the caller organization's own request (T-9), DAP, R-34, and the §3.5 transitions. */
export async function updateServiceRequest(
  tx: EntityManager, caller: PartnerCaller, id: string, input: { status?: ServiceRequestStatus | null; note?: string | null }, now: Date,
): Promise<CustomerServiceRequest> {
  const repository = tx.getRepository(CustomerServiceRequestEntity);
  const request = await repository.findOne({ where: { id, partnerId: caller.partnerId }, lock: { mode: 'pessimistic_write' } });
  if (!request) throw new DomainError('NOT_FOUND');
  await administeredCustomer(tx, caller.partnerId, request.customerId);
  requireOffice365Grant(caller, request.productFamily);
  const note = input.note?.trim() || null;
  const next = nextServiceRequestStatus(request, { status: input.status, addsNote: Boolean(note) });
  if ('failure' in next) throw new DomainError(next.failure, { from: request.status, to: input.status });
  const before = serviceRequestSnapshot(request);
  if (next.status === 'CLOSED' && request.status !== 'CLOSED') {
    Object.assign(request, { closedBy: 'PARTNER', lastClosedDate: now });
  } else if (next.status !== 'CLOSED') {
    request.closedBy = null;
  }
  request.status = next.status;
  if (note) request.notes = [...request.notes, { text: note, createdBy: caller.userId, createdDate: now.toISOString() }];
  request.lastModifiedDate = now;
  await repository.save(request);
  await recordServiceRequestEvent(tx, caller, request, Boolean(note), before);
  return request;
}
