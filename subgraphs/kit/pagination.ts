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
