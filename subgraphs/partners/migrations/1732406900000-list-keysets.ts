import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset pages for the partners lists (listings.ts): each index leads with the list's owner and ends with its
 * order, (timestamp, id), so a page reads its rows from the index whatever the table holds (issue 8).
 * The indexes they extend are dropped: each was a prefix of its successor.
 */
export class ListKeysets1732406900000 implements MigrationInterface {
  name = 'ListKeysets1732406900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`create index partnerships_provider_listing on partners.partnerships (provider_id, established_at, id)
      where state = 'ACTIVE'`);
    await db.query(`create index partnerships_reseller_listing on partners.partnerships (reseller_id, established_at, id)
      where state = 'ACTIVE'`);
    await db.query('create index invitations_provider_listing on partners.partnership_invitations (provider_id, created_at, id)');
    await db.query('drop index partners.invitations_provider');
    await db.query(`create index invitations_accepted_by_org_listing on partners.partnership_invitations
      (accepted_by_org, created_at, id)`);
    await db.query('drop index partners.invitations_accepted_by_org');
    await db.query(`create index support_tickets_listing on partners.support_tickets
      (organization_id, created_by, created_date, id)`);
    await db.query('drop index partners.support_tickets_creator');
    await db.query('create index invoices_listing on partners.invoices (organization_id, invoice_date, id)');
    await db.query('drop index partners.invoices_organization');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('create index invoices_organization on partners.invoices (organization_id, invoice_date)');
    await db.query('drop index partners.invoices_listing');
    await db.query('create index support_tickets_creator on partners.support_tickets (organization_id, created_by, created_date)');
    await db.query('drop index partners.support_tickets_listing');
    await db.query('create index invitations_accepted_by_org on partners.partnership_invitations (accepted_by_org)');
    await db.query('drop index partners.invitations_accepted_by_org_listing');
    await db.query('create index invitations_provider on partners.partnership_invitations (provider_id, created_at)');
    await db.query('drop index partners.invitations_provider_listing');
    await db.query('drop index partners.partnerships_reseller_listing');
    await db.query('drop index partners.partnerships_provider_listing');
  }
}
