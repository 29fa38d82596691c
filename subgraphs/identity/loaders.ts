import type { ScopedDatabase } from '../kit/context.js';
import { byIdLoader } from '../kit/loaders.js';
import { OrganizationFactsEntity, TenantEntity } from './model/tenant.js';
import { UserEntity } from './model/user.js';

export function createIdentityLoaders(db: ScopedDatabase) {
  return {
    user: byIdLoader(db, UserEntity),
    tenant: byIdLoader(db, TenantEntity),
    organization: byIdLoader(db, OrganizationFactsEntity),
  };
}

export type IdentityLoaders = ReturnType<typeof createIdentityLoaders>;
