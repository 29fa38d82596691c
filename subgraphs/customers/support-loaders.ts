import type { ScopedDatabase } from '../kit/context.js';
import { batchedKeysetPages, byIdLoader } from '../kit/loaders.js';
import { customerIncidentsList, customerServiceRequestsList } from './listings.js';
import { CustomerServiceRequestEntity, ServiceIncidentEntity } from './model/support.js';

/** Service requests (T-9: the caller organization's own) and incidents: by id, and a page per customer, batched. */
export function supportLoaders(db: ScopedDatabase, partnerId: string | null) {
  const serviceRequest = byIdLoader(db, CustomerServiceRequestEntity);
  const incident = byIdLoader(db, ServiceIncidentEntity);
  return {
    serviceRequest,
    incident,
    serviceRequestPage: batchedKeysetPages(db, { ...customerServiceRequestsList(partnerId), nodes: serviceRequest }),
    incidentPage: batchedKeysetPages(db, { ...customerIncidentsList, nodes: incident }),
  };
}
