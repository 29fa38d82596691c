import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isBlankText, isUuid } from '../subgraphs/kit/values.js';

/** The exit status of a command line the script cannot run: unknown flag, missing value, malformed argument. */
export const USAGE_EXIT_CODE = 2;

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

/** Prints the command line's error and the usage to stderr and exits 2; rethrows anything else. */
export function usageFailed(usage: string, error: unknown): never {
  const parseError = typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS');
  if (!(error instanceof UsageError) && !parseError) throw error;
  process.stderr.write(`error: ${(error as Error).message}\n${usage}\n`);
  process.exit(USAGE_EXIT_CODE);
}

/** `value` of `--name` when it is a UUID; a UsageError naming the flag otherwise. */
export function uuidOption(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isUuid(value)) throw new UsageError(`--${name} must be a UUID, got "${value}"`);
  return value;
}

/** `value` of `--name` when it shows something (kit/values.ts isBlankText); a UsageError naming the flag otherwise. */
export function textOption(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && isBlankText(value)) throw new UsageError(`--${name} needs a value`);
  return value;
}
