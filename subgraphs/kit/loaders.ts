import DataLoader from 'dataloader';
import { In, type EntitySchema, type ObjectLiteral } from 'typeorm';
import type { ScopedDatabase } from './context.js';

/**
 * A per-request loader of rows by id: one `WHERE id IN (…)` per batch, results in key order, null for
 * ids that are missing (or hidden by row-level security).
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(
  db: ScopedDatabase,
  entity: EntitySchema<T>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.transaction((manager) =>
      manager.getRepository(entity).findBy({ id: In([...ids]) } as never));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
