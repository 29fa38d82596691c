import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset pages of a partner's customers straight from an index: each relationship carries its customer's
 * sort name (kept by triggers), so a page of 50 reads 50 index entries whether the partner has 5 customers
 * or 500, and whether the table holds 10k relationships or 1M (issue 8).
 */
export class ListingKeyset1732406700000 implements MigrationInterface {
  name = 'ListingKeyset1732406700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('alter table customers.relationships add column customer_sort_name text');
    await db.query(`update customers.relationships r set customer_sort_name = lower(c.company_name)
      from customers.customers c where c.id = r.customer_id`);
    await db.query(`create function customers.relationship_sort_name() returns trigger language plpgsql as $$
      begin
        select lower(company_name) into new.customer_sort_name from customers.customers where id = new.customer_id;
        return new;
      end $$`);
    await db.query(`create trigger relationships_sort_name before insert or update of customer_id on customers.relationships
      for each row execute function customers.relationship_sort_name()`);
    await db.query(`create function customers.customer_renamed() returns trigger language plpgsql as $$
      begin
        update customers.relationships set customer_sort_name = lower(new.company_name) where customer_id = new.id;
        return new;
      end $$`);
    await db.query(`create trigger customers_renamed after update of company_name on customers.customers
      for each row when (old.company_name is distinct from new.company_name) execute function customers.customer_renamed()`);
    await db.query(`create index relationships_partner_listing on customers.relationships (partner_id, customer_sort_name, customer_id)
      where state = 'ACTIVE'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop index customers.relationships_partner_listing');
    await db.query('drop trigger customers_renamed on customers.customers');
    await db.query('drop function customers.customer_renamed');
    await db.query('drop trigger relationships_sort_name on customers.relationships');
    await db.query('drop function customers.relationship_sort_name');
    await db.query('alter table customers.relationships drop column customer_sort_name');
  }
}
