import { buildSchema, execute, GraphQLError, parse, print, type GraphQLSchema } from 'graphql';
import { describeInputLimits } from '../../platform/input-limits-sdl.js';
import { clientErrorOfDatabase } from '../../subgraphs/kit/database-errors.js';
import { guardArguments } from '../../subgraphs/kit/input-limits.js';
import { DateTime, InvalidDateTime } from '../../subgraphs/kit/scalars.js';

const DIRECTIVE = 'directive @constraint(maxLength: Int, maxItems: Int, min: Int, max: Int, reason: String, format: String) '
  + 'on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION';

const SDL = `${DIRECTIVE}
scalar DateTime
input Line { offerId: String! @constraint(maxLength: 8) friendlyName: String @constraint(maxLength: 4) customerId: ID
  quantity: Int @constraint(min: 1, max: 10000, reason: "INVALID_QUANTITY") }
type Query {
  "Finds one."
  thing(id: ID!, search: String @constraint(maxLength: 5), since: DateTime,
    first: Int = 20 @constraint(min: 0, max: 100, reason: "PAGE_SIZE_OUT_OF_RANGE"), skip: Int @constraint(min: 0, max: 9)): String
  order(lines: [Line!] @constraint(maxItems: 2), tags: [String!] @constraint(maxItems: 3, maxLength: 2)): String
}
type Subscription { changed(after: ID @constraint(format: "event-id"), customerId: ID): String }`;

/** A schema of SDL whose resolvers answer "ok", guarded as a subgraph's is. */
function guarded(sdl = SDL): GraphQLSchema {
  const schema = buildSchema(sdl);
  Object.assign(schema.getType('DateTime') ?? {}, { parseValue: DateTime.parseValue, parseLiteral: DateTime.parseLiteral });
  for (const field of Object.values(schema.getQueryType()!.getFields())) field.resolve = () => 'ok';
  const changed = schema.getSubscriptionType()?.getFields().changed;
  if (changed) changed.subscribe = async function* events() { yield { changed: 'ok' }; };
  return guardArguments(schema);
}

/** The extensions of the first error of `query`, or 'ok'. */
async function outcome(query: string, variables?: Record<string, unknown>) {
  const result = await execute({ schema: guarded(), document: parse(query), variableValues: variables });
  return result.errors?.[0]?.extensions ?? result.data;
}

describe('issue 13 kinds 2–4: arguments checked against their declared limits (kit/input-limits.ts)', () => {
  const id = '3f2c4a8e-1b7d-4e2a-9c1f-0a1b2c3d4e5f';

  it('a String: at most maxLength code points (emoji count once), no U+0000, no unpaired surrogate', async () => {
    expect(await outcome(`{ thing(id: "${id}", search: "😀😀😀😀😀") }`)).toEqual({ thing: 'ok' });
    expect(await outcome(`{ thing(id: "${id}", search: "abcdef") }`))
      .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALUE_TOO_LONG', argument: 'search', max: 5 });
    expect(await outcome(`{ thing(id: "${id}", search: "a\\u0000b") }`)).toMatchObject({ reason: 'INVALID_CHARACTERS', argument: 'search' });
    expect(await outcome('query ($s: String) { thing(id: "' + id + '", search: $s) }', { s: 'a\ud800' }))
      .toMatchObject({ reason: 'INVALID_CHARACTERS' });
  });

  it('an ID: malformed as a field\'s own argument is NOT_FOUND; in an input object, a list or a subscription filter INVALID_ID', async () => {
    expect(await outcome('{ thing(id: "x") }')).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN_ID', argument: 'id' });
    expect(await outcome(`{ order(lines: [{ offerId: "a", customerId: "${id}" }, { offerId: "b", customerId: "x" }]) }`))
      .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', argument: 'lines[1].customerId' });
  });

  it('lists: at most maxItems, each item checked like the list\'s type', async () => {
    expect(await outcome('{ order(lines: [{ offerId: "a" }, { offerId: "b" }, { offerId: "c" }]) }'))
      .toMatchObject({ reason: 'TOO_MANY_ITEMS', argument: 'lines', max: 2 });
    expect(await outcome('{ order(lines: [{ offerId: "a", friendlyName: "long name" }]) }'))
      .toMatchObject({ reason: 'VALUE_TOO_LONG', argument: 'lines[0].friendlyName', max: 4 });
    expect(await outcome('{ order(tags: ["ab", "abc"]) }')).toMatchObject({ reason: 'VALUE_TOO_LONG', argument: 'tags[1]', max: 2 });
    expect(await outcome('{ order(tags: ["ab"], lines: []) }')).toEqual({ order: 'ok' });
  });

  it('an Int: from min to max, refused with the constraint\'s reason (else NUMBER_OUT_OF_RANGE), whether given or defaulted', async () => {
    expect(await outcome(`{ thing(id: "${id}") }`)).toEqual({ thing: 'ok' });
    expect(await outcome(`{ thing(id: "${id}", first: 101) }`))
      .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE', argument: 'first', min: 0, max: 100 });
    expect(await outcome(`{ thing(id: "${id}", first: -1) }`)).toMatchObject({ reason: 'PAGE_SIZE_OUT_OF_RANGE', argument: 'first' });
    expect(await outcome(`{ thing(id: "${id}", skip: 10) }`)).toMatchObject({ reason: 'NUMBER_OUT_OF_RANGE', argument: 'skip', max: 9 });
    expect(await outcome('{ order(lines: [{ offerId: "a", quantity: 0 }]) }'))
      .toMatchObject({ reason: 'INVALID_QUANTITY', argument: 'lines[0].quantity', min: 1 });
  });

  it('a DateTime that does not exist or is not RFC 3339 is INVALID_DATE_TIME naming the argument', async () => {
    for (const since of ['2026-02-30T00:00:00Z', '2026-03-01', 'yesterday', '2026-03-01T10:00:00']) {
      expect(await outcome(`{ thing(id: "${id}", since: "${since}") }`))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_TIME', argument: 'since' });
    }
    expect(await outcome(`{ thing(id: "${id}", since: 5) }`)).toMatchObject({ reason: 'INVALID_DATE_TIME' });
    expect(await outcome(`{ thing(id: "${id}", since: "2024-02-29T23:59:59.5+02:00") }`)).toEqual({ thing: 'ok' });
  });

  it('subscriptions are checked when they start: event ids are digits', async () => {
    const schema = guarded();
    const subscribe = schema.getSubscriptionType()!.getFields().changed.subscribe!;
    const run = (args: Record<string, unknown>) => (subscribe as (...a: unknown[]) => unknown)({}, args, {}, {});
    expect(() => run({ after: '12x' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INVALID_EVENT_ID' }) }));
    expect(() => run({ after: '42', customerId: 'x' }))
      .toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'INVALID_ID', argument: 'customerId' }) }));
    expect(() => run({ after: '42' })).not.toThrow();
  });

  it('a subgraph whose SDL leaves a String, a list or an Int without its limit does not build', () => {
    const sdl = `${DIRECTIVE}\ninput I { note: String }\ntype Query { a(text: String, ids: [ID!]): String b(input: I): String c(n: Int): String }`;
    expect(() => guarded(sdl)).toThrow(/Query\.a\(text\): a String needs @constraint\(maxLength:\)[\s\S]*Query\.a\(ids\): a list needs[\s\S]*I\.note/);
    expect(() => guarded(sdl)).toThrow(/Query\.c\(n\): an Int needs @constraint\(min:, max:\)/);
    expect(() => guarded(`${DIRECTIVE}\ntype Query { c(n: Int @constraint(min: 0, max: 1, reason: "NO_SUCH")): String }`))
      .toThrow(/unknown reason "NO_SUCH"/);
  });
});

describe('issue 13 kind 3: the DateTime scalar (graphql-scalars\' RFC 3339 validation)', () => {
  it.each(['2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-03-01T10:00:60Z', 'Sun, 01 Mar 2026 10:00:00 GMT', '1772359200000'])(
    '%s is not a date-time', (value) => {
      expect(DateTime.parseValue(value)).toBeInstanceOf(InvalidDateTime);
    },
  );

  it('an RFC 3339 date-time with an offset is read as its instant; output is UTC with milliseconds', () => {
    const date = DateTime.parseValue('2026-03-01T10:00:00+01:00') as Date;
    expect(DateTime.serialize(date)).toBe('2026-03-01T09:00:00.000Z');
  });
});

describe('issue 13 kind 4: limits stated in the descriptions (platform/input-limits-sdl.ts)', () => {
  it('appends the limit to each constrained argument and input field, once', () => {
    const described = print(describeInputLimits(parse(SDL)));
    expect(described).toContain('"Finds one."');
    expect(described).toMatch(/"At most 5 characters."\s+search: String/);
    expect(described).toMatch(/"At most 3 items, each at most 2 characters."\s+tags: \[String!\]/);
    expect(described).toMatch(/"At most 8 characters."\s+offerId/);
    expect(described).toMatch(/"From 0 to 100."\s+first: Int = 20/);
    expect(print(describeInputLimits(parse(described)))).toBe(described);
  });
});

describe('issue 13 kind 2: PostgreSQL refusals of input as client errors (kit/database-errors.ts)', () => {
  const pgError = (code: string, constraint?: string) => Object.assign(new Error('db'), { code, constraint, severity: 'ERROR' });

  it.each([
    ['22P02', 'INVALID_VALUE'], ['22021', 'INVALID_CHARACTERS'], ['22001', 'VALUE_TOO_LONG'], ['22003', 'NUMBER_OUT_OF_RANGE'],
    ['22007', 'INVALID_DATE_TIME'], ['22008', 'INVALID_DATE_TIME'],
  ])('%s is BAD_USER_INPUT / %s', (code, reason) => {
    expect(clientErrorOfDatabase({ driverError: pgError(code) })?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
  });

  it('a unique violation is CONFLICT with the reason of its index; anything else stays an internal fault', () => {
    expect(clientErrorOfDatabase(pgError('23505', 'users_email_key'))?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_EMAIL' });
    expect(clientErrorOfDatabase(pgError('23505', 'something_new'))?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EXISTS' });
    for (const fault of [pgError('57P01'), pgError('42P01'), new Error('boom'), new GraphQLError('x'), null]) {
      expect(clientErrorOfDatabase(fault)).toBeNull();
    }
  });
});
