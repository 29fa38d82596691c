import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventStoreV1 } from '../../kit/event-store-ddl.js';

/** Tenants (work accounts), their users with the two role levels, the org read model and the events table. */
export class Initial1732406400000 implements MigrationInterface {
  name = 'Initial1732406400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table identity.tenants (
        id uuid primary key,
        display_name text not null,
        default_domain text not null,
        verified_domains text[] not null default '{}',
        country_code char(2) not null,
        created_at timestamptz not null default now()
      )`);
    await db.query('create unique index tenants_default_domain_key on identity.tenants (lower(default_domain))');
    await db.query(`
      create table identity.organizations (
        id uuid primary key references identity.tenants (id),
        partner_type text not null check (partner_type in ('INDIRECT_RESELLER', 'INDIRECT_PROVIDER')),
        program_status text not null
          check (program_status in ('ENROLLING', 'PENDING_VERIFICATION', 'ACTIVE', 'REJECTED', 'SUSPENDED')),
        updated_at timestamptz not null default now()
      )`);
    await db.query(`
      create table identity.users (
        id uuid primary key,
        tenant_id uuid not null references identity.tenants (id),
        email text not null check (email = lower(email)),
        display_name text not null,
        first_name text,
        last_name text,
        password_hash text not null,
        must_change_password boolean not null default true,
        agent_role text not null check (agent_role in ('ADMIN_AGENT', 'HELPDESK_AGENT', 'NONE')),
        admin_role text not null
          check (admin_role in ('GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN', 'BILLING_ADMIN', 'NONE')),
        directory_role text not null default 'USER' check (directory_role in ('GLOBAL_ADMINISTRATOR', 'USER')),
        state text not null default 'ACTIVE' check (state in ('ACTIVE', 'INACTIVE')),
        created_at timestamptz not null default now(),
        created_by uuid references identity.users (id),
        last_sign_in_at timestamptz,
        soft_deletion_time timestamptz
      )`);
    // Sign-in names are unique; domains are verified by one tenant only, so this also makes them unique per org.
    await db.query('create unique index users_email_key on identity.users (email)');
    await db.query('create index users_tenant_listing on identity.users (tenant_id, lower(display_name), id)');
    for (const statement of eventStoreV1('identity')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop function identity.events_after, identity.events_head');
    await db.query('drop table identity.consumed_events, identity.events, identity.users, identity.organizations, identity.tenants');
  }
}
