import { DomainError } from './errors.js';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Edge<T> { cursor: string; node: T }

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount?: number | (() => Promise<number>);
}

/** `first` within 0…100 (DOMAIN.md §0 Lists). */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new DomainError('PAGE_SIZE_OUT_OF_RANGE', { argument: 'first', max: MAX_PAGE_SIZE });
  }
  return size;
}

/** Keyset cursor: the sort key values of the last row seen, opaque to clients. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity
      && values.every((value) => typeof value === 'string' || typeof value === 'number')) {
      return values as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw new DomainError('INVALID_CURSOR', { argument: 'after' });
}

/**
 * Builds a connection from rows fetched with `limit = size + 1`: the extra row only tells whether there
 * is a next page.
 */
export function toConnection<T>(
  rows: T[],
  size: number,
  sortKey: (row: T) => readonly (string | number)[],
  options: { afterGiven: boolean; totalCount?: () => Promise<number> },
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: options.afterGiven,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: options.totalCount,
  };
}

/** What a connection field's resolver returns, for generated resolver types (codegen mappers). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyConnection = Connection<any>;

/**
 * A timestamp column as cursor text: UTC at microsecond precision, so `$n::timestamptz` gives back exactly the
 * stored value. A JS Date keeps milliseconds only; a truncated cursor would repeat or skip rows.
 */
export function timeKey(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

const TIME_KEY = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A (timestamp, id) cursor, checked: a forged one is INVALID_CURSOR rather than a database error. */
export function decodeTimeCursor(cursor: string | null | undefined, id: 'uuid' | 'text' = 'uuid'): [string, string] | null {
  const values = decodeCursor(cursor, 2);
  if (!values) return null;
  const [at, key] = values;
  if (typeof at !== 'string' || !TIME_KEY.test(at) || typeof key !== 'string' || (id === 'uuid' && !UUID.test(key))) {
    throw new DomainError('INVALID_CURSOR', { argument: 'after' });
  }
  return [at, key];
}

/** One row of a keyset page query: its id and its sort key (the cursor values), in page order. */
export interface KeyedRow { id: string; key: readonly (string | number)[] }

/** Rows selected as `id` and `at` (a `timeKey`): keyed by (timestamp, id). */
export const timeKeyed = (rows: readonly { id: string; at: string }[]): KeyedRow[] =>
  rows.map((row) => ({ id: row.id, key: [row.at, row.id] }));

/**
 * A connection from keyed rows fetched with `limit = size + 1`, the nodes read through a per-request id loader:
 * the page query stays narrow, the nodes land in the request's cache, and one batch loads the nodes of every page.
 */
export async function loadConnection<T>(
  keyed: readonly KeyedRow[],
  size: number,
  loader: { loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> },
  options: { afterGiven: boolean; totalCount?: () => Promise<number> },
): Promise<Connection<T>> {
  const page = keyed.slice(0, size);
  const nodes = await loader.loadMany(page.map((row) => row.id));
  const edges = page.flatMap((row, index) => {
    const node = nodes[index];
    return node && !(node instanceof Error) ? [{ cursor: encodeCursor(row.key), node }] : [];
  });
  const last = page[page.length - 1];
  return {
    edges,
    pageInfo: {
      hasNextPage: keyed.length > size,
      hasPreviousPage: options.afterGiven,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: last ? encodeCursor(last.key) : null,
    },
    totalCount: options.totalCount,
  };
}
