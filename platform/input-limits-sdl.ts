import { Kind, visit, type ConstDirectiveNode, type DocumentNode, type TypeNode } from 'graphql';

/**
 * `@constraint` in a subgraph SDL (schema/*.graphql) declares, once per argument or input field, the most it may hold:
 * `maxLength` characters of a String (or of each String of a list), `maxItems` items of a list, the range `min`…`max`
 * of an Int (refused with `reason`, a domain reason of subgraphs/kit/errors.ts, else NUMBER_OUT_OF_RANGE), and for an
 * ID its `format` ("uuid", the default, or "event-id"). The subgraphs enforce it (subgraphs/kit/input-limits.ts); this module
 * reads it and writes it into the descriptions clients see, in the subgraph's schema and in the composed supergraph.
 */

export const CONSTRAINT_DIRECTIVE = 'constraint';

export interface Constraint {
  maxLength?: number;
  maxItems?: number;
  /** smallest Int accepted */
  min?: number;
  /** largest Int accepted */
  max?: number;
  /** the domain reason an Int out of range is refused with */
  reason?: string;
  format?: string;
}

/** The `@constraint` arguments of an argument or input field's SDL definition (none: `{}`). */
export function constraintOf(directives: readonly ConstDirectiveNode[] | undefined): Constraint {
  const directive = directives?.find((node) => node.name.value === CONSTRAINT_DIRECTIVE);
  const constraint: Record<string, number | string> = {};
  for (const argument of directive?.arguments ?? []) {
    const { value } = argument;
    if (value.kind === Kind.INT) constraint[argument.name.value] = Number(value.value);
    if (value.kind === Kind.STRING) constraint[argument.name.value] = value.value;
  }
  return constraint as Constraint;
}

const isList = (type: TypeNode): boolean => (type.kind === Kind.NON_NULL_TYPE ? isList(type.type) : type.kind === Kind.LIST_TYPE);

/** The sentence that states a constraint's limits ("At most 256 characters."), or null when it sets none. */
export function limitSentence(constraint: Constraint, type: TypeNode): string | null {
  const { maxLength, maxItems, min, max } = constraint;
  if (min !== undefined && max !== undefined) return `From ${min} to ${max}.`;
  if (isList(type) && maxItems !== undefined) {
    return `At most ${maxItems} items${maxLength !== undefined ? `, each at most ${maxLength} characters` : ''}.`;
  }
  return maxLength !== undefined ? `At most ${maxLength} characters.` : null;
}

/** `document` with each constrained argument and input field's limits appended to its description (idempotent). */
export function describeInputLimits(document: DocumentNode): DocumentNode {
  return visit(document, {
    InputValueDefinition(node) {
      const sentence = limitSentence(constraintOf(node.directives), node.type);
      const text = node.description?.value.trim() ?? '';
      if (!sentence || text.endsWith(sentence)) return undefined;
      const value = text ? `${/[.!?]$/.test(text) ? text : `${text}.`} ${sentence}` : sentence;
      return { ...node, description: { kind: Kind.STRING, value, block: node.description?.block ?? false } };
    },
  });
}
