import { EntitySchema } from 'typeorm';

/** Read model of identity's tenants (docs/events.md `TenantCreated`): the country compare with. */
export interface TenantFacts {
  id: string;
  displayName: string;
  defaultDomain: string;
  verifiedDomains: string[];
  countryCode: string;
}

export const TenantFactsEntity = new EntitySchema<TenantFacts>({
  name: 'TenantFacts',
  tableName: 'tenants',
  schema: 'partners',
  columns: {
    id: { type: 'uuid', primary: true },
    displayName: { type: 'text', name: 'display_name' },
    defaultDomain: { type: 'text', name: 'default_domain' },
    verifiedDomains: { type: 'text', name: 'verified_domains', array: true },
    countryCode: { type: 'char', length: 2, name: 'country_code' },
  },
});
