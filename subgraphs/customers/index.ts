import type { DataSource } from 'typeorm';
import { buildSubgraph } from '../kit/subgraph.js';
import { createCustomersLoaders } from './loaders.js';
import { customersMigrations } from './migrations/index.js';
import { CustomerEntity } from './model/customer.js';
import { CustomerRelationshipEntity, DelegatedAdminGrantEntity, PartnershipFactEntity } from './model/relationship.js';
import { customersPermissions } from './permissions.js';
import { customerResolvers } from './resolvers/customers.js';

export const customersDatabase = {
  schema: 'customers',
  migrations: customersMigrations,
  entities: [CustomerEntity, CustomerRelationshipEntity, DelegatedAdminGrantEntity, PartnershipFactEntity],
};

/** The customers subgraph: customers, reseller relationships, delegated admin. */
export function createCustomersSubgraph(deps: { sdl: string; dataSource: DataSource }) {
  return buildSubgraph({
    name: 'customers',
    sdl: deps.sdl,
    resolvers: [customerResolvers],
    permissions: customersPermissions,
    createLoaders: (db, principal) => createCustomersLoaders(db, principal),
  }, deps.dataSource);
}
