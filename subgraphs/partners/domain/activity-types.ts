/** The shapes of the activity log's mapping (domain/activity.ts). Pure. */

export type Producer = 'identity' | 'partners' | 'customers';

/** A JSON object as an event payload carries it. */
export type Snapshot = Record<string, unknown>;

/** What the mapping reads of a stored event: its producer, type, aggregate and payload (docs/events.md). */
export interface ActivitySource {
  producer: Producer;
  type: string;
  aggregateId: string;
  payload: Snapshot;
}

/** One entry of the activity log, before it is stored for each organization of the event's audience. */
export interface ActivityEntry {
  /** an `ActivityOperation` (domain/activity.ts) */
  operation: string;
  /** the object changed: its schema type (`PartnerUser`, `CustomerSubscription` …), id and a name to show, if any */
  target: { type: string; id: string; name: string | null };
  /** the customer the change concerns, when there is one */
  customerId: string | null;
  /** the object before the change (null when it was created) and after it */
  before: Snapshot | null;
  after: Snapshot | null;
}

type EventMapper = (payload: Snapshot, source: ActivitySource) => ActivityEntry | null;

/** A producer's mapping: the entry of one of its events, and whether it knows the event's type. */
export interface ProducerMapping {
  (source: ActivitySource): ActivityEntry | null;
  handles(type: string): boolean;
}

/** The mapping of one producer from one function per event type it logs. */
export function producerMapping(mappers: Record<string, EventMapper>): ProducerMapping {
  const mapping = (source: ActivitySource) => mappers[source.type]?.(source.payload, source) ?? null;
  return Object.assign(mapping, { handles: (type: string) => type in mappers });
}

/** A payload's value as a JSON object, or null (an array, a scalar or nothing is no snapshot). */
export function objectOf(value: unknown): Snapshot | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? value as Snapshot : null;
}

/** A payload's value as text, or null. */
export function textOf(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}

/** `key` of a snapshot inside the payload, as text (`idOf(payload, 'user')` is `payload.user.id`). */
export function fieldOf(payload: Snapshot, key: string, field = 'id'): string | null {
  return textOf(objectOf(payload[key])?.[field]);
}

/** An entry on `target`, with before and after from the payload's snapshots. */
export function entry(
  operation: string, target: ActivityEntry['target'], after: unknown, before: unknown = null, customerId: string | null = null,
): ActivityEntry {
  return { operation, target, customerId, before: objectOf(before), after: objectOf(after) };
}
