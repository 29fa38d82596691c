import type { ScopedDatabase } from '../kit/context.js';
import { batchedSqlLists, byIdLoader } from '../kit/loaders.js';
import { customerIncidentsList, customerServiceRequestsList } from './listings.js';
import { CustomerServiceRequestEntity, ServiceIncidentEntity } from './model/support.js';

/** Service requests (T-9: the caller organization's own) and incidents: by id, and each customer's, paged in batches. */
export function supportLoaders(db: ScopedDatabase, partnerId: string | null) {
  const serviceRequest = byIdLoader(db, CustomerServiceRequestEntity);
  const incident = byIdLoader(db, ServiceIncidentEntity);
  return {
    serviceRequest,
    incident,
    serviceRequestList: batchedSqlLists(db, { ...customerServiceRequestsList(partnerId), nodes: serviceRequest }),
    incidentList: batchedSqlLists(db, { ...customerIncidentsList, nodes: incident }),
  };
}
