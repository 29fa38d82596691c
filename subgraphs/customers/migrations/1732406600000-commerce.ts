import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 5: relationship requests (§3.3), subscriptions and orders, customer service requests, service
 * incidents and leads (§3.5), customer profiles, and the read models this subgraph needs: identity's tenants
 * (a customer accepting a request before it has a Customer row) and fuller partners snapshots.
 */
export class Commerce1732406600000 implements MigrationInterface {
  name = 'Commerce1732406600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table customers.tenants (
        id uuid primary key,
        display_name text not null,
        default_domain text not null,
        verified_domains text[] not null default '{}',
        country_code char(2) not null,
        updated_at timestamptz not null default now()
      )`);
    await db.query('alter table customers.organizations add column company_name text');
    await db.query('alter table customers.partnerships add column id uuid');
    await db.query('alter table customers.partnerships add column provider_tenant_admin_access boolean not null default true');
    // T-8: the company address and email are DAP-gated; the billing profile is the partner-editable part (C-17).
    await db.query('alter table customers.customers add column company_email text');
    await db.query('alter table customers.customers add column company_address jsonb');
    await db.query('alter table customers.customers add column billing_profile jsonb');
    await db.query('alter table customers.customers add column updated_at timestamptz not null default now()');
    await db.query('create index customers_company_name on customers.customers (lower(company_name), id)');
    await db.query('create index relationships_partner on customers.relationships (partner_id, state, customer_id)');
    await db.query(`
      create table customers.relationship_requests (
        id uuid primary key,
        requesting_partner_id uuid not null,
        joint_provider_id uuid,
        include_dap boolean not null,
        customer_email_hint text,
        target_customer_id uuid,
        lead_id uuid,
        token_hash text not null unique,
        state text not null check (state in ('PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED')),
        created_by uuid not null,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        accepted_by_customer uuid,
        accepted_by uuid,
        accepted_at timestamptz,
        closed_at timestamptz
      )`);
    await db.query('create index relationship_requests_partner on customers.relationship_requests (requesting_partner_id, created_at)');
    await db.query(`
      create table customers.subscriptions (
        id uuid primary key,
        customer_id uuid not null references customers.customers (id),
        order_id uuid not null,
        provider_id uuid not null,
        reseller_id uuid,
        reseller_mpn_id text,
        offer_id text not null,
        offer_name text not null,
        friendly_name text,
        product_family text not null,
        quantity int not null check (quantity > 0),
        unit_type text,
        status text not null,
        auto_renew_enabled boolean not null default true,
        billing_cycle text,
        creation_date timestamptz not null,
        commitment_end_date timestamptz,
        updated_at timestamptz not null default now()
      )`);
    await db.query('create index subscriptions_customer on customers.subscriptions (customer_id, creation_date, id)');
    await db.query(`
      create table customers.service_requests (
        id uuid primary key,
        customer_id uuid not null references customers.customers (id),
        partner_id uuid not null,
        created_by uuid not null,
        product_family text not null,
        title text not null,
        description text not null,
        severity text not null,
        support_topic_id text not null,
        support_topic_name text,
        status text not null,
        closed_by text check (closed_by in ('PARTNER', 'MICROSOFT')),
        primary_contact jsonb not null,
        notes jsonb not null default '[]',
        country_code text,
        created_date timestamptz not null,
        last_modified_date timestamptz,
        last_closed_date timestamptz
      )`);
    await db.query('create index service_requests_customer on customers.service_requests (customer_id, partner_id)');
    await db.query(`
      create table customers.service_incidents (
        id uuid primary key,
        customer_id uuid references customers.customers (id),
        workload text not null,
        message_type text not null,
        status text not null,
        title text not null,
        impacted_area text,
        start_time timestamptz not null,
        end_time timestamptz,
        resolved boolean not null default false,
        messages jsonb not null default '[]'
      )`);
    await db.query('create index service_incidents_customer on customers.service_incidents (customer_id)');
    await db.query(`
      create table customers.leads (
        id uuid primary key,
        owner_id uuid not null,
        name text not null,
        status text not null,
        substatus text not null,
        qualification text not null,
        customer_profile jsonb not null,
        details jsonb,
        consent jsonb not null,
        assigned_to uuid,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        expires_at timestamptz,
        converted_request_id uuid
      )`);
    await db.query('create index leads_owner on customers.leads (owner_id, created_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table customers.leads, customers.service_incidents, customers.service_requests,
      customers.subscriptions, customers.relationship_requests, customers.tenants`);
    await db.query('drop index customers.relationships_partner, customers.customers_company_name');
    await db.query(`alter table customers.customers drop column company_email, drop column company_address,
      drop column billing_profile, drop column updated_at`);
    await db.query('alter table customers.partnerships drop column id, drop column provider_tenant_admin_access');
    await db.query('alter table customers.organizations drop column company_name');
  }
}
