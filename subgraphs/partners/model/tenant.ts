import { EntitySchema } from 'typeorm';
import { tenantColumns, type TenantFields } from '../../kit/tenant-read-model.js';

/** Read model of identity's tenants (docs/events.md `TenantCreated`): the country compare with. */
export type TenantFacts = TenantFields;

export const TenantFactsEntity = new EntitySchema<TenantFacts>({
  name: 'TenantFacts',
  tableName: 'tenants',
  schema: 'partners',
  columns: tenantColumns(),
});
