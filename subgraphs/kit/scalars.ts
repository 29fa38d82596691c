import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';

/**
 * A DateTime input that is not an RFC 3339 date-time that exists ("2026-02-30T00:00:00Z", "yesterday", 5). The scalar
 * hands it on instead of throwing, so that the argument check of input-limits.ts refuses it as a field error naming
 * the argument (BAD_USER_INPUT / INVALID_DATE_TIME): a coercion error would name no argument for a literal, and Apollo
 * Server would report it as GRAPHQL_VALIDATION_FAILED.
 */
export class InvalidDateTime {
  constructor(readonly value: unknown) {}
}

/** graphql-scalars' RFC 3339 check (leap years and month lengths included) and parse, else an `InvalidDateTime`. */
function parseDateTime(value: unknown): Date | InvalidDateTime {
  try {
    if (typeof value !== 'string') return new InvalidDateTime(value);
    return GraphQLDateTime.parseValue(value) as Date;
  } catch {
    return new InvalidDateTime(value);
  }
}

function toDate(value: unknown): Date {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime cannot represent an invalid date', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
  return date;
}

/**
 * DOMAIN.md §0 Time: an RFC 3339 date-time (section 5.6) on input, any offset, read as an instant; always UTC with
 * milliseconds on output (`2026-03-01T10:00:00.000Z`).
 */
export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => toDate(value).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : ast),
});
