import { tenantProjector } from '../kit/tenant-read-model.js';

/** Partners' reading of identity's events (docs/events.md): the tenant read model behind R-10, R-15 and R-21. */
export const applyIdentityEvent = tenantProjector('partners');
