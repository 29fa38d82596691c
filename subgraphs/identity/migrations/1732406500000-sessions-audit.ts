import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rotating refresh tokens, sign-in throttling and the audit trail of privileged user changes. */
export class SessionsAudit1732406500000 implements MigrationInterface {
  name = 'SessionsAudit1732406500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table identity.refresh_tokens (
        id uuid primary key,
        user_id uuid not null references identity.users (id),
        -- every token refreshed from one sign-in shares a family; reuse of a spent token revokes the family
        family_id uuid not null,
        secret_hash text not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz,
        revoked_at timestamptz
      )`);
    await db.query('create index refresh_tokens_user on identity.refresh_tokens (user_id) where revoked_at is null');
    await db.query('create index refresh_tokens_family on identity.refresh_tokens (family_id)');
    await db.query(`
      create table identity.sign_in_failures (
        key text not null,
        failed_at timestamptz not null default now()
      )`);
    await db.query('create index sign_in_failures_key on identity.sign_in_failures (key, failed_at)');
    await db.query(`
      create table identity.audit_log (
        id bigserial primary key,
        occurred_at timestamptz not null default now(),
        tenant_id uuid not null,
        actor_user_id uuid,
        action text not null,
        target_user_id uuid,
        before jsonb,
        after jsonb
      )`);
    await db.query('create index audit_log_tenant on identity.audit_log (tenant_id, occurred_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('drop table identity.audit_log, identity.sign_in_failures, identity.refresh_tokens');
  }
}
