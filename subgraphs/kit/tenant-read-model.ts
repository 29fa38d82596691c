import type { EntityManager, EntitySchemaColumnOptions } from 'typeorm';
import type { EventHandler, StoredEvent } from './events.js';

/** A tenant as identity's events carry it (docs/events.md `TenantCreated`). */
export interface TenantSnapshot {
  id: string;
  displayName: string;
  defaultDomain: string;
  verifiedDomains?: string[];
  countryCode: string;
}

/** A tenant's row, the same in identity's own table and in every subgraph's read model of it. */
export interface TenantFields {
  id: string;
  displayName: string;
  defaultDomain: string;
  verifiedDomains: string[];
  countryCode: string;
}

/** The columns of a tenant, the same in identity's own table and in every subgraph's read model of it (fresh objects per entity). */
export function tenantColumns(): Record<keyof TenantFields, EntitySchemaColumnOptions> {
  return {
    id: { type: 'uuid', primary: true },
    displayName: { type: 'text', name: 'display_name' },
    defaultDomain: { type: 'text', name: 'default_domain' },
    verifiedDomains: { type: 'text', name: 'verified_domains', array: true },
    countryCode: { type: 'char', length: 2, name: 'country_code' },
  };
}

/**
 * The projector of identity's tenants into `<schema>.tenants` (partners; customers: a customer
 * tenant that accepts a request before it has a Customer row, §3.3). An idempotent upsert of the event's tenant
 * snapshot, as delivery is at-least-once; events without one are ignored.
 */
export function tenantProjector(schema: 'partners' | 'customers'): EventHandler {
  return async (event: StoredEvent, manager: EntityManager) => {
    const tenant = event.payload.tenant as TenantSnapshot | undefined;
    if (!tenant?.id || !tenant.countryCode) return;
    await manager.query(`insert into ${schema}.tenants (id, display_name, default_domain, verified_domains, country_code)
      values ($1, $2, $3, $4, $5)
      on conflict (id) do update set display_name = excluded.display_name, default_domain = excluded.default_domain,
        verified_domains = excluded.verified_domains, country_code = excluded.country_code, updated_at = now()`,
    [tenant.id, tenant.displayName, tenant.defaultDomain, tenant.verifiedDomains ?? [], tenant.countryCode]);
  };
}
