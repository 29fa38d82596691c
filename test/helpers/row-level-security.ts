import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { SubgraphName } from '../../platform/supergraph.js';
import { seedWorld } from '../../scripts/seed/index.js';
import { migrateAll, SUBGRAPHS } from '../../scripts/stack.js';
import { connect } from '../../subgraphs/kit/database.js';
import { createTestDatabase } from './stack.js';

/** A seeded database seen two ways: by its owner (no row-level security) and through each subgraph's own pool. */
export interface RowLevelWorld {
  /** the owner's connection: reads and writes every row, as migrations and seeds do */
  owner: pg.Client;
  /** each subgraph's pool, connected as its application role, under its row-level security policies */
  pools: Record<SubgraphName, DataSource>;
  close(): Promise<void>;
}

/** A fresh database, migrated and seeded with the demo world (§4.4 tests: what a partner-scoped transaction reads). */
export async function rowLevelWorld(): Promise<RowLevelWorld> {
  const database = await createTestDatabase();
  await migrateAll(database.url);
  await seedWorld(database.url);
  const owner = new pg.Client({ connectionString: database.url });
  await owner.connect();
  const pools = {} as Record<SubgraphName, DataSource>;
  for (const name of ['identity', 'partners', 'customers'] as const) {
    const { schema, entities } = SUBGRAPHS[name];
    pools[name] = await connect({ url: database.url, schema, migrations: [], entities, poolSize: 2 });
  }
  return {
    owner,
    pools,
    async close() {
      await Promise.all(Object.values(pools).map((pool) => pool.destroy()));
      await owner.end();
      await database.drop();
    },
  };
}
