import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types generated from each subgraph's SDL (`npm run codegen`); a test fails when they are stale.
 * Mappers tie GraphQL types to the rows resolvers actually return.
 */
const common = {
  plugins: ['typescript', 'typescript-resolvers'],
  config: {
    federation: true,
    useIndexSignature: true,
    enumsAsTypes: true,
    scalars: { DateTime: 'Date | string' },
    maybeValue: 'T | null | undefined',
  },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'subgraphs/identity/generated/resolvers.ts': {
      schema: 'schema/identity.graphql', ...common,
      config: {
        ...common.config,
        contextType: '../context.js#IdentityContext',
        mappers: {
          PartnerUser: '../model/user.js#User',
          Tenant: '../model/tenant.js#Tenant as TenantRow',
          PartnerUserConnection: '../../kit/pagination.js#AnyConnection',
        },
      },
    },
    'subgraphs/partners/generated/resolvers.ts': { schema: 'schema/partners.graphql', ...common },
    'subgraphs/customers/generated/resolvers.ts': { schema: 'schema/customers.graphql', ...common },
  },
};

export default config;
