import { EntitySchema } from 'typeorm';
import type { Actor } from '../../kit/events.js';
import type { Producer, Snapshot } from '../domain/activity.js';

/**
 * One entry of an organization's activity log (issue 18 §3, P-23): a privileged change, read from the outbox of the
 * subgraph that made it (`producer`, `eventId`), once per organization of the event's audience (`partnerId`).
 */
export interface ActivityRecord {
  id: string;
  partnerId: string;
  producer: Producer;
  eventId: string;
  occurredAt: Date;
  operation: string;
  actorKind: Actor['kind'];
  actorUserId: string | null;
  actorPartnerId: string | null;
  targetType: string;
  targetId: string;
  targetName: string | null;
  customerId: string | null;
  before: Snapshot | null;
  after: Snapshot | null;
}

export const ActivityRecordEntity = new EntitySchema<ActivityRecord>({
  name: 'ActivityRecord',
  tableName: 'activity_log',
  schema: 'partners',
  columns: {
    id: { type: 'uuid', primary: true },
    partnerId: { type: 'uuid', name: 'partner_id' },
    producer: { type: 'text' },
    eventId: { type: 'bigint', name: 'event_id' },
    occurredAt: { type: 'timestamptz', name: 'occurred_at' },
    operation: { type: 'text' },
    actorKind: { type: 'text', name: 'actor_kind' },
    actorUserId: { type: 'uuid', name: 'actor_user_id', nullable: true },
    actorPartnerId: { type: 'uuid', name: 'actor_partner_id', nullable: true },
    targetType: { type: 'text', name: 'target_type' },
    targetId: { type: 'text', name: 'target_id' },
    targetName: { type: 'text', name: 'target_name', nullable: true },
    customerId: { type: 'uuid', name: 'customer_id', nullable: true },
    before: { type: 'jsonb', nullable: true },
    after: { type: 'jsonb', nullable: true },
  },
});
