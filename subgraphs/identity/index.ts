import type { DataSource } from 'typeorm';
import type { TokenSigner } from '../../platform/tokens.js';
import { buildSubgraph } from '../kit/subgraph.js';
import { createIdentityLoaders } from './loaders.js';
import { identityMigrations } from './migrations/index.js';
import { OrganizationFactsEntity, TenantEntity } from './model/tenant.js';
import { UserEntity } from './model/user.js';
import { identityPermissions } from './permissions.js';
import { signInResolvers } from './resolvers/sign-in.js';
import { userResolvers } from './resolvers/users.js';

export const identityDatabase = {
  schema: 'identity',
  migrations: identityMigrations,
  entities: [UserEntity, TenantEntity, OrganizationFactsEntity],
};

/** The identity subgraph: users, roles, sign-in. */
export function createIdentitySubgraph(deps: { sdl: string; dataSource: DataSource; signer: TokenSigner }) {
  return buildSubgraph({
    name: 'identity',
    sdl: deps.sdl,
    resolvers: [userResolvers, signInResolvers(deps.signer)],
    permissions: identityPermissions,
    createLoaders: (db) => createIdentityLoaders(db),
  }, deps.dataSource);
}
