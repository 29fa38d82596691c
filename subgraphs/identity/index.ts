import type { DataSource } from 'typeorm';
import type { PlatformConfig } from '../../platform/config.js';
import type { TokenSigner } from '../../platform/tokens.js';
import type { EventHub } from '../kit/event-hub.js';
import { buildSubgraph } from '../kit/subgraph.js';
import { createIdentityLoaders } from './loaders.js';
import { identityMigrations } from './migrations/index.js';
import { OrganizationFactsEntity, TenantEntity } from './model/tenant.js';
import { UserEntity } from './model/user.js';
import { identityPermissions } from './permissions.js';
import { applyPartnersEvent } from './read-models.js';
import { liveResolvers } from './resolvers/live.js';
import { signInResolvers } from './resolvers/sign-in.js';
import { userManagementResolvers } from './resolvers/user-management.js';
import { userResolvers } from './resolvers/users.js';
import { workAccountResolvers } from './resolvers/work-accounts.js';
import { Sessions, SignInThrottle } from './services/sessions.js';

export const identityDatabase = {
  schema: 'identity',
  migrations: identityMigrations,
  entities: [UserEntity, TenantEntity, OrganizationFactsEntity],
  consumes: { partners: applyPartnersEvent },
};

export interface IdentitySubgraphOptions {
  sdl: string;
  dataSource: DataSource;
  signer: TokenSigner;
  config: Pick<PlatformConfig, 'jwt' | 'signInThrottle'>;
  hub: EventHub;
}

/** The identity subgraph: tenants, users and their two role levels, sign-in and sessions. */
export function createIdentitySubgraph(options: IdentitySubgraphOptions) {
  const sessions = new Sessions(options.signer, options.config.jwt);
  const throttle = new SignInThrottle(options.dataSource, options.config.signInThrottle);
  return buildSubgraph({
    name: 'identity',
    sdl: options.sdl,
    resolvers: [
      userResolvers,
      signInResolvers({ sessions, throttle }),
      userManagementResolvers({ sessions }),
      workAccountResolvers({ throttle }),
      liveResolvers(() => options.hub),
    ],
    permissions: identityPermissions,
    createLoaders: (db) => createIdentityLoaders(db),
  }, options.dataSource);
}
