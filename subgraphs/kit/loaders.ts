import DataLoader from 'dataloader';
import { In, type EntitySchema, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { ScopedDatabase } from './context.js';
import {
  decodeTimeCursor, loadConnection, pageSize, scopedList, timeKeyed, type Connection, type KeyedNode, type PageArgs,
} from './pagination.js';

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

/** A SQL statement and its parameters. */
export type SqlQuery = [sql: string, params: unknown[]];

interface KeysetList<T> {
  /** the list's name, carried by its cursors: a cursor of another list is INVALID_CURSOR */
  list: string;
  /** what else decides the list's rows (owner, filter), besides the caller's partner: a cursor is valid for these only */
  scope: readonly unknown[];
  /** ids as `id` and their `timeKey` as `at`, in page order, after the cursor, at most `limit` */
  page(after: [string, string] | null, limit: number): SqlQuery;
  /** the list's size as `n` */
  count(): SqlQuery;
  nodes: DataLoader<string, T | null>;
  /** how the cursor's id is checked */
  id?: 'uuid' | 'text';
}

/** One keyset page of a list with no parent to batch by: a root field, or a field of the caller's own organization. */
export async function keysetPage<T>(db: ScopedDatabase, list: KeysetList<T>, args: PageArgs): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const identity = scopedList(list.list, db.partnerId, ...list.scope);
  const after = decodeTimeCursor(args.after, identity, list.id);
  const [sql, params] = list.page(after, size + 1);
  const rows: { id: string; at: string }[] = await db.transaction((manager) => manager.query(sql, params));
  const totalCount = async () => {
    const [countSql, countParams] = list.count();
    const [row] = await db.transaction((manager) => manager.query(countSql, countParams)) as { n: number }[];
    return row?.n ?? 0;
  };
  return loadConnection(identity, timeKeyed(rows), size, list.nodes, { afterGiven: Boolean(after), totalCount });
}

interface BatchedKeysetList<T, F> {
  /** the list's name, carried by its cursors */
  list: string;
  /** `parent`, `id` and `at` (a `timeKey`) of each parent's rows after the cursor, at most `limit` per parent */
  page(parents: string[], filter: F, after: [string, string] | null, limit: number): SqlQuery;
  /** `parent` and `n` for each parent with rows */
  count(parents: string[], filter: F): SqlQuery;
  nodes: DataLoader<string, T | null>;
  /** the filter arguments as a cache key */
  filterKey(filter: F): string;
}

/**
 * Loaders of one list field for many parents (one per set of arguments): the page of every parent in a batch is
 * one statement, their counts one more, their nodes one id-loader batch; never a statement per parent.
 */
export function batchedKeysetPages<T, F>(db: ScopedDatabase, list: BatchedKeysetList<T, F>) {
  const pages = new Map<string, DataLoader<string, Connection<T>>>();
  const counts = new Map<string, DataLoader<string, number>>();
  function countsOf(filter: F): DataLoader<string, number> {
    const key = list.filterKey(filter);
    let loader = counts.get(key);
    if (!loader) {
      loader = new DataLoader(async (parents) => {
        const [sql, params] = list.count([...parents], filter);
        const rows: { parent: string; n: number }[] = await db.transaction((manager) => manager.query(sql, params));
        const byParent = new Map(rows.map((row) => [row.parent, row.n]));
        return parents.map((parent) => byParent.get(parent) ?? 0);
      });
      counts.set(key, loader);
    }
    return loader;
  }
  return (args: PageArgs, filter: F): DataLoader<string, Connection<T>> => {
    const size = pageSize(args.first);
    // A cursor is minted for one parent's list: checked per parent, it is INVALID_CURSOR at the others' paths.
    const identity = (parent: string) => scopedList(list.list, db.partnerId, parent, list.filterKey(filter));
    const key = `${list.filterKey(filter)}:${size}:${args.after ?? ''}`;
    let loader = pages.get(key);
    if (!loader) {
      loader = new DataLoader(async (parents) => {
        const afters = parents.map((parent) => {
          try {
            return decodeTimeCursor(args.after, identity(parent));
          } catch (error) {
            return error as Error;
          }
        });
        const valid = parents.filter((_, index) => !(afters[index] instanceof Error));
        const after = afters.find((value) => value && !(value instanceof Error)) as [string, string] | undefined;
        const rows: { parent: string; id: string; at: string }[] = valid.length === 0 ? [] : await (() => {
          const [sql, params] = list.page(valid, filter, after ?? null, size + 1);
          return db.transaction((manager) => manager.query(sql, params));
        })();
        const byParent = new Map<string, typeof rows>();
        for (const row of rows) {
          const own = byParent.get(row.parent);
          if (own) own.push(row);
          else byParent.set(row.parent, [row]);
        }
        const total = countsOf(filter);
        return Promise.all(parents.map((parent, index) => {
          const checked = afters[index];
          if (checked instanceof Error) return checked;
          return loadConnection(identity(parent), timeKeyed(byParent.get(parent) ?? []), size, list.nodes,
            { afterGiven: Boolean(checked), totalCount: () => total.load(parent) });
        }));
      });
      pages.set(key, loader);
    }
    return loader;
  };
}

/**
 * The rows of a page query built with TypeORM, each with its sort key as the database computed it: `key` lists the SQL
 * expressions of the key before the row's id, which ends every key (issue 13 kind 5: never recompute a key in
 * JavaScript). Selecting the id again under another alias would drop it from the entity, so the entity's own is used.
 */
export async function keyedEntities<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  key: readonly string[],
): Promise<KeyedNode<T>[]> {
  key.forEach((expression, index) => query.addSelect(expression, `cursor_key_${index}`));
  const { entities, raw } = await query.getRawAndEntities<Record<string, string>>();
  const idColumn = `${query.alias}_id`;
  const keys = new Map(raw.map((row) => [row[idColumn], key.map((_, index) => row[`cursor_key_${index}`])]));
  return entities.map((node) => ({ node, key: [...(keys.get(node.id) ?? []), node.id] }));
}
