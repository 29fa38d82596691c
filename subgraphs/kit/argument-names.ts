import { getNamedType, isInputObjectType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { DomainError } from './errors.js';

/**
 * Issue 13: every BAD_USER_INPUT names the argument it is about, as a path from the field's own arguments
 * (`input.displayName`, `lines[2].offerId`), in `extensions.argument` and in the message. Domain checks name the input
 * field they judged (`{ field: 'displayName' }`) or nothing; the field's argument definitions complete the path.
 */

/** The input field names of `path` (`draftEmail.body`, `lines[2].offerId`), list indexes dropped. */
const segmentsOf = (path: string) => path.split('.').map((segment) => segment.replace(/\[\d*\]$/, ''));

/** Whether `segments` are a path of input fields inside `type`. */
function holdsPath(type: GraphQLInputType, segments: readonly string[]): boolean {
  const named = getNamedType(type);
  if (!segments.length) return true;
  if (!isInputObjectType(named)) return false;
  const field = named.getFields()[segments[0]];
  return Boolean(field) && holdsPath(field.type, segments.slice(1));
}

const PAGING = new Set(['first', 'after']);

/**
 * The argument path of a client error raised while resolving `field`: `given` when it starts with one of the field's
 * arguments; prefixed with the one argument whose input type holds it; with nothing given, the field's only input
 * object argument, else its only argument besides `first` and `after`. Undefined when the arguments do not tell.
 */
export function argumentPathOf(field: GraphQLField<unknown, unknown>, given: string | undefined): string | undefined {
  if (given) {
    const segments = segmentsOf(given);
    if (field.args.some((argument) => argument.name === segments[0])) return given;
    const holders = field.args.filter((argument) => holdsPath(argument.type, segments));
    return holders.length === 1 ? `${holders[0].name}.${given}` : given;
  }
  const inputs = field.args.filter((argument) => isInputObjectType(getNamedType(argument.type)));
  if (inputs.length === 1) return inputs[0].name;
  const others = field.args.filter((argument) => !PAGING.has(argument.name));
  return others.length === 1 ? others[0].name : undefined;
}

/**
 * `error` naming its argument as a path from `field`'s arguments: a BAD_USER_INPUT DomainError without one, or with an
 * input field's name only, is raised again with the full path; any other error is returned as it is.
 */
export function namingArgument(field: GraphQLField<unknown, unknown>, error: unknown): unknown {
  if (!(error instanceof DomainError) || error.extensions.code !== 'BAD_USER_INPUT') return error;
  const given = (error.details.argument ?? error.details.field) as string | undefined;
  const path = argumentPathOf(field, given);
  if (!path || (path === error.details.argument && error.message.includes(`"${path}"`))) return error;
  return new DomainError(error.reason, { ...error.details, argument: path }, error.customMessage);
}
