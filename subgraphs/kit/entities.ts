import {
  getNamedType, isObjectType, isUnionType, Kind, type GraphQLObjectType, type GraphQLSchema, type StringValueNode,
} from 'graphql';
import { clientErrorOfDatabase } from './database-errors.js';
import { DomainError } from './errors.js';
import { isUuid } from './values.js';

/**
 * The most representations one `_entities` call may carry. A gateway sends one entry per entity of a response
 * (duplicates included: DESIGN.md), and a response holds at most a few pages of 100; 1000 leaves room for that
 * while a direct caller cannot make one request load an unbounded number of rows.
 */
export const MAX_ENTITY_REPRESENTATIONS = 1000;

/** The key field sets of an entity type, from its `@key(fields:)` directives (top-level field names). */
function keysOf(type: GraphQLObjectType): string[][] {
  const nodes = [type.astNode, ...type.extensionASTNodes].flatMap((node) => node?.directives ?? []);
  return nodes.filter((directive) => directive.name.value === 'key').flatMap((directive) => {
    const fields = directive.arguments?.find((argument) => argument.name.value === 'fields')?.value;
    if (fields?.kind !== Kind.STRING) return [];
    // A nested key ("a { b }") is checked by its top-level field only: present and an object.
    return [(fields as StringValueNode).value.replace(/\{[^}]*\}/g, ' ').trim().split(/\s+/)];
  });
}

/** The client error for representation `index` when it is not one this subgraph can resolve, else null. */
function representationError(representation: unknown, index: number, entities: Map<string, { type: GraphQLObjectType; keys: string[][] }>) {
  const at = `representations[${index}]`;
  if (!representation || typeof representation !== 'object' || Array.isArray(representation)) {
    return new DomainError('INVALID_VALUE', { argument: at });
  }
  const fields = representation as Record<string, unknown>;
  const entity = typeof fields.__typename === 'string' ? entities.get(fields.__typename) : undefined;
  if (!entity) return new DomainError('INVALID_VALUE', { argument: `${at}.__typename` });
  const keys = entity.keys.length ? entity.keys : [['id']];
  const complete = keys.find((key) => key.every((name) => fields[name] !== undefined && fields[name] !== null));
  if (!complete) return new DomainError('REQUIRED_FIELD', { argument: `${at}.${keys[0].find((name) => fields[name] == null)}` });
  for (const name of complete) {
    const value = fields[name];
    const type = entity.type.getFields()[name]?.type;
    const isId = type && getNamedType(type).name === 'ID';
    if (isId && !isUuid(value)) return new DomainError('INVALID_ID', { argument: `${at}.${name}` });
    if (!isId && typeof value === 'object' && !isObjectType(type && getNamedType(type))) {
      return new DomainError('INVALID_VALUE', { argument: `${at}.${name}` });
    }
  }
  return null;
}

/**
 * Issue 13: `_entities` as a direct caller may call it. Before any reference resolver runs: at most
 * MAX_ENTITY_REPRESENTATIONS representations (TOO_MANY_ITEMS), each an object whose `__typename` is an entity of this
 * subgraph (INVALID_VALUE), with every field of one of its keys (REQUIRED_FIELD), ID key fields UUIDs (INVALID_ID);
 * every error names `representations[i].field`. Database refusals inside reference resolvers become client errors.
 * Wraps the field's resolver in place.
 */
export function guardEntities(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!field || !isUnionType(union)) return schema;
  const entities = new Map(union.getTypes().map((type) => [type.name, { type, keys: keysOf(type) }]));
  const resolve = field.resolve!;
  field.resolve = async (source, args, context, info) => {
    const representations = (args as { representations?: unknown }).representations;
    if (!Array.isArray(representations)) throw new DomainError('INVALID_VALUE', { argument: 'representations' });
    if (representations.length > MAX_ENTITY_REPRESENTATIONS) {
      throw new DomainError('TOO_MANY_ITEMS', { argument: 'representations', max: MAX_ENTITY_REPRESENTATIONS });
    }
    for (const [index, representation] of representations.entries()) {
      const error = representationError(representation, index, entities);
      if (error) throw error;
    }
    try {
      return await resolve(source, args, context, info);
    } catch (error) {
      throw clientErrorOfDatabase(error) ?? error;
    }
  };
  return schema;
}
