import pg from 'pg';
import { migrateAll, SUBGRAPHS } from '../../scripts/stack.js';
import { createTestDatabase } from '../helpers/stack.js';

describe('migrations', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => { database = await createTestDatabase(); });
  afterAll(() => database.drop());

  async function tablesBySchema(): Promise<Record<string, string[]>> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_schema: string; table_name: string }>(`
        select table_schema, table_name from information_schema.tables
        where table_schema in ('identity', 'partners', 'customers') order by 1, 2`);
      const result: Record<string, string[]> = {};
      for (const row of rows) (result[row.table_schema] ??= []).push(row.table_name);
      return result;
    } finally {
      await client.end();
    }
  }

  it('run on an empty database: each subgraph gets its own schema and migrations table', async () => {
    await migrateAll(database.url);
    const tables = await tablesBySchema();
    expect(tables.identity).toEqual(expect.arrayContaining(['tenants', 'users', 'events', 'migrations']));
    expect(tables.partners).toEqual(expect.arrayContaining(['organizations', 'partnerships', 'events', 'migrations']));
    expect(tables.customers).toEqual(expect.arrayContaining(['customers', 'relationships', 'events', 'migrations']));
  });

  it('are idempotent: a second run, even two at once, applies nothing and changes nothing', async () => {
    const before = await tablesBySchema();
    await Promise.all([migrateAll(database.url), migrateAll(database.url)]);
    expect(await tablesBySchema()).toEqual(before);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    for (const [name, { migrations }] of Object.entries(SUBGRAPHS)) {
      const { rows } = await client.query(`select count(*)::int as n from ${name}.migrations`);
      expect({ name, applied: rows[0].n }).toEqual({ name, applied: migrations.length });
    }
    await client.end();
  });
});
