/**
 * PostgreSQL row-level security, the second lock of DOMAIN.md §4.4 (DESIGN.md "Tenant isolation").
 *
 * Each subgraph's service connects as its own application role (`partner_graph_<schema>`): not a table owner,
 * no BYPASSRLS, only DML on its schema. Every request transaction sets `app.partner_id` (the caller's
 * partner) and `app.scope` (`partner` or `system`) with `set_config(..., true)`; the policies below let a
 * partner-scoped transaction see only the rows its partner is a party to, so a repository query that forgets
 * its `where partner_id = …` returns nothing of anybody else's instead of leaking it.
 *
 * `system` scope is for work done on nobody's behalf or on behalf of a caller who is not a partner: sign-in and
 * token refresh, a tenant admin enrolling, a customer's admin accepting a request by its link, event
 * consumers, the review script. The shield admits those callers to those operations only.
 */

export const appRoleOf = (schema: string) => `partner_graph_${schema}`;

/** The statements that create the role and the two helpers the policies read (idempotent). */
export function rowLevelSecuritySetup(schema: string): string[] {
  const role = appRoleOf(schema);
  return [
    // Roles are per cluster: several databases (tests, replicas) may create it at once.
    `do $$ begin create role ${role} nologin; exception when duplicate_object or unique_violation then null; end $$`,
    `create or replace function ${schema}.current_partner() returns uuid language sql stable
      as $$ select nullif(current_setting('app.partner_id', true), '')::uuid $$`,
    `create or replace function ${schema}.system_scope() returns boolean language sql stable
      as $$ select coalesce(current_setting('app.scope', true), '') = 'system' $$`,
  ];
}

/**
 * Enables and forces row-level security on a tenant-owned table. `visible` is a SQL predicate over the row
 * that names the caller as `<schema>.current_partner()`; it is used for reads and, unless `writable` says
 * otherwise, for the rows a statement writes.
 */
export function tenantPolicy(table: string, visible: string, options: { writable?: string } = {}): string[] {
  const schema = table.split('.')[0];
  const using = `${schema}.system_scope() or (${visible})`;
  const check = options.writable ? `${schema}.system_scope() or (${options.writable})` : using;
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy partner_isolation on ${table} using (${using}) with check (${check})`,
  ];
}

/**
 * What the application role may do, granted again after every migration run so new tables are covered.
 * Other subgraphs read this schema's outbox only through its `events_after`/`events_head` functions
 * (security definer), so the schema itself is usable by everyone but no table is.
 */
export function applicationGrants(schema: string): string[] {
  const role = appRoleOf(schema);
  return [
    `grant usage on schema ${schema} to public`,
    `grant select, insert, update, delete on all tables in schema ${schema} to ${role}`,
    `revoke all on ${schema}.migrations from ${role}`,
    `grant usage, select on all sequences in schema ${schema} to ${role}`,
  ];
}
