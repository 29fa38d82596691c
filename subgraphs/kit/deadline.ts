/**
 * `x-request-deadline: <epoch ms>`: until when the gateway awaits this request's answer (gateway/upstreams.ts sets it
 * on every subgraph fetch but a subscription's). Work past it is refused and a transaction that could only commit
 * after it is rolled back (kit/database.ts), so that the client, told SERVICE_UNAVAILABLE, is not wrong about it.
 * Assumes the gateway's and the subgraph's clocks agree (NTP); README "Errors".
 */
export const DEADLINE_HEADER = 'x-request-deadline';

/** The furthest ahead a deadline may lie: a later one is read as now + 10 minutes. */
export const MAX_DEADLINE_AHEAD_MS = 10 * 60_000;

/**
 * The deadline a request carries, in epoch milliseconds, clamped to at most `now + MAX_DEADLINE_AHEAD_MS`; undefined
 * when there is none or it is not a plain integer (ignored, not refused: a direct caller may send anything).
 */
export function deadlineOf(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value || !/^\d{1,16}$/.test(value)) return undefined;
  return Math.min(Number(value), now + MAX_DEADLINE_AHEAD_MS);
}

/** Whether `deadline` (epoch ms, or none) has passed. */
export const deadlinePassed = (deadline: number | undefined, now = Date.now()): boolean => deadline !== undefined && now >= deadline;
