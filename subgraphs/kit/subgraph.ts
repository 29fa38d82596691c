import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { GraphQLScalarType, parse } from 'graphql';
import type { IRules } from 'graphql-shield';
import type { DataSource } from 'typeorm';
import { databaseIsReady, scopedDatabase, type ScopedDatabase, type SubgraphContext } from './context.js';
import { describeInputLimits } from '../../platform/input-limits-sdl.js';
import { guardEntities } from './entities.js';
import { guardArguments } from './input-limits.js';
import { DateTime } from './scalars.js';
import type { RequestInfo, SubgraphRoute, SubgraphService } from './server.js';
import { protectSchema } from './shield.js';
import type { Principal } from './principal.js';

export interface SubgraphDefinition<TLoaders> {
  name: string;
  sdl: string;
  resolvers: object[];
  permissions: IRules;
  createLoaders(db: ScopedDatabase, principal: Principal | null): TLoaders;
  /** HTTP endpoints beside /graphql, by path (kit/server.ts) */
  routes?: Record<string, SubgraphRoute<SubgraphContext<TLoaders>>>;
}

/** Resolver maps of one subgraph's feature files, merged per type. */
function mergeResolvers(maps: object[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const existing = merged[type];
      merged[type] = existing && typeof fields === 'object' && !(fields instanceof GraphQLScalarType)
        ? { ...(existing as object), ...fields }
        : fields;
    }
  }
  return merged;
}

/**
 * Builds a subgraph from its SDL, resolvers and rule map: Federation schema, every argument checked against its
 * declared limits (input-limits.ts), `_entities` bounded and checked (entities.ts), graphql-shield default-deny on top, and a context factory that gives each request its principal, scoped database and fresh DataLoaders.
 */
export function buildSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  dataSource: DataSource,
): SubgraphService<SubgraphContext<TLoaders>> {
  const schema = guardEntities(guardArguments(buildSubgraphSchema({
    typeDefs: describeInputLimits(parse(definition.sdl)),
    resolvers: mergeResolvers([{ DateTime }, ...definition.resolvers]) as GraphQLResolverMap<unknown>,
  })));
  return {
    name: definition.name,
    schema: protectSchema(schema, definition.permissions),
    createContext({ principal, requestId, logger, clientAddress, trace, deadline }: RequestInfo) {
      const db = scopedDatabase(dataSource, principal, trace, deadline);
      const context: SubgraphContext<TLoaders> = {
        principal, requestId, logger, clientAddress, db, loaders: definition.createLoaders(db, principal), trace,
        // A subscription's context lives as long as its stream: each event reads today's rows, not the first event's,
        // for the subscriber as it stands now (issue 14: live-field.ts updates the principal).
        renewLoaders() {
          context.db = scopedDatabase(dataSource, context.principal, trace, deadline);
          context.loaders = definition.createLoaders(context.db, context.principal);
        },
      };
      return context;
    },
    isReady: () => databaseIsReady(dataSource),
    routes: definition.routes,
  };
}
