import { GraphQLObjectType, isIntrospectionType, isObjectType, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, shield, type IRules } from 'graphql-shield';
import { DomainError } from './errors.js';

type ReferenceResolver = (...args: unknown[]) => unknown;
type WithReference = GraphQLObjectType & { resolveReference?: ReferenceResolver };

/** What every subgraph must allow so the gateway can read its SDL and resolve entity references (§4.5). */
function withFederationRules(rules: IRules): IRules {
  const own = rules as Record<string, Record<string, unknown>>;
  return { ...own, Query: { ...own.Query, _service: allow, _entities: allow }, _Service: allow } as IRules;
}

/**
 * Applies graphql-shield default-deny: a field no rule allows is denied with FORBIDDEN / NOT_AUTHORISED.
 * `applyMiddleware` can drop `__resolveReference` on some versions, so the reference resolvers are
 * carried over explicitly.
 */
export function protectSchema(schema: GraphQLSchema, rules: IRules): GraphQLSchema {
  const references = new Map<string, ReferenceResolver>();
  for (const type of Object.values(schema.getTypeMap())) {
    const resolver = (type as WithReference).resolveReference;
    if (isObjectType(type) && resolver) references.set(type.name, resolver);
  }
  const permissions = shield(withFederationRules(rules), {
    fallbackRule: deny,
    fallbackError: () => new DomainError('NOT_AUTHORISED'),
    allowExternalErrors: true,
    debug: false,
  });
  const protectedSchema = applyMiddleware(schema, permissions);
  unwrapAllowedFields(schema, protectedSchema, withFederationRules(rules));
  for (const [name, resolver] of references) {
    const type = protectedSchema.getType(name) as WithReference;
    if (!type.resolveReference) type.resolveReference = resolver;
  }
  return protectedSchema;
}

/** The rule graphql-shield applies to `type.field`: the type's rule, else the field's, else the type's `*`, else deny. */
function ruleOf(rules: IRules, type: string, field: string): unknown {
  const typeRules = (rules as Record<string, unknown>)[type];
  if (!typeRules || Object.getPrototypeOf(typeRules) !== Object.prototype) return typeRules ?? deny;
  const fields = typeRules as Record<string, unknown>;
  return fields[field] ?? fields['*'] ?? deny;
}

/**
 * Gives each field whose rule is `allow` its own resolver back (issue 16): the shield's wrapper around it would
 * await a rule that always says yes and pass errors on unchanged, at a cost for each of a page's hundreds of fields.
 * Every other field keeps the shield, default-deny included. Subscription fields are left as they are.
 */
function unwrapAllowedFields(schema: GraphQLSchema, protectedSchema: GraphQLSchema, rules: IRules) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type) || type === schema.getSubscriptionType()) continue;
    const protectedFields = (protectedSchema.getType(type.name) as GraphQLObjectType).getFields();
    for (const [name, field] of Object.entries(type.getFields())) {
      if (ruleOf(rules, type.name, name) === allow) protectedFields[name].resolve = field.resolve;
    }
  }
}

/** Rules for types that only carry what an already-authorized field returned (connections, edges, payloads). */
export function structuralTypes(...names: string[]): IRules {
  return Object.fromEntries(names.map((name) => [name, allow])) as IRules;
}
