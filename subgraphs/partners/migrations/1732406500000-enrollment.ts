import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * §3.1 enrollment (applications, email-verification tokens), partner profiles, §3.2 invitations, the tenant
 * read model fed by identity's TenantCreated, partner support tickets and invoices (P-15…P-18).
 */
export class Enrollment1732406500000 implements MigrationInterface {
  name = 'Enrollment1732406500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`alter table partners.organizations
      add column legal_business_profile jsonb,
      add column support_profile jsonb,
      add column billing_profile jsonb,
      add column vetting_status text not null default 'NONE'
        check (vetting_status in ('NONE', 'PENDING', 'AUTHORIZED', 'REJECTED')),
      add column vetting_sub_status text not null default 'NONE'`);
    await db.query(`
      create table partners.tenants (
        id uuid primary key,
        display_name text not null,
        default_domain text not null,
        verified_domains text[] not null default '{}',
        country_code char(2) not null,
        updated_at timestamptz not null default now()
      )`);
    await db.query(`
      create table partners.enrollments (
        id uuid primary key,
        tenant_id uuid not null,
        program text not null check (program in ('INDIRECT_RESELLER', 'INDIRECT_PROVIDER')),
        kind text not null check (kind in ('NEW_PARTNER', 'EXISTING_CSP_PARTNER')),
        status text not null check (status in ('STARTED', 'MPN_ACCOUNT_LINKED', 'ORG_PROFILE_SELECTED', 'DETAILS_SAVED',
          'PENDING_EMAIL_VERIFICATION', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'CANCELLED')),
        created_by uuid not null,
        candidate_profiles jsonb not null default '[]',
        selected_mpn_id text,
        legal_business_profile jsonb,
        support_profile jsonb,
        primary_contact_email_verified_at timestamptz,
        submitted_at timestamptz,
        decided_at timestamptz,
        rejection_reason text,
        history jsonb not null default '[]',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    // one enrollment in progress or approved per tenant, even under concurrent starts.
    await db.query(`create unique index enrollments_open_per_tenant on partners.enrollments (tenant_id)
      where status not in ('REJECTED', 'CANCELLED')`);
    await db.query(`
      create table partners.verification_tokens (
        id uuid primary key,
        enrollment_id uuid not null references partners.enrollments (id),
        token_hash text not null unique,
        email text not null,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        superseded_at timestamptz
      )`);
    await db.query('create index verification_tokens_enrollment on partners.verification_tokens (enrollment_id, created_at)');
    await db.query(`
      create table partners.partnership_invitations (
        id uuid primary key,
        provider_id uuid not null references partners.organizations (id),
        invitee_email text,
        token_hash text not null unique,
        state text not null check (state in ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED', 'EXPIRED')),
        created_by uuid not null,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        accepted_by_org uuid,
        accepted_by uuid,
        accepted_at timestamptz,
        closed_at timestamptz
      )`);
    await db.query('create index invitations_provider on partners.partnership_invitations (provider_id, created_at)');
    await db.query('create index invitations_accepted_by_org on partners.partnership_invitations (accepted_by_org)');
    await db.query(`alter table partners.partnerships
      add column invitation_id uuid references partners.partnership_invitations (id)`);
    await db.query(`
      create table partners.support_tickets (
        id uuid primary key,
        organization_id uuid not null references partners.organizations (id),
        created_by uuid not null,
        title text not null,
        description text not null,
        severity text not null check (severity in ('UNKNOWN', 'CRITICAL', 'MODERATE', 'MINIMAL')),
        status text not null check (status in ('NONE', 'OPEN', 'CLOSED', 'ATTENTION_NEEDED')),
        support_topic_id text,
        notes jsonb not null default '[]',
        created_date timestamptz not null default now(),
        last_modified_date timestamptz
      )`);
    await db.query('create index support_tickets_creator on partners.support_tickets (organization_id, created_by, created_date)');
    await db.query(`
      create table partners.invoices (
        id text primary key,
        organization_id uuid not null references partners.organizations (id),
        invoice_date timestamptz not null,
        total_charges numeric(14, 2) not null,
        currency_code char(3) not null
      )`);
    await db.query('create index invoices_organization on partners.invoices (organization_id, invoice_date)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table partners.invoices, partners.support_tickets');
    await db.query('alter table partners.partnerships drop column invitation_id');
    await db.query('drop table partners.partnership_invitations, partners.verification_tokens, partners.enrollments, partners.tenants');
    await db.query(`alter table partners.organizations drop column legal_business_profile, drop column support_profile,
      drop column billing_profile, drop column vetting_status, drop column vetting_sub_status`);
  }
}
