import type { EntityManager } from 'typeorm';
import type { StoredEvent } from '../kit/events.js';
import { tenantProjector } from '../kit/tenant-read-model.js';
import { establishRelationship } from './services/relationships.js';

interface OrganizationSnapshot { id: string; companyName?: string; partnerType: string; programStatus: string; country: string; mpnId?: string | null }
interface ExistingCustomer { tenantId: string; companyName: string; domain: string; country: string }
interface PartnershipSnapshot { id?: string; providerId: string; resellerId: string; state: string; providerTenantAdminAccess?: boolean }

/**
 * Identity's TenantCreated feeds `customers.tenants`: a customer tenant that accepts a request before it has a
 * Customer row (§3.3).
 */
export const applyIdentityEvent = tenantProjector('customers');

/**
 * Partners' events feed `customers.organizations` and `customers.partnerships` (T-4…T-6, R-33, R-37…R-39, R-43):
 * the facts this subgraph authorizes with, never a call to partners inside a resolver (DESIGN.md).
 */
export async function applyPartnersEvent(event: StoredEvent, manager: EntityManager): Promise<void> {
  const organization = event.payload.organization as OrganizationSnapshot | undefined;
  if (event.type === 'PartnerOrganizationDeleted') {
    await manager.query('delete from customers.organizations where id = $1', [organization?.id ?? event.aggregateId]);
  } else if (organization?.id && organization.partnerType && organization.country) {
    await manager.query(`insert into customers.organizations (id, company_name, partner_type, program_status, country, mpn_id)
      values ($1, $2, $3, $4, $5, $6)
      on conflict (id) do update set company_name = coalesce(excluded.company_name, customers.organizations.company_name),
        partner_type = excluded.partner_type, program_status = excluded.program_status, country = excluded.country,
        mpn_id = excluded.mpn_id, updated_at = now()`,
    [organization.id, organization.companyName ?? null, organization.partnerType, organization.programStatus,
      organization.country, organization.mpnId ?? null]);
  }
  const partnership = event.payload.partnership as PartnershipSnapshot | undefined;
  if (partnership?.providerId && partnership.resellerId && partnership.state) {
    await manager.query(`insert into customers.partnerships (provider_id, reseller_id, id, state, provider_tenant_admin_access)
      values ($1, $2, $3, $4, $5)
      on conflict (provider_id, reseller_id) do update set id = coalesce(excluded.id, customers.partnerships.id),
        state = excluded.state, provider_tenant_admin_access = excluded.provider_tenant_admin_access, updated_at = now()`,
    [partnership.providerId, partnership.resellerId, partnership.id ?? null, partnership.state,
      partnership.providerTenantAdminAccess ?? true]);
  }
  if (event.type === 'PartnerOrganizationActivated' && organization?.id) await importExistingCustomers(event, organization.id, manager);
}

/**
 * S-34 / AS-1 step 7: at approval, the customers the organization's MPN ID already serves in other portals become
 * its relationships (`source: IMPORTED`). Idempotent: an ACTIVE relationship is left as it is.
 */
async function importExistingCustomers(event: StoredEvent, partnerId: string, manager: EntityManager): Promise<void> {
  const existing = (event.payload.existingCustomers ?? []) as ExistingCustomer[];
  for (const customer of existing) {
    await manager.query(`insert into customers.customers (id, company_name, domain, country) values ($1, $2, $3, $4)
      on conflict do nothing`, [customer.tenantId, customer.companyName, customer.domain.toLowerCase(), customer.country]);
    const [row]: { id: string }[] = await manager.query('select id from customers.customers where id = $1', [customer.tenantId]);
    if (!row) continue; // its domain belongs to another customer: nothing to import it onto
    await establishRelationship(manager, { partnerId, customerId: customer.tenantId, source: 'IMPORTED', requestId: null,
      now: new Date(event.occurredAt) }, { kind: 'SYSTEM' });
  }
}
