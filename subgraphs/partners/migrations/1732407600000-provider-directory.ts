import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantPolicy } from '../../kit/row-level-security.js';

const ME = 'partners.current_partner()';
const INVITATIONS_BEFORE = `provider_id = ${ME} or accepted_by_org = ${ME}`;

/**
 * Issue 19: the directory of indirect providers (P-19, P-20) and resellers' contact requests (P-21, P-22).
 *
 * - `provider_directory_profiles`: one row per provider. It keeps the organization's name as listed (triggers, as
 *   customers keeps its listing's sort name), and from it a sort key and a full-text vector (text search config
 *   'simple': no stemming, no extension, the same on PostgreSQL 15 and 18). The directory pages by (sort_name,
 *   provider_id) and searches with the GIN index, both partial on `listed`.
 * - Row-level security for a directory: a listed profile is readable by every partner (that is what a directory is
 *   for; the resolver adds the region and the ACTIVE provider), an unlisted one by its owner only, and only the owner
 *   writes. Two permissive policies: `directory_listing` for select, `partner_isolation` for every command.
 * - `provider_contact_requests`: one OPEN request per pair (a partial unique index), both parties see it.
 * - `partnership_invitations.invitee_partner_id`: an invitation answering a contact request is addressed to the
 *   requesting organization, which may then see it (T-2: "PENDING invitation addressed to A").
 */
export class ProviderDirectory1732407600000 implements MigrationInterface {
  name = 'ProviderDirectory1732407600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table partners.provider_directory_profiles (
        provider_id uuid primary key references partners.organizations (id),
        company_name text not null,
        listed boolean not null default false,
        countries text[] not null default '{}',
        offerings text[] not null default '{}',
        languages text[] not null default '{}',
        description text,
        contact_email text,
        website text,
        updated_by uuid not null,
        updated_at timestamptz not null,
        sort_name text generated always as (lower(company_name)) stored,
        search tsvector generated always as (setweight(to_tsvector('simple', company_name), 'A')
          || setweight(to_tsvector('simple', coalesce(description, '')), 'B')) stored
      )`);
    await db.query(`create index provider_directory_listing on partners.provider_directory_profiles (sort_name, provider_id)
      where listed`);
    await db.query('create index provider_directory_countries on partners.provider_directory_profiles using gin (countries) where listed');
    await db.query('create index provider_directory_search on partners.provider_directory_profiles using gin (search) where listed');
    await db.query(`create function partners.directory_listed_name() returns trigger language plpgsql as $$
      begin
        select company_name into new.company_name from partners.organizations where id = new.provider_id;
        return new;
      end $$`);
    await db.query(`create trigger provider_directory_listed_name before insert or update of provider_id
      on partners.provider_directory_profiles for each row execute function partners.directory_listed_name()`);
    await db.query(`create function partners.directory_organization_renamed() returns trigger language plpgsql as $$
      begin
        update partners.provider_directory_profiles set company_name = new.company_name where provider_id = new.id;
        return new;
      end $$`);
    await db.query(`create trigger organizations_directory_renamed after update of company_name on partners.organizations
      for each row when (old.company_name is distinct from new.company_name)
      execute function partners.directory_organization_renamed()`);
    // The listed name is kept for every profile, whoever renames the organization (a legal profile change, the
    // reviewer): the functions run as the schema owner, who is not subject to row-level security.
    for (const fn of ['directory_listed_name', 'directory_organization_renamed']) {
      await db.query(`alter function partners.${fn}() security definer set search_path = pg_catalog, partners`);
    }
    for (const statement of tenantPolicy('partners.provider_directory_profiles', `provider_id = ${ME}`)) await db.query(statement);
    await db.query(`create policy directory_listing on partners.provider_directory_profiles for select
      using (listed and ${ME} is not null)`);

    await db.query(`
      create table partners.provider_contact_requests (
        id uuid primary key,
        provider_id uuid not null references partners.organizations (id),
        reseller_id uuid not null references partners.organizations (id),
        state text not null check (state in ('OPEN', 'INVITED', 'DECLINED', 'EXPIRED')),
        message text not null,
        reply_to text not null,
        created_by uuid not null,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        answered_by uuid,
        answered_at timestamptz,
        decline_reason text,
        invitation_id uuid references partners.partnership_invitations (id),
        check (provider_id <> reseller_id)
      )`);
    await db.query(`create unique index provider_contact_requests_open_key on partners.provider_contact_requests (provider_id, reseller_id)
      where state = 'OPEN'`);
    await db.query(`create index provider_contact_requests_received_listing on partners.provider_contact_requests
      (provider_id, created_at, id)`);
    await db.query('create index provider_contact_requests_sent_listing on partners.provider_contact_requests (reseller_id, created_at, id)');
    await db.query('create index provider_contact_requests_expiry on partners.provider_contact_requests (expires_at) where state = \'OPEN\'');
    for (const statement of tenantPolicy('partners.provider_contact_requests', `provider_id = ${ME} or reseller_id = ${ME}`)) {
      await db.query(statement);
    }

    await db.query('alter table partners.partnership_invitations add column invitee_partner_id uuid references partners.organizations (id)');
    await db.query(`create index invitations_invitee_pending on partners.partnership_invitations (invitee_partner_id, provider_id)
      where state = 'PENDING'`);
    await db.query('drop policy partner_isolation on partners.partnership_invitations');
    for (const statement of tenantPolicy('partners.partnership_invitations', `${INVITATIONS_BEFORE} or invitee_partner_id = ${ME}`)
      .filter((statement) => statement.startsWith('create policy'))) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop policy partner_isolation on partners.partnership_invitations');
    for (const statement of tenantPolicy('partners.partnership_invitations', INVITATIONS_BEFORE)
      .filter((statement) => statement.startsWith('create policy'))) await db.query(statement);
    await db.query('alter table partners.partnership_invitations drop column invitee_partner_id');
    await db.query('drop table partners.provider_contact_requests');
    await db.query('drop trigger organizations_directory_renamed on partners.organizations');
    await db.query('drop table partners.provider_directory_profiles');
    await db.query('drop function partners.directory_organization_renamed, partners.directory_listed_name');
  }
}
