import type { DataSource } from 'typeorm';
import type { EventHub } from '../kit/event-hub.js';
import { buildSubgraph } from '../kit/subgraph.js';
import { customersDepsFrom, type CustomersConfig, type CustomersDeps } from './deps.js';
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

export interface CustomersSubgraphOptions {
  sdl: string;
  dataSource: DataSource;
  /** the settings it reads: public URL and mail (platform/config.ts, parsed once by the composition root) */
  config: CustomersConfig;
  /** clock, public URL and mail; defaults from `config` (deps.ts) */
  deps?: Partial<CustomersDeps>;
  /** fans the outbox out to subscriptions (§5); without it the streams are not served */
  hub?: EventHub;
}

/** The customers subgraph: customers, reseller relationships and requests, DAP, orders, customer users, support, health, leads. */
export function createCustomersSubgraph(options: CustomersSubgraphOptions) {
  const deps = customersDepsFrom(options.config, options.deps);
  return buildSubgraph({
    name: 'customers',
    sdl: options.sdl,
    resolvers: [customerResolvers, requestResolvers(deps), commerceResolvers(deps), supportResolvers(deps),
      customerUserResolvers(deps),
      liveResolvers(() => {
        if (!options.hub) throw new Error('the customers subgraph was built without an event hub');
        return options.hub;
      })],
    permissions: customersPermissions,
    createLoaders: (db, principal) => createCustomersLoaders(db, principal),
  }, options.dataSource);
}
