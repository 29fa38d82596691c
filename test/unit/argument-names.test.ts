import { buildSchema, type GraphQLObjectType } from 'graphql';
import { argumentPathOf, namingArgument } from '../../subgraphs/kit/argument-names.js';
import { DomainError } from '../../subgraphs/kit/errors.js';
import { blankingInvisibleText } from '../../subgraphs/kit/input-limits.js';
import { isIsoCountryCode } from '../../subgraphs/kit/countries.js';
import { isBlankText, isWellFormedEmail } from '../../subgraphs/kit/values.js';

const schema = buildSchema(`
  input Draft { body: String, lines: [Line!] }
  input Line { offerId: String }
  input UserInput { displayName: String, email: String, draft: Draft }
  type Query { x: Int }
  type Mutation {
    createUser(input: UserInput!): Int
    changePassword(currentPassword: String!, newPassword: String!): Int
    verify(mpnId: String!): Int
    list(first: Int, after: String, status: String): Int
    two(a: String, b: String): Int
  }`);
const field = (name: string) => (schema.getMutationType() as GraphQLObjectType).getFields()[name];

describe('issue 13: a client error names its argument as a path from the field\'s arguments', () => {
  it.each([
    ['createUser', 'displayName', 'input.displayName'],
    ['createUser', 'draft.body', 'input.draft.body'],
    ['createUser', 'draft.lines[2].offerId', 'input.draft.lines[2].offerId'],
    ['createUser', 'input.email', 'input.email'],
    ['createUser', undefined, 'input'],
    ['changePassword', 'newPassword', 'newPassword'],
    ['verify', undefined, 'mpnId'],
    ['list', undefined, 'status'],
    ['two', undefined, undefined],
  ])('%s with %s is %s', (name, given, expected) => {
    expect(argumentPathOf(field(name), given)).toBe(expected);
  });

  it('a BAD_USER_INPUT is raised again naming the path, in extensions and message; other errors are left alone', () => {
    const named = namingArgument(field('createUser'), new DomainError('REQUIRED_FIELD', { field: 'displayName' })) as DomainError;
    expect(named.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED_FIELD', argument: 'input.displayName' });
    expect(named.message).toBe('"input.displayName": This field is required.');
    const forbidden = new DomainError('NOT_AUTHORISED');
    expect(namingArgument(field('createUser'), forbidden)).toBe(forbidden);
    const already = new DomainError('VALUE_TOO_LONG', { argument: 'input.email', max: 254 });
    expect(namingArgument(field('createUser'), already)).toBe(already);
    expect(already.message).toBe('"input.email" is too long: at most 254 characters.');
  });
});

describe('issue 13: text judged as users see it', () => {
  it('text of only white space, zero-width or bidi control characters is blank; any visible character is not', () => {
    for (const blank of ['', ' ', '\u200B', '\uFEFF', '\u200E\u200F', '\u202A\u202E\u2066\u2069', '\u00A0\u3000', '\u2800', '\u3164']) {
      expect(isBlankText(blank)).toBe(true);
    }
    for (const text of ['a', '\u200Ba', '·', '😀', 'Σ']) expect(isBlankText(text)).toBe(false);
  });

  it('arguments: blank strings become empty at any depth, the same objects come back when nothing changes', () => {
    const args = { input: { displayName: '\u200B', lines: [{ offerId: '\uFEFF' }], at: new Date(0) }, first: 1 };
    expect(blankingInvisibleText(args)).toEqual({ input: { displayName: '', lines: [{ offerId: '' }], at: new Date(0) }, first: 1 });
    const clean = { input: { displayName: 'Anna', lines: [] } };
    expect(blankingInvisibleText(clean)).toBe(clean);
  });

  it('country codes: assigned ISO 3166-1 alpha-2 codes only', () => {
    for (const code of ['IT', 'DE', 'GR', 'US', 'AX', 'SS']) expect(isIsoCountryCode(code)).toBe(true);
    for (const code of ['ZZ', 'XX', 'AA', 'QM', 'EU', 'UK', 'it', 'ITA', '']) expect(isIsoCountryCode(code)).toBe(false);
  });

  it('email: ASCII dot-atoms, IDN domains as xn--; Unicode forms, empty labels and stray dots are not addresses', () => {
    for (const email of ['anna@contoso.it', 'anna.rossi+it@mail.contoso.it', 'anna@xn--cntoso-jua.it']) expect(isWellFormedEmail(email)).toBe(true);
    for (const email of ['añna@contoso.it', 'anna@cöntoso.it', 'an..na@contoso.it', '.anna@contoso.it', 'anna.@contoso.it', 'anna@contoso',
      'anna@-contoso.it', `${'a'.repeat(250)}@x.it`]) {
      expect(isWellFormedEmail(email)).toBe(false);
    }
  });
});
