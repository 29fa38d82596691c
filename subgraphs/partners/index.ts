import type { DataSource } from 'typeorm';
import { buildSubgraph } from '../kit/subgraph.js';
import { createPartnersLoaders } from './loaders.js';
import { partnersMigrations } from './migrations/index.js';
import { OrganizationEntity } from './model/organization.js';
import { PartnershipEntity } from './model/partnership.js';
import { partnersPermissions } from './permissions.js';
import { organizationResolvers } from './resolvers/organizations.js';

export const partnersDatabase = {
  schema: 'partners',
  migrations: partnersMigrations,
  entities: [OrganizationEntity, PartnershipEntity],
};

/** The partners subgraph: organizations, enrollment, provider↔reseller partnerships. */
export function createPartnersSubgraph(deps: { sdl: string; dataSource: DataSource }) {
  return buildSubgraph({
    name: 'partners',
    sdl: deps.sdl,
    resolvers: [organizationResolvers],
    permissions: partnersPermissions,
    createLoaders: (db) => createPartnersLoaders(db),
  }, deps.dataSource);
}
