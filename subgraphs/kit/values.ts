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

/**
 * An email address as this graph accepts it, already trimmed and lower-cased: ASCII only, one @, a dot-atom local part,
 * a dotted domain of LDH labels (RFC 5321 §4.1.2, RFC 1035), at most 254 characters (RFC 5321 §4.5.3.1.3). An
 * internationalized domain is accepted in its ASCII form (`xn--…`, RFC 5891); Unicode domains and non-ASCII local parts
 * (SMTPUTF8, RFC 6531) are INVALID_EMAIL everywhere: the mail relay and the partner systems it feeds take ASCII only.
 */
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Whether a normalized (trimmed, lower-cased) address is well formed; see EMAIL. */
export const isWellFormedEmail = (normalized: string): boolean => normalized.length <= 254 && EMAIL.test(normalized);

/**
 * Characters that show nothing: white space, format characters (zero-width space U+200B, U+FEFF, bidi controls, soft
 * hyphen …) and the blank letters and symbols used to fake a name (Hangul fillers, braille blank).
 */
const INVISIBLE = /[\s\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]/gu;

/** Whether `text` shows nothing: empty, or only invisible characters; such a value is treated as empty (issue 13). */
export const isBlankText = (text: string): boolean => text.replace(INVISIBLE, '') === '';

/** A-21: an MPN ID is numeric, 1–10 digits; a longer number is not one either (never a numeric-range error). */
export const isMpnId = (mpnId: string): boolean => /^[0-9]{1,10}$/.test(mpnId);
