import pg from 'pg';
import { hashPassword } from '../../subgraphs/identity/password-hashing.js';
import { seedCustomers } from './customers.js';
import { seedIdentity } from './identity.js';
import { seedPartners } from './partners.js';
import { DEMO_PASSWORD } from './world.js';

export interface SeedOptions {
  /** also establish the demo partnerships and customer relationships (default true) */
  demo?: boolean;
}

/** True when no tenant exists yet: `npm start` seeds only an empty database. */
export async function isEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('select count(*) from identity.tenants');
    return rows[0].count === '0';
  } finally {
    await client.end();
  }
}

/** Loads the fixture world into a migrated database, in one transaction. */
export async function seedWorld(databaseUrl: string, options: SeedOptions = {}): Promise<void> {
  const demo = options.demo ?? true;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('begin');
    await seedIdentity(db, passwordHash);
    await seedPartners(db, demo);
    await seedCustomers(db, demo, passwordHash);
    await db.query('commit');
  } catch (error) {
    await db.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}
