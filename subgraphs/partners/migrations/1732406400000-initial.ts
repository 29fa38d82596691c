import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventStoreV1 } from '../../kit/event-store-ddl.js';

/** Partner organizations, provider↔reseller partnerships and the events table. */
export class Initial1732406400000 implements MigrationInterface {
  name = 'Initial1732406400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table partners.organizations (
        id uuid primary key,
        company_name text not null,
        partner_type text not null check (partner_type in ('INDIRECT_RESELLER', 'INDIRECT_PROVIDER')),
        program_status text not null
          check (program_status in ('ENROLLING', 'PENDING_VERIFICATION', 'ACTIVE', 'REJECTED', 'SUSPENDED')),
        country char(2) not null,
        mpn_id text check (mpn_id ~ '^[0-9]{1,10}$'),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    // one MPN ID is linked to at most one account per country.
    await db.query('create unique index organizations_mpn_key on partners.organizations (mpn_id, country) where mpn_id is not null');
    await db.query(`
      create table partners.partnerships (
        id uuid primary key,
        provider_id uuid not null references partners.organizations (id),
        reseller_id uuid not null references partners.organizations (id),
        state text not null check (state in ('ACTIVE', 'REMOVED')),
        established_at timestamptz not null default now(),
        accepted_by uuid,
        provider_tenant_admin_access boolean not null default true,
        removed_at timestamptz,
        check (provider_id <> reseller_id)
      )`);
    await db.query(`create unique index partnerships_active_key on partners.partnerships (provider_id, reseller_id)
      where state = 'ACTIVE'`);
    await db.query('create index partnerships_reseller on partners.partnerships (reseller_id, provider_id)');
    for (const statement of eventStoreV1('partners')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop function partners.events_after, partners.events_head');
    await db.query('drop table partners.consumed_events, partners.events, partners.partnerships, partners.organizations');
  }
}
