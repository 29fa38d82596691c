import { randomUUID } from 'node:crypto';
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, Kind, parse,
  TypeInfo, valueFromASTUntyped, visit, visitWithTypeInfo,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';

/**
 * The schema-driven bad-input catalogue of issue 13: every argument of every Query and Mutation field (and of the
 * fields reachable from them), nested input fields and list items included, each with the bad values that fit its
 * type. Pure: builds the operations; test/e2e/bad-input.test.ts sends them through the gateway.
 */

/** Where a value sits inside a field's arguments: the argument, then input fields, `[]` for a list's item. */
export type InputPath = readonly string[];

/** One argument (or nested input field) and the type it has there. */
export interface InputSlot {
  path: InputPath;
  type: GraphQLInputType;
}

/** A bad value for one slot, and what kind of mistake it is (for reporting and counting). */
export interface BadValue {
  kind: string;
  value: unknown;
}

/** A field that takes arguments, and how to reach it from the root of an operation. */
export interface Target {
  /** `Type.field` */
  coordinate: string;
  operation: 'query' | 'mutation';
  /** the fields from the root down to the target, the target last */
  route: { field: GraphQLField<unknown, unknown>; parentType: GraphQLObjectType }[];
}

const LONG_STRING = 'x'.repeat(100_000);
const OVERSIZED_LIST_LENGTH = 10_000;
const FORGED_CURSORS = [
  Buffer.from(JSON.stringify(['contoso', 'not-a-uuid'])).toString('base64url'),
  Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000000Z', randomUUID()])).toString('base64url'),
  // the signed form with a made-up signature
  `${Buffer.from(JSON.stringify(['contoso', randomUUID()])).toString('base64url')}.${'A'.repeat(22)}`,
  'not a cursor',
];

/** The slots of one argument: itself, each nested input field, each list's item (input types may recurse). */
export function slotsOf(argument: GraphQLArgument): InputSlot[] {
  const slots: InputSlot[] = [];
  const walk = (type: GraphQLInputType, path: InputPath, seen: ReadonlySet<string>) => {
    slots.push({ path, type });
    const nullable = getNullableType(type);
    if (isListType(nullable)) return walk(nullable.ofType, [...path, '[]'], seen);
    if (isInputObjectType(nullable) && !seen.has(nullable.name)) {
      for (const field of Object.values(nullable.getFields())) walk(field.type, [...path, field.name], new Set([...seen, nullable.name]));
    }
  };
  walk(argument.type, [argument.name], new Set());
  return slots;
}

/** A valid-looking value of `type`, for the arguments a test does not aim at (required ones only, recursively). */
export function plausibleValue(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [];
  if (isEnumType(nullable)) return nullable.getValues()[0].name;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(Object.values(nullable.getFields())
      .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
      .map((field) => [field.name, plausibleValue(field.type)]));
  }
  switch (nullable.name) {
    case 'Int': case 'Float': return 1;
    case 'Boolean': return false;
    case 'DateTime': return new Date().toISOString();
    case 'ID': return randomUUID();
    default: return 'plausible';
  }
}

function namedBadValues(type: GraphQLNamedType, name: string): BadValue[] {
  if (isEnumType(type)) return [{ kind: 'unknown enum value', value: 'NOT_A_VALUE' }, { kind: 'wrong type', value: 7 }];
  if (isInputObjectType(type)) return [{ kind: 'wrong type', value: 'not an object' }];
  switch (type.name) {
    case 'Int': return [{ kind: 'wrong type', value: '10' }, { kind: 'non-integer', value: 1.5 },
      { kind: 'out of Int range', value: 2_147_483_648 }, { kind: 'negative', value: -1 }, { kind: 'too large', value: 1_000_000 }];
    case 'Float': return [{ kind: 'wrong type', value: 'ten' }];
    case 'Boolean': return [{ kind: 'wrong type', value: 'true' }];
    case 'DateTime': return [{ kind: 'impossible date', value: '2026-02-30T00:00:00Z' }, { kind: 'not a date-time', value: 'yesterday' },
      { kind: 'wrong type', value: 20260101 }];
    case 'ID': return [{ kind: 'malformed id', value: 'not-a-uuid' }, { kind: 'U+0000', value: `${randomUUID()}\u0000` },
      { kind: '100,000 characters', value: LONG_STRING }, { kind: 'wrong type', value: true }];
    default: return [{ kind: 'U+0000', value: 'Con\u0000toso' }, { kind: '100,000 characters', value: LONG_STRING },
      { kind: 'wrong type', value: 12345 },
      ...(name === 'after' ? FORGED_CURSORS.map((value) => ({ kind: 'forged cursor', value })) : [])];
  }
}

/** The catalogue's bad values that fit a slot's type (`null` into a non-null slot, oversized lists, …). */
export function badValuesFor(slot: InputSlot): BadValue[] {
  const values: BadValue[] = isNonNullType(slot.type) ? [{ kind: 'null into non-null', value: null }] : [];
  const nullable = getNullableType(slot.type);
  if (isListType(nullable)) {
    const item = plausibleValue(nullable.ofType);
    return [...values, { kind: `oversized list (${OVERSIZED_LIST_LENGTH} items)`, value: Array.from({ length: OVERSIZED_LIST_LENGTH }, () => item) }];
  }
  return [...values, ...namedBadValues(getNamedType(slot.type), slot.path[slot.path.length - 1])];
}

/** `base` with `value` placed at `path` (below the argument name); list items are the list's first element. */
export function withValueAt(base: unknown, path: InputPath, value: unknown, type: GraphQLInputType): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const nullable = getNullableType(type);
  if (head === '[]' && isListType(nullable)) {
    const list = Array.isArray(base) && base.length ? [...base] : [plausibleValue(nullable.ofType)];
    list[0] = withValueAt(list[0], rest, value, nullable.ofType);
    return list;
  }
  if (!isInputObjectType(nullable)) return value;
  const object = base && typeof base === 'object' && !Array.isArray(base) ? { ...(base as Record<string, unknown>) }
    : plausibleValue(nullable) as Record<string, unknown>;
  object[head] = withValueAt(object[head], rest, value, nullable.getFields()[head].type);
  return object;
}

/**
 * Argument values of every field coordinate used in `documents` (e.g. the permission matrix's own-organization
 * calls, which name real objects of the fixture world): the baseline a bad value replaces one part of.
 */
export function harvestArguments(schema: GraphQLSchema, documents: string[]): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  for (const document of documents) {
    const typeInfo = new TypeInfo(schema);
    visit(parse(document), visitWithTypeInfo(typeInfo, {
      [Kind.FIELD]: (node) => {
        const parent = typeInfo.getParentType();
        if (!parent || !node.arguments?.length) return;
        const coordinate = `${parent.name}.${node.name.value}`;
        const args = Object.fromEntries(node.arguments.map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]));
        found.set(coordinate, { ...args, ...found.get(coordinate) });
      },
    }));
  }
  return found;
}

/**
 * Every field that takes arguments, reachable from Query (up to `maxDepth` fields deep, each coordinate once, by
 * its shortest route) or on Mutation.
 */
export function targetsOf(schema: GraphQLSchema, maxDepth = 4): Target[] {
  const targets: Target[] = [];
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    if (field.args.length) targets.push({ coordinate: `Mutation.${field.name}`, operation: 'mutation', route: [{ field, parentType: mutation! }] });
  }
  const query = schema.getQueryType()!;
  const seen = new Set<string>();
  const extend = (route: Target['route']) => {
    const parentType = route.length ? getNamedType(route[route.length - 1].field.type) as GraphQLObjectType : query;
    return Object.values(parentType.getFields()).map((field) => [...route, { field, parentType }]);
  };
  let frontier: Target['route'][] = [[]];
  for (let depth = 1; depth <= maxDepth; depth += 1) {
    const next: Target['route'][] = [];
    for (const route of frontier.flatMap(extend)) {
      const { field, parentType } = route[route.length - 1];
      const coordinate = `${parentType.name}.${field.name}`;
      if (seen.has(coordinate) || field.name.startsWith('_')) continue;
      seen.add(coordinate);
      if (field.args.length) targets.push({ coordinate, operation: 'query', route });
      if (isObjectType(getNamedType(field.type))) next.push(route);
    }
    frontier = next;
  }
  return targets;
}

export interface BuiltOperation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One operation reaching `target` along its route, every argument of every field on the route passed as a variable:
 * the target's from `targetArgs`, the others from `baselineOf` (or a plausible value when required).
 */
export function buildOperation(target: Target, targetArgs: Record<string, unknown>,
  baselineOf: (coordinate: string) => Record<string, unknown>): BuiltOperation {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  let selection = '';
  const route = target.route;
  for (let index = route.length - 1; index >= 0; index -= 1) {
    const { field, parentType } = route[index];
    const coordinate = `${parentType.name}.${field.name}`;
    const given = index === route.length - 1 ? targetArgs : baselineOf(coordinate);
    const args = field.args.filter((arg) => arg.name in given || (isNonNullType(arg.type) && arg.defaultValue === undefined));
    const passed = args.map((arg) => {
      // the target's variables carry the argument's own name, so the error messages name it
      const variable = index === route.length - 1 ? arg.name : `${field.name}_${arg.name}_${index}`;
      definitions.push(`$${variable}: ${arg.type.toString()}`);
      variables[variable] = arg.name in given ? given[arg.name] : plausibleValue(arg.type);
      return `${arg.name}: $${variable}`;
    });
    const inner = selection || (isLeafType(getNamedType(field.type)) ? '' : '{ __typename }');
    selection = `${field.name}${passed.length ? `(${passed.join(', ')})` : ''} ${inner}`;
    if (index > 0) selection = `{ ${selection} }`;
  }
  const header = definitions.length ? `(${definitions.join(', ')})` : '';
  return { query: `${target.operation} BadInput${header} { ${selection} }`, variables };
}
