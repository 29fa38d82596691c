import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantPolicy } from '../../kit/row-level-security.js';

/**
 * Issue 18 §3 (P-23): the activity log, fed from the three outboxes (activity-log.ts). An event is stored once per
 * organization of its audience (unique by producer, event id and organization, so a replayed event adds nothing);
 * row-level security shows an organization its own entries only. The listing index serves the newest-first keyset
 * pages and the export; the two others, the actor and customer filters.
 */
export class ActivityLog1732407800000 implements MigrationInterface {
  name = 'ActivityLog1732407800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table partners.activity_log (
        id uuid primary key default gen_random_uuid(),
        partner_id uuid not null,
        producer text not null check (producer in ('identity', 'partners', 'customers')),
        event_id bigint not null,
        occurred_at timestamptz not null,
        operation text not null,
        actor_kind text not null check (actor_kind in ('PARTNER_USER', 'CUSTOMER_ADMIN', 'SYSTEM', 'REVIEWER')),
        actor_user_id uuid,
        actor_partner_id uuid,
        target_type text not null,
        target_id text not null,
        target_name text,
        customer_id uuid,
        before jsonb,
        after jsonb,
        unique (producer, event_id, partner_id)
      )`);
    await db.query('create index activity_log_listing on partners.activity_log (partner_id, occurred_at, id)');
    await db.query('create index activity_log_actor on partners.activity_log (partner_id, actor_user_id, occurred_at, id)');
    await db.query('create index activity_log_customer on partners.activity_log (partner_id, customer_id, occurred_at, id)');
    for (const statement of tenantPolicy('partners.activity_log', 'partner_id = partners.current_partner()')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table partners.activity_log');
  }
}
