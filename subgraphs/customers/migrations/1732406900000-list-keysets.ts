import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset pages for every list besides customers (listings.ts): each index leads with the list's owner and ends
 * with its order, (timestamp, id), so a page reads its rows from the index whatever the table holds (issue 8).
 * The indexes they extend are dropped: each was a prefix of its successor.
 */
export class ListKeysets1732406900000 implements MigrationInterface {
  name = 'ListKeysets1732406900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`create index relationships_customer_listing on customers.relationships (customer_id, established_at, id)
      where state = 'ACTIVE'`);
    await db.query(`create index service_requests_listing on customers.service_requests
      (customer_id, partner_id, created_date, id)`);
    await db.query('drop index customers.service_requests_customer');
    await db.query('create index service_incidents_listing on customers.service_incidents (customer_id, start_time, id)');
    await db.query('drop index customers.service_incidents_customer');
    await db.query(`create index relationship_requests_listing on customers.relationship_requests
      (requesting_partner_id, created_at, id)`);
    await db.query('drop index customers.relationship_requests_partner');
    await db.query('create index leads_listing on customers.leads (owner_id, created_at, id)');
    await db.query('drop index customers.leads_owner');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('create index leads_owner on customers.leads (owner_id, created_at)');
    await db.query('drop index customers.leads_listing');
    await db.query('create index relationship_requests_partner on customers.relationship_requests (requesting_partner_id, created_at)');
    await db.query('drop index customers.relationship_requests_listing');
    await db.query('create index service_incidents_customer on customers.service_incidents (customer_id)');
    await db.query('drop index customers.service_incidents_listing');
    await db.query('create index service_requests_customer on customers.service_requests (customer_id, partner_id)');
    await db.query('drop index customers.service_requests_listing');
    await db.query('drop index customers.relationships_customer_listing');
  }
}
