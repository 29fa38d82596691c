import type { EntityManager } from 'typeorm';
import type { StoredEvent } from '../kit/events.js';

interface TenantSnapshot {
  id: string;
  displayName: string;
  defaultDomain: string;
  verifiedDomains: string[];
  countryCode: string;
}

/**
 * Partners' reading of identity's events (docs/events.md): the tenant read model behind R-10, R-15 and R-21.
 * Idempotent upsert of the snapshot, as delivery is at-least-once.
 */
export async function applyIdentityEvent(event: StoredEvent, manager: EntityManager): Promise<void> {
  const tenant = event.payload.tenant as TenantSnapshot | undefined;
  if (!tenant?.id || !tenant.countryCode) return;
  await manager.query(`insert into partners.tenants (id, display_name, default_domain, verified_domains, country_code)
    values ($1, $2, $3, $4, $5)
    on conflict (id) do update set display_name = excluded.display_name, default_domain = excluded.default_domain,
      verified_domains = excluded.verified_domains, country_code = excluded.country_code, updated_at = now()`,
  [tenant.id, tenant.displayName, tenant.defaultDomain, tenant.verifiedDomains ?? [], tenant.countryCode]);
}
