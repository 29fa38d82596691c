import {
  defaultFieldResolver, Kind, parse, getNullableType, isInputObjectType, isListType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { constraintOf, type Constraint } from '../../platform/input-limits-sdl.js';
import { clientErrorOfDatabase } from './database-errors.js';
import { namingArgument } from './argument-names.js';
import { DomainError, REASONS, type Reason } from './errors.js';
import { hasInvalidCharacters, isBlankText, isUuid } from './values.js';
import { InvalidDateTime } from './scalars.js';

/**
 * Issue 13 kinds 2–4: every argument and input field is checked, generically, before its resolver runs. The limits
 * are declared once per argument in the subgraph SDL with `@constraint` (schema/*.graphql) and stated in the public
 * schema's descriptions by `describeInputLimits` (platform/input-limits-sdl.ts):
 * - String: at most `maxLength` characters (Unicode code points), no U+0000 (PostgreSQL cannot store it) and no
 *   unpaired surrogate (it would be stored as U+FFFD) → VALUE_TOO_LONG, INVALID_CHARACTERS;
 * - list: at most `maxItems` items → TOO_MANY_ITEMS; its items are checked like the list's own type;
 * - ID: a UUID, or with `format: "event-id"` an event id (1–18 digits). A malformed id given as a field's own
 *   argument names the thing to read or change: NOT_FOUND / UNKNOWN_ID, as an unknown id is. Inside an input object
 *   or a list, or as a subscription's filter, it is BAD_USER_INPUT / INVALID_ID; a malformed event id INVALID_EVENT_ID;
 * - DateTime: an RFC 3339 date-time that exists (scalars.ts) → INVALID_DATE_TIME;
 * - Int: from `min` to `max` → the constraint's `reason` (e.g. PAGE_SIZE_OUT_OF_RANGE), else NUMBER_OUT_OF_RANGE.
 * A subgraph whose SDL leaves a String, a list or an Int without its limit does not build.
 */

const EVENT_ID = /^\d{1,18}$/;
const ID_FORMATS = new Set(['uuid', 'event-id']);

/** Code points, counted only when the UTF-16 length could exceed the limit. */
function characterCount(text: string, max: number): number {
  return text.length <= max ? text.length : [...text].length;
}

/** Throws the client error for `value` at `path`, when it breaks the rules of its type and constraint. */
type Check = (value: unknown, path: string) => void;

/** Where an ID sits: a field's own argument names a thing; elsewhere it is a reference or a filter. */
type IdRole = 'entity' | 'reference';

interface Compiler { missing: Set<string> }

function stringCheck(max: number): Check {
  return (value, path) => {
    if (typeof value !== 'string') return;
    if (hasInvalidCharacters(value)) throw new DomainError('INVALID_CHARACTERS', { argument: path });
    if (characterCount(value, max) > max) throw new DomainError('VALUE_TOO_LONG', { argument: path, max });
  };
}

/**
 * Throws the client error for text given outside the graph (an operator script's `--title`) under a limit the SDL
 * declares (declaredMaxLength): INVALID_CHARACTERS (U+0000, an unpaired surrogate) or VALUE_TOO_LONG naming `argument`.
 */
export function checkText(value: string | undefined, max: number, argument: string): void {
  stringCheck(max)(value, argument);
}

/**
 * The `maxLength` that `sdl` (a subgraph's schema/*.graphql) declares with `@constraint` for `coordinate`: an input
 * field `"Input.field"` or a field's argument `"Type.field(argument)"`. Throws when the SDL declares none, so that a
 * limit used outside the graph cannot silently disappear.
 */
export function declaredMaxLength(sdl: string, coordinate: string): number {
  const match = /^(\w+)\.(\w+)(?:\((\w+)\))?$/.exec(coordinate);
  if (!match) throw new Error(`not a schema coordinate: ${coordinate}`);
  const [, typeName, fieldName, argumentName] = match;
  for (const definition of parse(sdl).definitions) {
    if (!('name' in definition) || definition.name?.value !== typeName || !('fields' in definition)) continue;
    for (const field of definition.fields ?? []) {
      if (field.name.value !== fieldName) continue;
      const node = argumentName === undefined
        ? (field.kind === Kind.INPUT_VALUE_DEFINITION ? field : undefined)
        : field.kind === Kind.FIELD_DEFINITION ? field.arguments?.find((argument) => argument.name.value === argumentName) : undefined;
      const max = node ? constraintOf(node.directives).maxLength : undefined;
      if (max !== undefined) return max;
    }
  }
  throw new Error(`no @constraint(maxLength:) for ${coordinate}`);
}

function idCheck(format: string, role: IdRole): Check {
  return (value, path) => {
    if (typeof value !== 'string') return;
    if (format === 'event-id') {
      if (!EVENT_ID.test(value)) throw new DomainError('INVALID_EVENT_ID', { argument: path });
    } else if (!isUuid(value)) {
      throw new DomainError(role === 'entity' ? 'UNKNOWN_ID' : 'INVALID_ID', { argument: path });
    }
  };
}

function rangeCheck(min: number, max: number, reason: Reason): Check {
  return (value, path) => {
    if (typeof value === 'number' && (value < min || value > max)) throw new DomainError(reason, { argument: path, min, max });
  };
}

/** An Int's range check; a missing bound or an unknown reason is a build error. */
function intCheck(constraint: Constraint, where: string, compiler: Compiler): Check {
  const { min, max } = constraint;
  const reason = (constraint.reason ?? 'NUMBER_OUT_OF_RANGE') as Reason;
  if (min === undefined || max === undefined) compiler.missing.add(`${where}: an Int needs @constraint(min:, max:)`);
  if (!(reason in REASONS)) compiler.missing.add(`${where}: unknown reason "${reason}"`);
  return rangeCheck(min ?? Number.MIN_SAFE_INTEGER, max ?? Number.MAX_SAFE_INTEGER, reason);
}

const dateTimeCheck: Check = (value, path) => {
  if (value instanceof InvalidDateTime) throw new DomainError('INVALID_DATE_TIME', { argument: path });
};

/** The check of one input type under a constraint, or null when nothing can be wrong with it; `where` names it in build errors. */
function compile(type: GraphQLInputType, constraint: Constraint, role: IdRole, where: string, compiler: Compiler): Check | null {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const max = constraint.maxItems;
    if (max === undefined) compiler.missing.add(`${where}: a list needs @constraint(maxItems:)`);
    const item = compile(nullable.ofType, constraint, 'reference', `${where}[]`, compiler);
    return (value, path) => {
      if (!Array.isArray(value)) return;
      if (max !== undefined && value.length > max) throw new DomainError('TOO_MANY_ITEMS', { argument: path, max });
      if (item) value.forEach((element, index) => item(element, `${path}[${index}]`));
    };
  }
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).flatMap((field: GraphQLInputField) => {
      const check = compile(field.type, constraintOf(field.astNode?.directives), 'reference', `${nullable.name}.${field.name}`, compiler);
      return check ? [[field.name, check] as const] : [];
    });
    if (!fields.length) return null;
    return (value, path) => {
      if (!value || typeof value !== 'object') return;
      for (const [name, check] of fields) check((value as Record<string, unknown>)[name], `${path}.${name}`);
    };
  }
  if (!isScalarType(nullable)) return null;
  if (nullable.name === 'String') {
    if (constraint.maxLength === undefined) compiler.missing.add(`${where}: a String needs @constraint(maxLength:)`);
    return stringCheck(constraint.maxLength ?? Number.MAX_SAFE_INTEGER);
  }
  if (nullable.name === 'ID') {
    const format = constraint.format ?? 'uuid';
    if (!ID_FORMATS.has(format)) compiler.missing.add(`${where}: unknown id format "${format}"`);
    return idCheck(format, role);
  }
  if (nullable.name === 'Int') return intCheck(constraint, where, compiler);
  return nullable.name === 'DateTime' ? dateTimeCheck : null;
}

/** One check for all arguments of a field, or null when none needs one. */
function argumentsCheck(
  field: GraphQLField<unknown, unknown>, role: IdRole, where: string, compiler: Compiler,
): ((args: Record<string, unknown>) => void) | null {
  const checks = field.args.flatMap((argument: GraphQLArgument) => {
    const check = compile(argument.type, constraintOf(argument.astNode?.directives), role, `${where}(${argument.name})`, compiler);
    return check ? [[argument.name, check] as const] : [];
  });
  if (!checks.length) return null;
  return (args) => {
    for (const [name, check] of checks) check(args[name], name);
  };
}

/**
 * A resolver's result with PostgreSQL's refusals of client input turned into client errors (database-errors.ts), and
 * every client error naming its argument as a path from `field`'s arguments (argument-names.ts).
 */
function mappingClientErrors<T>(field: GraphQLField<unknown, unknown>, run: () => T): T {
  const backstop = (error: unknown) => { throw namingArgument(field, clientErrorOfDatabase(error) ?? error); };
  try {
    const result = run();
    return result instanceof Promise ? result.catch(backstop) as T : result;
  } catch (error) {
    return backstop(error);
  }
}

/** Whether `value` is an input object as graphql-js coerces it (not a Date or another scalar's value). */
const isInputObject = (value: object) => {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * `value` with every string that shows nothing (only white space, zero-width or bidi control characters: isBlankText)
 * made empty, so each field's own rule treats it as it treats an empty value (REQUIRED_FIELD, or no search); the same
 * object when there is none.
 */
export function blankingInvisibleText<T>(value: T): T {
  if (typeof value === 'string') return (value !== '' && isBlankText(value) ? '' : value) as T;
  if (Array.isArray(value)) {
    const items = value.map(blankingInvisibleText);
    return (items.some((item, index) => item !== value[index]) ? items : value) as T;
  }
  if (value && typeof value === 'object' && isInputObject(value)) {
    const entries = Object.entries(value).map(([key, item]) => [key, blankingInvisibleText(item)] as const);
    return (entries.some(([key, item]) => item !== (value as Record<string, unknown>)[key]) ? Object.fromEntries(entries) : value) as T;
  }
  return value;
}

/**
 * Wraps, in place, the resolver (or a subscription's `subscribe`) of every field that takes arguments: its arguments
 * are checked before it runs, strings that show nothing are made empty, database refusals of input it passed on become
 * client errors, and every client error names its argument. Run on the
 * subgraph schema before graphql-shield, so permission errors come first. Throws, listing them, when an argument or
 * input field has no declared limit.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  const compiler: Compiler = { missing: new Set() };
  const subscriptionType = schema.getSubscriptionType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('_') || !field.args.length) continue;
      const isSubscription = type === subscriptionType;
      const check = argumentsCheck(field, isSubscription ? 'reference' : 'entity', `${type.name}.${field.name}`, compiler)
        ?? (() => undefined);
      if (isSubscription && field.subscribe) {
        const subscribe = field.subscribe;
        field.subscribe = (source, given, context, info) => mappingClientErrors(field, () => {
          check(given);
          return subscribe(source, blankingInvisibleText(given), context, info);
        });
        continue;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, given, context, info) => {
        check(given);
        const args = blankingInvisibleText(given);
        return mappingClientErrors(field, () => resolve(source, args, context, info));
      };
    }
  }
  if (compiler.missing.size) throw new Error(`input limits missing in the SDL:\n${[...compiler.missing].join('\n')}`);
  return schema;
}
