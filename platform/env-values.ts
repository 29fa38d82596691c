/**
 * The one integer setting parser: `name` unset or empty gives `fallback`; otherwise it must be an integer of at
 * least `least` (0: "non-negative", 1: "positive"), else throws `NAME must be a … integer, got "…"`.
 */
export function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, least: 0 | 1 = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < least) {
    throw new Error(`${name} must be a ${least ? 'positive' : 'non-negative'} integer, got "${raw}"`);
  }
  return value;
}
