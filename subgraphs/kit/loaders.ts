import DataLoader from 'dataloader';
import { In, type EntitySchema, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { ScopedDatabase } from './context.js';
import type { KeyedNode, KeysetList } from './pagination.js';

/** Column types `pg` returns as TypeORM hydrates them (a `date` it would not: TypeORM keeps it a string). */
const PLAIN_TYPES = new Set(['uuid', 'text', 'varchar', 'char', 'boolean', 'int', 'integer', 'smallint', 'jsonb', 'timestamptz']);

/**
 * `entity`'s columns selected as its properties (`"alias"."column" as "property"`): rows that `pg` returns shaped like
 * the entities TypeORM would hydrate (issue 16: plain rows on hot read paths); null when a column needs TypeORM's
 * conversion (another type, a transformer), a soft-delete column (TypeORM would leave deleted rows out) or the entity has
 * relations or embedded columns.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function plainColumns(entity: EntitySchema<any>, alias: string): string | null {
  const { columns, relations, embeddeds } = entity.options;
  if (Object.keys(relations ?? {}).length || Object.keys(embeddeds ?? {}).length) return null;
  const select: string[] = [];
  for (const [property, column] of Object.entries(columns)) {
    if (!column || typeof column.type !== 'string' || !PLAIN_TYPES.has(column.type) || column.transformer || column.deleteDate) return null;
    // TypeORM leaves such a column out of what it reads
    if (column.select === false) continue;
    select.push(`"${alias}"."${column.name ?? property}" as "${property}"`);
  }
  return select.join(', ');
}

/**
 * plainColumns for a hand-written hot statement: throws at module load (naming the entity) when the entity cannot be
 * read as plain rows, rather than letting `select null …` reach the database.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function requirePlainColumns(entity: EntitySchema<any>, alias: string): string {
  const select = plainColumns(entity, alias);
  if (!select) throw new Error(`${entity.options.name}: a column, relation or soft-delete column needs TypeORM; read it through TypeORM or extend plainColumns`);
  return select;
}

/** The plain-row statement reading `entity`'s rows by id (`$1`, an array), or null (plainColumns; an id neither uuid nor text). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function plainByIdStatement(entity: EntitySchema<any>): string | null {
  const { columns, tableName, schema } = entity.options;
  const idType = columns.id?.type;
  const select = plainColumns(entity, 't');
  if (!select || !tableName || !schema || (idType !== 'uuid' && idType !== 'text')) return null;
  return `select ${select} from "${schema}"."${tableName}" "t" where "t"."${columns.id?.name ?? 'id'}" = any($1::${idType}[])`;
}

/**
 * A per-request loader of rows by id: one `WHERE id = any(…)` per batch, results in key order, null for
 * ids that are missing (or hidden by row-level security). Plain rows outside a transaction where the entity allows
 * (plainByIdStatement), else TypeORM entities in a transaction.
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(
  db: ScopedDatabase,
  entity: EntitySchema<T>,
): DataLoader<string, T | null> {
  const text = plainByIdStatement(entity);
  const name = `${entity.options.name}:by-id`;
  return new DataLoader(async (ids) => {
    const rows = text
      ? await db.read<T>({ name, text, values: [[...ids]] })
      : await db.transaction((manager) => manager.getRepository(entity).findBy({ id: In([...ids]) } as never));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A SQL statement and its parameters. */
export type SqlQuery = [sql: string, params: unknown[]];

type TimeAfter = [at: string, id: string] | null;

/** A keyset list written as SQL: page queries select ids as `id` and their `timeKey` as `at`; nodes come by id. */
interface SqlListParts<T> {
  /** the list's name, carried by its cursors: a cursor of another list is INVALID_CURSOR */
  list: string;
  nodes: DataLoader<string, T | null>;
  /** how the cursor's id is checked */
  id?: 'uuid' | 'text';
}

/** A list with no parent to batch by: a root field, or a field of the caller's own organization. */
export interface SqlList<T> extends SqlListParts<T> {
  /** what else decides the list's rows (owner, filter), besides the caller's partner: a cursor is valid for these only */
  scope: readonly unknown[];
  /** ids as `id` and their `timeKey` as `at`, in page order, after the cursor, at most `limit` */
  page(after: TimeAfter, limit: number): SqlQuery;
  /** the list's size as `n` */
  count(): SqlQuery;
}

/** One list field of many parents: each statement reads the rows of every parent of a batch. */
export interface BatchedSqlList<T, F> extends SqlListParts<T> {
  /** `parent`, `id` and `at` (a `timeKey`) of each parent's rows after the cursor, at most `limit` per parent */
  page(parents: string[], filter: F, after: TimeAfter, limit: number): SqlQuery;
  /** `parent` and `n` for each parent with rows */
  count(parents: string[], filter: F): SqlQuery;
  /** the filter arguments as a cache key */
  filterKey(filter: F): string;
}

const run = <R>(db: ScopedDatabase, [text, values]: SqlQuery): Promise<R[]> => db.read<R>({ text, values });

/** Rows selected as `id` and `at` (a `timeKey`), keyed by (timestamp, id), each id the node to load. */
const timeKeyed = (rows: readonly { id: string; at: string }[]): KeyedNode<string>[] =>
  rows.map((row) => ({ node: row.id, key: [row.at, row.id] }));

/** What a SQL list shares whether batched or not: its cursor's parts and its nodes, read through the id loader. */
const sqlListParts = <T>(parts: SqlListParts<T>) => ({
  list: parts.list,
  key: ['time', parts.id ?? 'uuid'] as const,
  nodes: (ids: readonly string[]) => parts.nodes.loadMany(ids),
});

/**
 * A SQL list as a `KeysetList` for `keysetConnection`, scoped to the caller's partner: its page is one statement,
 * its count one more when asked for, its nodes one id-loader batch.
 */
export function sqlList<T>(db: ScopedDatabase, list: SqlList<T>): KeysetList<T, string> {
  return {
    ...sqlListParts(list),
    scope: [db.partnerId, ...list.scope],
    rows: async (after, limit) => timeKeyed(await run<{ id: string; at: string }>(db, list.page(after as TimeAfter, limit))),
    count: async () => (await run<{ n: number }>(db, list.count()))[0]?.n ?? 0,
  };
}

/** The value of `cache` at `key`, made by `make` the first time. */
function cached<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * Per-request lists of one list field, one per parent and filter, as `KeysetList`s for `keysetConnection`: the pages
 * of every parent a batch asks for with the same filter, page size and cursor are one statement, their counts one
 * more, their nodes one id-loader batch; never a statement per parent. A cursor is minted for one parent's list: at
 * another parent's path it is INVALID_CURSOR.
 */
export function batchedSqlLists<T, F>(
  db: ScopedDatabase, list: BatchedSqlList<T, F>,
): (parent: string, filter: F) => KeysetList<T, string> {
  /** One statement for a batch of parents, its rows grouped by their `parent`, in the parents' order. */
  const byParent = async <R extends { parent: string }>(parents: readonly string[], query: SqlQuery) => {
    const grouped = new Map<string, R[]>(parents.map((parent) => [parent, []]));
    for (const row of await run<R>(db, query)) grouped.get(row.parent)?.push(row);
    return parents.map((parent) => grouped.get(parent) ?? []);
  };
  const pages = new Map<string, DataLoader<string, KeyedNode<string>[]>>();
  const pagesOf = (filter: F, after: TimeAfter, limit: number) => new DataLoader<string, KeyedNode<string>[]>(async (parents) => {
    const rows = await byParent<{ parent: string; id: string; at: string }>(parents, list.page([...parents], filter, after, limit));
    return rows.map(timeKeyed);
  });
  const counts = new Map<string, DataLoader<string, number>>();
  const countsOf = (filter: F) => new DataLoader<string, number>(async (parents) => {
    const rows = await byParent<{ parent: string; n: number }>(parents, list.count([...parents], filter));
    return rows.map(([row]) => row?.n ?? 0);
  });
  return (parent, filter) => {
    const filterKey = list.filterKey(filter);
    return {
      ...sqlListParts(list),
      scope: [db.partnerId, parent, filterKey],
      rows: (after, limit) =>
        cached(pages, JSON.stringify([filterKey, after, limit]), () => pagesOf(filter, after as TimeAfter, limit)).load(parent),
      count: () => cached(counts, filterKey, () => countsOf(filter)).load(parent),
    };
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
