/**
 * DDL of a subgraph's event store, version 1. Migrations call it, so it is frozen: a change is a new
 * function (eventStoreV2) used by a new migration.
 *
 * - `<schema>.events`: the outbox, written in the mutation's transaction. Writers take a per-outbox
 *   transaction lock before inserting (kit/events.ts), so ids become visible in commit order and a reader
 *   that resumes after id N never passes over an event.
 * - `<schema>.events_after(after, max)` and `<schema>.events_head()`: the one way other subgraphs read this
 *   outbox (functions, not the table).
 * - `<schema>.consumed_events`: this subgraph's checkpoint per producer it consumes.
 */
export function eventStoreV1(schema: string): string[] {
  return [
    `create table ${schema}.events (
      id bigserial primary key,
      type text not null,
      aggregate_id uuid not null,
      partner_ids uuid[] not null default '{}',
      actor jsonb not null,
      payload jsonb not null default '{}',
      correlation_id text,
      occurred_at timestamptz not null default now()
    )`,
    `create index events_partner_ids on ${schema}.events using gin (partner_ids)`,
    `create index events_occurred_at on ${schema}.events (occurred_at)`,
    `create function ${schema}.events_after(after_id bigint, max_rows int)
      returns setof ${schema}.events language sql stable security definer set search_path = pg_catalog as $$
        select * from ${schema}.events where id > after_id order by id limit max_rows
      $$`,
    `create function ${schema}.events_head()
      returns bigint language sql stable security definer set search_path = pg_catalog as $$
        select coalesce(max(id), 0) from ${schema}.events
      $$`,
    `create table ${schema}.consumed_events (
      producer text primary key,
      last_event_id bigint not null default 0,
      updated_at timestamptz not null default now()
    )`,
  ];
}

/**
 * Version 2 of the event store (issue 14), frozen like version 1:
 *
 * - `<schema>.events_position(since)`: the id after which every event that occurred at or after `since` lies,
 *   where a reader that needs only a recent window (the access-state view: one access-token lifetime) starts.
 * - the read-only role `partner_graph_event_reader` (platform/event-feed.ts), as which the gateway and every
 *   subgraph follow this outbox: usage of the schema and EXECUTE on its three reading functions, nothing else.
 */
export function eventStoreV2(schema: string): string[] {
  const reader = 'partner_graph_event_reader';
  return [
    `create function ${schema}.events_position(since timestamptz)
      returns bigint language sql stable security definer set search_path = pg_catalog as $$
        select coalesce((select min(id) - 1 from ${schema}.events where occurred_at >= since),
                        (select coalesce(max(id), 0) from ${schema}.events))
      $$`,
    // Roles are per cluster: several databases (tests, replicas) may create it at once.
    `do $$ begin create role ${reader} nologin; exception when duplicate_object or unique_violation then null; end $$`,
    `grant usage on schema ${schema} to ${reader}`,
    `grant execute on function ${schema}.events_after(bigint, int), ${schema}.events_head(),
      ${schema}.events_position(timestamptz) to ${reader}`,
  ];
}

/** Undoes eventStoreV2; the role stays (roles are the cluster's: other databases may use it). */
export function eventStoreV2Down(schema: string): string[] {
  const reader = 'partner_graph_event_reader';
  return [
    `revoke all on function ${schema}.events_after(bigint, int), ${schema}.events_head() from ${reader}`,
    `drop function ${schema}.events_position`,
    `revoke all on schema ${schema} from ${reader}`,
  ];
}
