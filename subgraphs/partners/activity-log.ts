import type { EntityManager } from 'typeorm';
import { DomainError } from '../kit/errors.js';
import type { EventFeed, StoredEvent } from '../kit/events.js';
import type { SqlQuery } from '../kit/loaders.js';
import { timeKey } from '../kit/pagination.js';
import { isUuid } from '../kit/values.js';
import { activityEntryOf, type Producer } from './domain/activity.js';

/**
 * Issue 18 §3 (P-23): the partners subgraph keeps every organization's activity log. It owns the organization, the
 * audience of every event (`partner_ids` are organization ids), so the log is one more read model fed from the three
 * outboxes, its own included, through `<producer>.events_after` with a checkpoint per outbox: no second write path.
 */

/** The name of the log's checkpoint on a producer's outbox, beside the read models' own (kit/events.ts). */
export const activityCheckpoint = (producer: Producer) => `activity-log:${producer}`;

/** Stores an event's entry for each organization of its audience; a replayed event adds nothing (unique key). */
export async function recordActivity(producer: Producer, event: StoredEvent, manager: EntityManager): Promise<void> {
  const entry = activityEntryOf({ producer, type: event.type, aggregateId: event.aggregateId, payload: event.payload });
  const organizations = event.partnerIds.filter(isUuid);
  if (!entry || !organizations.length) return;
  const uuidOrNull = (value: unknown) => (isUuid(value) ? value : null);
  await manager.query(`
    insert into partners.activity_log (partner_id, producer, event_id, occurred_at, operation, actor_kind, actor_user_id,
      actor_partner_id, target_type, target_id, target_name, customer_id, before, after)
    select organization, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14 from unnest($1::uuid[]) as organization
    on conflict (producer, event_id, partner_id) do nothing`,
  [organizations, producer, event.id, event.occurredAt, entry.operation, event.actor.kind, uuidOrNull(event.actor.userId),
    uuidOrNull(event.actor.partnerId), entry.target.type, entry.target.id, entry.target.name, uuidOrNull(entry.customerId),
    entry.before, entry.after]);
}

/** The log's feeds: one per outbox, each with its own checkpoint. */
export const activityFeeds = (): EventFeed[] => (['identity', 'partners', 'customers'] as const).map((producer) => ({
  producer, checkpoint: activityCheckpoint(producer), apply: (event, manager) => recordActivity(producer, event, manager),
}));

/** `activityLog(filter:)`: entries at or after `from` and before `to`, of one operation, actor or customer. */
export interface ActivityFilter {
  from: Date | null;
  to: Date | null;
  operation: string | null;
  actorId: string | null;
  customerId: string | null;
}

/** The filter as given (its values already checked against the schema), refusing a `to` before `from`. */
export function activityFilterOf(input: Partial<Record<keyof ActivityFilter, unknown>> | null | undefined): ActivityFilter {
  const date = (value: unknown) => (value instanceof Date ? value : null);
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const filter = { from: date(input?.from), to: date(input?.to), operation: text(input?.operation), actorId: text(input?.actorId),
    customerId: text(input?.customerId) };
  if (filter.from && filter.to && filter.to < filter.from) throw new DomainError('INVALID_DATE_RANGE', { argument: 'filter.to' });
  return filter;
}

const MATCHES = `a.partner_id = $1 and ($2::timestamptz is null or a.occurred_at >= $2) and ($3::timestamptz is null or a.occurred_at < $3)
  and ($4::text is null or a.operation = $4) and ($5::uuid is null or a.actor_user_id = $5) and ($6::uuid is null or a.customer_id = $6)`;

const filterParams = (partnerId: string, filter: ActivityFilter) =>
  [partnerId, filter.from, filter.to, filter.operation, filter.actorId, filter.customerId];

/** What the CSV export selects of each entry (services/activity-export.ts), beside its cursor key `at`. */
export const ACTIVITY_COLUMNS = `a.id, a.partner_id, a.occurred_at, a.operation, a.actor_kind, a.actor_user_id, a.actor_partner_id,
  a.target_type, a.target_id, a.target_name, a.customer_id, a.before, a.after`;

/**
 * P-23: the organization's entries, newest first, keyed by (occurred_at, id) both descending, so one row comparison is
 * the cursor condition and the listing index serves every page. `columns` is `a.id` for a GraphQL page (the nodes come
 * from the id loader) and ACTIVITY_COLUMNS for the export, which reads the same pages.
 */
export const activityList = (partnerId: string, filter: ActivityFilter, columns = 'a.id') => ({
  list: 'activityLog',
  scope: [partnerId, filter],
  page: (after: [string, string] | null, limit: number): SqlQuery => [`
    select ${columns}, ${timeKey('a.occurred_at')} as at from partners.activity_log a
    where ${MATCHES} and ($7::timestamptz is null or (a.occurred_at, a.id) < ($7::timestamptz, $8::uuid))
    order by a.occurred_at desc, a.id desc limit $9`, [...filterParams(partnerId, filter), after?.[0] ?? null, after?.[1] ?? null, limit]],
  count: (): SqlQuery => [`select count(*)::int as n from partners.activity_log a where ${MATCHES}`, filterParams(partnerId, filter)],
  /** how many entries match, counting no further than `limit` */
  countUpTo: (limit: number): SqlQuery => [`select count(*)::int as n from (select 1 from partners.activity_log a where ${MATCHES}
    limit $7) matching`, [...filterParams(partnerId, filter), limit]],
});
