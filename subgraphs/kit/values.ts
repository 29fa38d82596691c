/** What PostgreSQL takes as given: a value that fails these makes the database fail (22P02, 22021), not miss. */

/** A UUID in its canonical text form (RFC 9562 §4), any version, either case. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can name a row by a `uuid` column. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

// A surrogate half without its other half: UTF-8 cannot encode it, so pg would store U+FFFD instead.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `text` holds a character a `text` column cannot store as given: U+0000, or an unpaired surrogate. */
export const hasInvalidCharacters = (text: string): boolean => text.includes('\u0000') || UNPAIRED_SURROGATE.test(text);

/**
 * The one case fold of text searches, as a PostgreSQL expression over `sql`: `lower()`, then the final sigma ς as σ
 * (`lower('ΣΊΣΥΦΟΣ')` is 'σίσυφοσ' while people type 'σίσυφος'). Both the stored text and the search term go through
 * it, in the database, never in JavaScript (issue 13: `toLowerCase()` and `lower()` differ for "ΣΊΣΥΦΟΣ" and "İSTANBUL").
 * The directory's stored vector folds the same way (partners migration 1732408013000).
 */
export const searchFold = (sql: string): string => `translate(lower(${sql}), 'ς', 'σ')`;

/**
 * A LIKE pattern matching `search` anywhere (escape character backslash), or null for a blank search. Left as typed:
 * the query folds it with `searchFold`, like the column it is matched against.
 */
export function containsPattern(search: string | null | undefined): string | null {
  const text = search?.trim();
  return text ? `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%` : null;
}
