import DataLoader from 'dataloader';
import { In, IsNull } from 'typeorm';
import type { ScopedDatabase } from '../kit/context.js';
import type { ServiceRequestStatus } from './domain/service-requests.js';
import { CustomerServiceRequestEntity, ServiceIncidentEntity, type CustomerServiceRequest, type ServiceIncident } from './model/support.js';

/** Service requests (T-9: the caller organization's own) and incidents, per customer, batched. */
export function supportLoaders(db: ScopedDatabase, partnerId: string | null) {
  const byStatus = new Map<string, DataLoader<string, CustomerServiceRequest[]>>();
  function serviceRequestsOf(status: ServiceRequestStatus | null | undefined) {
    const key = status ?? '';
    let loader = byStatus.get(key);
    if (!loader) {
      loader = new DataLoader(async (customerIds) => {
        if (!partnerId) return customerIds.map(() => []);
        const rows = await db.transaction((manager) => manager.getRepository(CustomerServiceRequestEntity).find({
          where: { customerId: In([...customerIds]), partnerId, ...(status ? { status } : {}) },
          order: { createdDate: 'DESC', id: 'ASC' },
        }));
        return customerIds.map((id) => rows.filter((row) => row.customerId === id));
      });
      byStatus.set(key, loader);
    }
    return loader;
  }
  /** incidents of the whole service (no customer) and of each customer, newest first */
  const incidentsOf = new DataLoader<string, ServiceIncident[]>(async (customerIds) => {
    const rows = await db.transaction((manager) => manager.getRepository(ServiceIncidentEntity).find({
      where: [{ customerId: In([...customerIds]) }, { customerId: IsNull() }], order: { startTime: 'DESC', id: 'ASC' },
    }));
    return customerIds.map((id) => rows.filter((row) => row.customerId === null || row.customerId === id));
  });
  return { serviceRequestsOf, incidentsOf };
}
