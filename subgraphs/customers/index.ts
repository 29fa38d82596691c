import type { DataSource } from 'typeorm';
import type { EventHub } from '../kit/event-hub.js';
import { buildSubgraph } from '../kit/subgraph.js';
import { customersRuntimeFrom, type CustomersConfig, type CustomersRuntime } from './deps.js';
import { createCustomersLoaders } from './loaders.js';
import { customersMigrations } from './migrations/index.js';
import { CustomerEntity } from './model/customer.js';
import { CustomerUserEntity } from './model/customer-user.js';
import { OrganizationFactEntity, TenantFactEntity } from './model/facts.js';
import { CustomerLeadEntity } from './model/lead.js';
import { CustomerRelationshipEntity, DelegatedAdminGrantEntity, PartnershipFactEntity } from './model/relationship.js';
import { RelationshipRequestEntity } from './model/request.js';
import { CustomerSubscriptionEntity } from './model/subscription.js';
import { CustomerServiceRequestEntity, ServiceIncidentEntity } from './model/support.js';
import { customersPermissions } from './permissions.js';
import { applyIdentityEvent, applyPartnersEvent } from './read-models.js';
import { commerceResolvers } from './resolvers/commerce.js';
import { customerUserResolvers } from './resolvers/customer-users.js';
import { customerResolvers } from './resolvers/customers.js';
import { liveResolvers } from './resolvers/live.js';
import { requestResolvers } from './resolvers/requests.js';
import { supportResolvers } from './resolvers/support.js';
import { expireRelationshipRequests } from './services/requests.js';

export const customersDatabase = {
  schema: 'customers',
  migrations: customersMigrations,
  entities: [CustomerEntity, CustomerRelationshipEntity, DelegatedAdminGrantEntity, PartnershipFactEntity, OrganizationFactEntity,
    TenantFactEntity, RelationshipRequestEntity, CustomerSubscriptionEntity, CustomerServiceRequestEntity, ServiceIncidentEntity,
    CustomerLeadEntity, CustomerUserEntity],
  // Read models: identity's tenants, partners' organizations and partnerships (docs/events.md).
  consumes: { identity: applyIdentityEvent, partners: applyPartnersEvent },
  sweeps: [{ name: 'relationship requests', run: expireRelationshipRequests }],
};

export interface CustomersDeps {
  sdl: string;
  dataSource: DataSource;
  /** the settings it reads: public URL and mail (platform/config.ts, parsed once by the composition root) */
  config: CustomersConfig;
  /** clock, public URL and mail; defaults from `config` (deps.ts) */
  runtime?: Partial<CustomersRuntime>;
  /** fans the outbox out to subscriptions (§5); without it the streams are not served */
  hub?: EventHub;
}

/** The customers subgraph: customers, reseller relationships and requests, DAP, orders, customer users, support, health, leads. */
export function createCustomersSubgraph(deps: CustomersDeps) {
  const runtime = customersRuntimeFrom(deps.config, deps.runtime);
  return buildSubgraph({
    name: 'customers',
    sdl: deps.sdl,
    resolvers: [customerResolvers, requestResolvers(runtime), commerceResolvers(runtime), supportResolvers(runtime),
      customerUserResolvers(runtime),
      liveResolvers(() => {
        if (!deps.hub) throw new Error('the customers subgraph was built without an event hub');
        return deps.hub;
      })],
    permissions: customersPermissions,
    createLoaders: (db, principal) => createCustomersLoaders(db, principal),
  }, deps.dataSource);
}
