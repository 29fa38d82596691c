import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TENANT } from '../../scripts/seed/world.js';
import { CustomerRelationshipEntity } from '../../subgraphs/customers/model/relationship.js';
import { inTransaction, SYSTEM_SCOPE, type DataScope } from '../../subgraphs/kit/database.js';
import { appRoleOf } from '../../subgraphs/kit/row-level-security.js';
import { rowLevelWorld, type RowLevelWorld } from '../helpers/row-level-security.js';

/**
 * §4.4, the database as the second lock: repository queries that forget their partner filter, run through the
 * services' own pools (their application roles), return nothing of another partner's.
 */

/** Tables every partner shares (directories, read models of public facts, outboxes): no row belongs to one. */
const SHARED_TABLES = [
  'identity.tenants', 'identity.organizations', 'identity.sign_in_failures',
  'partners.organizations', 'partners.tenants',
  'customers.organizations', 'customers.tenants', 'customers.service_incidents',
  ...['identity', 'partners', 'customers'].flatMap((schema) => ['events', 'consumed_events', 'migrations'].map((table) => `${schema}.${table}`)),
];

const as = (partnerId: string): DataScope => ({ partnerId });

describe('row-level security: a forgotten filter returns nothing instead of leaking (§4.4, T-1)', () => {
  let world: RowLevelWorld;
  let owner: pg.Client;
  let pools: RowLevelWorld['pools'];
  const woodgroveCustomer = randomUUID();

  beforeAll(async () => {
    world = await rowLevelWorld();
    ({ owner, pools } = world);
    // Woodgrove (DE provider, partnered with nobody) gets a customer of its own.
    await owner.query(`insert into customers.customers (id, company_name, domain, country) values ($1, 'Bergwerk GmbH', 'bergwerk.de', 'DE')`,
      [woodgroveCustomer]);
    await owner.query(`insert into customers.relationships (id, customer_id, partner_id, state, source)
      values ($1, $2, $3, 'ACTIVE', 'PROVIDER_CREATED')`, [randomUUID(), woodgroveCustomer, TENANT.woodgrove]);
  });
  afterAll(() => world?.close());

  it('an unscoped repository query as Contoso sees its own and its partner\'s relationships, none of Woodgrove\'s', async () => {
    const rows = await inTransaction(pools.customers, as(TENANT.contoso), (tx) => tx.getRepository(CustomerRelationshipEntity).find());
    const partners = new Set(rows.map((row) => row.partnerId));
    expect(partners).toEqual(new Set([TENANT.contoso, TENANT.northwind]));
    const all = await owner.query('select count(*)::int as n from customers.relationships where partner_id = $1', [TENANT.woodgrove]);
    expect(all.rows[0].n).toBe(1);
  });

  it('the same query as Woodgrove sees only Woodgrove\'s row, and its customer only', async () => {
    const rows = await inTransaction(pools.customers, as(TENANT.woodgrove), (tx) => tx.getRepository(CustomerRelationshipEntity).find());
    expect(rows.map((row) => row.partnerId)).toEqual([TENANT.woodgrove]);
    const customers: { id: string }[] = await inTransaction(pools.customers, as(TENANT.woodgrove), (tx) => tx.query('select id from customers.customers'));
    expect(customers.map((row) => row.id)).toEqual([woodgroveCustomer]);
  });

  it('every subgraph: users, partnerships and customers of others stay invisible', async () => {
    const users: { tenant_id: string }[] = await inTransaction(pools.identity, as(TENANT.contoso), (tx) => tx.query('select tenant_id from identity.users'));
    expect(users.length).toBeGreaterThan(0);
    expect(new Set(users.map((row) => row.tenant_id))).toEqual(new Set([TENANT.contoso]));
    const partnerships = await inTransaction(pools.partners, as(TENANT.fabrikam), (tx) => tx.query('select * from partners.partnerships'));
    expect(partnerships).toEqual([]);
    const own = await inTransaction(pools.partners, as(TENANT.northwind), (tx) => tx.query('select reseller_id from partners.partnerships'));
    expect(own).toEqual([{ reseller_id: TENANT.contoso }]);
    const customers: { id: string }[] = await inTransaction(pools.customers, as(TENANT.fabrikam), (tx) => tx.query('select id from customers.customers'));
    expect(customers).toEqual([]);
  });

  it('C-18 / T-11: customer users are seen only through the caller\'s own ACTIVE relationship with their customer', async () => {
    const customersOf = async (partnerId: string) => {
      const rows: { customer_id: string }[] = await inTransaction(pools.customers, as(partnerId),
        (tx) => tx.query('select distinct customer_id from customers.customer_users'));
      return new Set(rows.map((row) => row.customer_id));
    };
    expect(await customersOf(TENANT.contoso)).toEqual(new Set([TENANT.adatum, TENANT.litware]));
    expect(await customersOf(TENANT.northwind)).toEqual(new Set([TENANT.litware]));
    expect(await customersOf(TENANT.fabrikam)).toEqual(new Set());
    await expect(inTransaction(pools.customers, as(TENANT.woodgrove), (tx) => tx.query(
      `insert into customers.customer_users (id, customer_id, user_principal_name, display_name, first_name, last_name, usage_location,
        password_hash) values ($1, $2, 'intruso@adatum.it', 'I', 'I', 'I', 'IT', 'x')`, [randomUUID(), TENANT.adatum])))
      .rejects.toThrow(/row-level security/);
  });

  it('a write for another partner is refused by the policy\'s check', async () => {
    await expect(inTransaction(pools.customers, as(TENANT.contoso), (tx) => tx.query(
      `insert into customers.relationships (id, customer_id, partner_id, state, source) values ($1, $2, $3, 'ACTIVE', 'IMPORTED')`,
      [randomUUID(), TENANT.adatum, TENANT.woodgrove]))).rejects.toThrow(/row-level security/);
    const updated = await inTransaction(pools.customers, as(TENANT.contoso), (tx) => tx.query(
      "update customers.relationships set state = 'REMOVED' where partner_id = $1", [TENANT.woodgrove]));
    expect(updated[1]).toBe(0);
  });

  it('P-19 / P-20: a listed directory profile is every partner\'s to read, an unlisted one its owner\'s; only the owner writes', async () => {
    const profilesSeenBy = async (partnerId: string) => new Set((await inTransaction(pools.partners, as(partnerId),
      (tx) => tx.query('select provider_id from partners.provider_directory_profiles')) as { provider_id: string }[])
      .map((row) => row.provider_id));
    await owner.query('update partners.provider_directory_profiles set listed = false where provider_id = $1', [TENANT.woodgrove]);
    try {
      expect(await profilesSeenBy(TENANT.fabrikam)).toEqual(new Set([TENANT.northwind]));
      expect(await profilesSeenBy(TENANT.woodgrove)).toEqual(new Set([TENANT.northwind, TENANT.woodgrove]));
      for (const statement of ["update partners.provider_directory_profiles set description = 'mine' where provider_id = $1",
        'delete from partners.provider_directory_profiles where provider_id = $1']) {
        const [, changed] = await inTransaction(pools.partners, as(TENANT.fabrikam), (tx) => tx.query(statement, [TENANT.northwind]));
        expect({ statement, changed }).toEqual({ statement, changed: 0 });
      }
      await expect(inTransaction(pools.partners, as(TENANT.fabrikam), (tx) => tx.query(`insert into partners.provider_directory_profiles
        (provider_id, listed, updated_by, updated_at) values ($1, true, $1, now())`, [TENANT.contoso]))).rejects.toThrow(/row-level security/);
      // outside a partner's transaction even a listed profile is nobody's to read
      expect(await pools.partners.query('select * from partners.provider_directory_profiles')).toEqual([]);
    } finally {
      await owner.query('update partners.provider_directory_profiles set listed = true where provider_id = $1', [TENANT.woodgrove]);
    }
  });

  it('P-21 / P-22: a contact request is its two parties\' only', async () => {
    const id = randomUUID();
    await owner.query(`insert into partners.provider_contact_requests (id, provider_id, reseller_id, state, message, reply_to, created_by,
      created_at, expires_at) values ($1, $2, $3, 'OPEN', 'Fabrikam asks', 'fabio@fabrikam.it', $3, now(), now() + interval '30 days')`,
    [id, TENANT.northwind, TENANT.fabrikam]);
    const seenBy = async (partnerId: string) => (await inTransaction(pools.partners, as(partnerId),
      (tx) => tx.query('select id from partners.provider_contact_requests')) as { id: string }[]).map((row) => row.id);
    expect(await seenBy(TENANT.fabrikam)).toEqual([id]);
    expect(await seenBy(TENANT.northwind)).toEqual([id]);
    expect(await seenBy(TENANT.contoso)).toEqual([]);
    expect(await seenBy(TENANT.woodgrove)).toEqual([]);
  });

  it('outside a scoped transaction the application role sees nothing; system scope sees everything', async () => {
    expect(await pools.customers.query('select * from customers.relationships')).toEqual([]);
    const all: { n: number }[] = await inTransaction(pools.customers, SYSTEM_SCOPE, (tx) => tx.query('select count(*)::int as n from customers.relationships'));
    expect(all[0].n).toBe(4);
  });

  it('the application roles are not superusers, cannot bypass row-level security and own no table', async () => {
    for (const name of ['identity', 'partners', 'customers'] as const) {
      const [role]: { current_user: string; rolsuper: boolean; rolbypassrls: boolean }[] = await pools[name].query(
        'select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user');
      expect(role).toEqual({ current_user: appRoleOf(name), rolsuper: false, rolbypassrls: false });
      const owned: unknown[] = await pools[name].query(
        "select tablename from pg_tables where tableowner = current_user and schemaname in ('identity', 'partners', 'customers')");
      expect(owned).toEqual([]);
    }
    await expect(pools.customers.query('alter table customers.relationships disable row level security')).rejects.toThrow(/must be (the )?owner/);
    await expect(inTransaction(pools.customers, as(TENANT.contoso), async (tx) => {
      await tx.query('set local row_security = off');
      return tx.query('select * from customers.relationships');
    })).rejects.toThrow(/row-level security/);
    // and another subgraph's tables are not theirs to read at all
    await expect(inTransaction(pools.customers, SYSTEM_SCOPE, (tx) => tx.query('select * from identity.users'))).rejects.toThrow(/permission denied/);
  });

  it('every table is either under an enabled and forced policy or listed as shared by all partners', async () => {
    const { rows } = await owner.query<{ name: string; enabled: boolean; forced: boolean; policies: number }>(`
      select n.nspname || '.' || c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
        (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and n.nspname in ('identity', 'partners', 'customers') order by 1`);
    const unprotected = rows.filter((row) => !SHARED_TABLES.includes(row.name) && !(row.enabled && row.forced && row.policies > 0));
    expect(unprotected.map((row) => row.name)).toEqual([]);
    expect(rows.filter((row) => row.enabled).length).toBeGreaterThanOrEqual(17);
  });
});
