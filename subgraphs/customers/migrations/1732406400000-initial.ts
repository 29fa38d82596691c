import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventStoreV1 } from '../../kit/event-store-ddl.js';

/**
 * Customers, their reseller relationships and delegated admin grants, the read models of partners' facts
 * (organizations, partnerships) and the events table.
 */
export class Initial1732406400000 implements MigrationInterface {
  name = 'Initial1732406400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table customers.customers (
        id uuid primary key,
        commerce_id text,
        company_name text not null,
        domain text not null,
        registration_number text,
        country char(2) not null,
        custom_domains text[] not null default '{}',
        associated_reseller_id uuid,
        created_at timestamptz not null default now()
      )`);
    await db.query('create unique index customers_domain_key on customers.customers (lower(domain))');
    await db.query(`
      create table customers.relationships (
        id uuid primary key,
        customer_id uuid not null references customers.customers (id),
        partner_id uuid not null,
        type text not null default 'RESELLER' check (type in ('RESELLER', 'ADVISOR')),
        state text not null check (state in ('ACTIVE', 'REMOVED')),
        source text not null check (source in ('INVITATION', 'JOINT_INVITATION', 'IMPORTED', 'PROVIDER_CREATED')),
        request_id uuid,
        established_at timestamptz not null default now(),
        removed_at timestamptz
      )`);
    // Accepting a request twice never duplicates an active relationship (§3.3).
    await db.query(`create unique index relationships_active_key on customers.relationships (partner_id, customer_id)
      where state = 'ACTIVE'`);
    await db.query('create index relationships_customer on customers.relationships (customer_id, partner_id)');
    await db.query(`
      create table customers.delegated_admin_grants (
        id uuid primary key,
        partner_id uuid not null,
        customer_id uuid not null references customers.customers (id),
        kind text not null default 'DAP' check (kind in ('DAP', 'GDAP')),
        state text not null check (state in ('ACTIVE', 'REMOVED')),
        granted_at timestamptz not null default now(),
        removed_at timestamptz,
        removed_by text check (removed_by in ('CUSTOMER', 'PARTNER', 'SYSTEM'))
      )`);
    await db.query(`create unique index delegated_admin_active_key on customers.delegated_admin_grants (partner_id, customer_id)
      where state = 'ACTIVE'`);
    // Read models of the partners subgraph's facts, fed by its events (DESIGN.md "Data ownership").
    await db.query(`
      create table customers.organizations (
        id uuid primary key,
        partner_type text not null,
        program_status text not null,
        country char(2) not null,
        mpn_id text,
        updated_at timestamptz not null default now()
      )`);
    await db.query(`
      create table customers.partnerships (
        provider_id uuid not null,
        reseller_id uuid not null,
        state text not null check (state in ('ACTIVE', 'REMOVED')),
        updated_at timestamptz not null default now(),
        primary key (provider_id, reseller_id)
      )`);
    await db.query('create index partnerships_reseller on customers.partnerships (reseller_id, provider_id)');
    for (const statement of eventStoreV1('customers')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop function customers.events_after, customers.events_head');
    await db.query(`drop table customers.consumed_events, customers.events, customers.partnerships, customers.organizations,
      customers.delegated_admin_grants, customers.relationships, customers.customers`);
  }
}
