import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantPolicy } from '../../kit/row-level-security.js';

/**
 * C-18…C-20: the customer tenant's directory users as partners manage them through delegated admin. A user name is
 * unique among a customer's ACTIVE users (a deleted one keeps its name until restored); `licenses` are the ids of
 * the customer's subscriptions the user holds a seat of. Under row-level security like every tenant table: a
 * partner sees the users of the customers it has its own ACTIVE relationship with (the services add DAP, R-35).
 */
export class CustomerUsers1732407100000 implements MigrationInterface {
  name = 'CustomerUsers1732407100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table customers.customer_users (
        id uuid primary key,
        customer_id uuid not null references customers.customers (id),
        user_principal_name text not null check (user_principal_name = lower(user_principal_name)),
        display_name text not null,
        first_name text not null,
        last_name text not null,
        usage_location char(2) not null,
        is_admin boolean not null default false,
        state text not null default 'ACTIVE' check (state in ('ACTIVE', 'DELETED')),
        licenses uuid[] not null default '{}',
        password_hash text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        deleted_at timestamptz,
        check ((state = 'DELETED') = (deleted_at is not null))
      )`);
    await db.query(`create unique index customer_users_principal_name on customers.customer_users (customer_id, user_principal_name)
      where state = 'ACTIVE'`);
    await db.query('create index customer_users_listing on customers.customer_users (customer_id, created_at, id)');
    for (const statement of tenantPolicy('customers.customer_users', `exists (select 1 from customers.relationships r
      where r.customer_id = customers.customer_users.customer_id and r.partner_id = customers.current_partner() and r.state = 'ACTIVE')`)) {
      await db.query(statement);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table customers.customer_users');
  }
}
