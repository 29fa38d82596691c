import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes behind the analysts' customer filters: relationship date ranges per partner, customer country. */
export class ListingFilters1732406800000 implements MigrationInterface {
  name = 'ListingFilters1732406800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`create index relationships_partner_established on customers.relationships (partner_id, established_at)
      where state = 'ACTIVE'`);
    await db.query('create index customers_country on customers.customers (country)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop index customers.customers_country');
    await db.query('drop index customers.relationships_partner_established');
  }
}
