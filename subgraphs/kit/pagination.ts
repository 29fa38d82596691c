import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from './errors.js';
import { hasInvalidCharacters, isUuid } from './values.js';

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

/** What a sort key value is: a `timeKey` text, a UUID, or text (a name as the database lower-cased it, a text id). */
export type KeyPart = 'time' | 'uuid' | 'text';

/** A row of a page and its sort key, as the page query selected it from the database. */
export interface KeyedNode<T> { node: T; key: readonly (string | number)[] }

const TIME_KEY = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
/** "2026-02-30T…" or hour 25 would be PostgreSQL's error (22008), not the client's: the instant must exist. */
const isExistingInstant = (key: string) => {
  const date = new Date(`${key.slice(0, 23)}Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 23) === key.slice(0, 23);
};
/** The longest text sort key a cursor carries (a 256-character name may lower-case to a little more). */
const MAX_TEXT_KEY = 1024;

const PART_IS_VALID: Record<KeyPart, (value: unknown) => boolean> = {
  time: (value) => typeof value === 'string' && TIME_KEY.test(value) && isExistingInstant(value),
  uuid: isUuid,
  text: (value) => typeof value === 'string' && value.length <= MAX_TEXT_KEY && !hasInvalidCharacters(value),
};

/**
 * The key cursors are signed with (issue 13 kind 5): `CURSOR_SECRET` when configured (`useCursorSecret`, required for
 * several instances of a subgraph behind one endpoint), else random per process, so cursors of a restarted development
 * stack are INVALID_CURSOR and the client starts its list over.
 */
let cursorKey: Buffer = randomBytes(32);

/** Signs and checks cursors with `secret` (any length; hashed to a 256-bit HMAC-SHA256 key) from now on. */
export function useCursorSecret(secret: string): void {
  cursorKey = createHash('sha256').update(`partner-graph cursor\n${secret}`).digest();
}

/**
 * The identity of one list as its cursors carry it: the list's name and everything that decides which rows it holds
 * and in which order (the caller's partner, the parent object, the filter, search and order). A cursor is valid only
 * for the list it was minted for: `scopedList('customers', partnerId, filter)`. Values are JSON-serialized.
 */
export function scopedList(name: string, ...scope: unknown[]): string {
  return scope.length ? JSON.stringify([name, ...scope]) : name;
}

/** 128 bits of HMAC-SHA256: enough that guessing a signature is hopeless, short enough for URLs. */
const SIGNATURE_BYTES = 16;
/** The longest cursor text accepted: a text key of MAX_TEXT_KEY characters, base64url, plus the signature. */
const MAX_CURSOR_LENGTH = 8192;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function signatureOf(list: string, payload: string): Buffer {
  return createHmac('sha256', cursorKey).update(list).update('\u0000').update(payload).digest().subarray(0, SIGNATURE_BYTES);
}

/** The bytes of `text` when it is canonical unpadded base64url (RFC 4648 §5), else null: no `+/`, `=`, or garbage. */
function strictBase64url(text: string): Buffer | null {
  if (!BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

/**
 * Keyset cursor, opaque to clients: the sort key of the last row seen exactly as the database computed it (issue 13
 * kind 5: a key recomputed in JavaScript, say `toLowerCase()` against PostgreSQL's `lower()`, differs for "ΣΊΣΥΦΟΣ"
 * and the page repeats itself), then an HMAC over the list's identity (`scopedList`) and that key.
 * Form: `base64url(JSON key) "." base64url(signature)`.
 */
export function encodeCursor(list: string, key: readonly (string | number)[]): string {
  const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
  return `${payload}.${signatureOf(list, payload).toString('base64url')}`;
}

/**
 * The sort key of a cursor given to `list` (a `scopedList` identity), each value checked against `parts`; null when
 * there is none. A cursor minted for another list, partner, parent or filter, forged, not canonical base64url, or of
 * the wrong shape is BAD_USER_INPUT / INVALID_CURSOR, never applied.
 */
export function decodeCursor(cursor: string | null | undefined, list: string, parts: readonly KeyPart[]): string[] | null {
  if (cursor === null || cursor === undefined) return null;
  const values = cursorValues(cursor, list);
  if (Array.isArray(values) && values.length === parts.length
    && parts.every((part, index) => PART_IS_VALID[part](values[index]))) {
    return values as string[];
  }
  throw new DomainError('INVALID_CURSOR', { argument: 'after' });
}

/** The JSON value a cursor signed for `list` carries, or undefined when it is not one. */
function cursorValues(cursor: string, list: string): unknown {
  if (cursor.length > MAX_CURSOR_LENGTH) return undefined;
  const [payload, signature, ...rest] = cursor.split('.');
  if (rest.length || payload === undefined || signature === undefined) return undefined;
  const given = strictBase64url(signature);
  const bytes = strictBase64url(payload);
  if (!given || !bytes || given.length !== SIGNATURE_BYTES || !timingSafeEqual(given, signatureOf(list, payload))) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Whether a page of `size` fetched as `fetched` rows (limit `size + 1`) has a next page. `first: 0` asks for the count
 * only: its page is empty with no cursors, so it has no next page either (issue 13: a client looping on
 * `hasNextPage` with `after: endCursor` would otherwise ask for the same empty page forever).
 */
export const hasNextPage = (fetched: number, size: number): boolean => size > 0 && fetched > size;

/** The sort key of most lists: a `timeKey` and the row's UUID. */
const TIME_AND_ID: readonly KeyPart[] = ['time', 'uuid'];

/**
 * One keyset list as every connection of every subgraph is read (DOMAIN.md §0 Lists): its identity, which its cursors
 * carry, and how to read a page of it and its size. `R` is what a page query selects for each row: the node itself
 * (`T`), or its id when `nodes` reads the nodes through a per-request loader.
 */
export interface KeysetList<T, R = T> {
  /** the list's name, carried by its cursors: a cursor of another list is INVALID_CURSOR */
  list: string;
  /** everything else that decides its rows and their order (caller's partner, parent, filter): see `scopedList` */
  scope: readonly unknown[];
  /** the parts of the sort key, the row's id last; (time, uuid) when absent */
  key?: readonly KeyPart[];
  /** at most `limit` rows after the sort key `after` (null: from the start), in page order, each with its key */
  rows(after: string[] | null, limit: number): Promise<readonly KeyedNode<R>[]>;
  /** the nodes of a page's rows, in order; null (or an Error) for a row gone or hidden since. Absent: the rows are the nodes */
  nodes?(rows: readonly R[]): Promise<readonly (T | null | Error)[]>;
  /** how many rows the list holds (`totalCount`, read only when asked for) */
  count(): Promise<number>;
}

/** An edge whose cursor is signed when first read (issue 16): most pages never ask for their cursors. */
function edgeOf<T>(identity: string, key: readonly (string | number)[], node: T): Edge<T> {
  let cursor: string | undefined;
  return { node, get cursor() { return (cursor ??= encodeCursor(identity, key)); } };
}

/**
 * The one paging path: a connection of `first` rows (pageSize) after the cursor `after`, checked in that order — a
 * `first` out of range is PAGE_SIZE_OUT_OF_RANGE, then the list is built (a function lets its own argument checks come
 * after `first`), then a cursor not minted for this list's identity is INVALID_CURSOR. One row more than the page is
 * read to tell `hasNextPage`; `first: 0` is the count only. A row whose node is gone is skipped, its cursor kept as the
 * end cursor so the next page starts after it.
 */
export async function keysetConnection<T, R = T>(
  args: PageArgs,
  listOf: KeysetList<T, R> | (() => KeysetList<T, R> | Promise<KeysetList<T, R>>),
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const list = typeof listOf === 'function' ? await listOf() : listOf;
  const identity = scopedList(list.list, ...list.scope);
  const after = decodeCursor(args.after, identity, list.key ?? TIME_AND_ID);
  const fetched = await list.rows(after, size + 1);
  const page = fetched.slice(0, size);
  const selected = page.map((row) => row.node);
  const nodes = list.nodes ? await list.nodes(selected) : selected as unknown as T[];
  const edges = page.flatMap((row, index) => {
    const node = nodes[index];
    return node && !(node instanceof Error) ? [edgeOf(identity, row.key, node)] : [];
  });
  const last = page[page.length - 1];
  let endCursor: string | null | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: hasNextPage(fetched.length, size),
      hasPreviousPage: Boolean(after),
      get startCursor() { return edges[0]?.cursor ?? null; },
      get endCursor() { return (endCursor ??= last ? encodeCursor(identity, last.key) : null); },
    },
    totalCount: () => list.count(),
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

/** A (timestamp, id) cursor of `list`, checked: a forged one is INVALID_CURSOR rather than a database error. */
export function decodeTimeCursor(cursor: string | null | undefined, list: string, id: 'uuid' | 'text' = 'uuid'): [string, string] | null {
  return decodeCursor(cursor, list, ['time', id]) as [string, string] | null;
}
