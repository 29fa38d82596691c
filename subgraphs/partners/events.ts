import type { EntityManager } from 'typeorm';
import { recordEvent, type NewEvent } from '../kit/events.js';

/** Partners' outbox (docs/events.md): written in the mutation's transaction. */
export function recordPartnersEvent(manager: EntityManager, event: NewEvent): Promise<string> {
  return recordEvent(manager, 'partners', event);
}
