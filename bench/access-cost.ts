import { AccessView, emptyAccessChange } from '../platform/access-view.js';
import type { AccessClaims } from '../platform/tokens.js';

/** What one access-state lookup costs, in nanoseconds per call, beside the same loop without it. */
export interface LookupCost {
  facts: number;
  withoutNs: number;
  unchangedNs: number;
  changedNs: number;
}

const claimsOf = (n: number, ver: number): AccessClaims => ({
  sub: `user-${n}`, tid: `org-${n % 2000}`, pid: `org-${n % 2000}`, pst: 'ACTIVE', agr: 'ADMIN_AGENT', adr: 'NONE',
  mcp: false, tga: false, sid: `session-${n}`, ver, oev: 1_000_000,
});

/** A view as a busy token lifetime leaves it: 10 000 users changed, 2 000 organizations, 1 000 sessions ended. */
function busyView(): AccessView {
  const view = new AccessView();
  const change = emptyAccessChange();
  const occurredAt = new Date();
  let id = 0;
  for (let n = 0; n < 10_000; n += 1) {
    view.apply({ producer: 'identity', id: String((id += 1)), type: 'PartnerUserRolesChanged', occurredAt, payload: { user: {
      id: `user-${n}`, agentRole: 'HELPDESK_AGENT', adminRole: 'NONE', state: 'ACTIVE', mustChangePassword: false,
      accessVersion: 5, sessionsValidFrom: 0 } } }, change);
  }
  for (let n = 0; n < 1000; n += 1) {
    view.apply({ producer: 'identity', id: String((id += 1)), type: 'SessionRevoked', occurredAt,
      payload: { session: { id: `ended-${n}`, userId: `user-${n}` } } }, change);
  }
  for (let n = 0; n < 2000; n += 1) {
    view.apply({ producer: 'partners', id: String(n + 1), type: 'PartnerProfileChanged', occurredAt,
      payload: { organization: { id: `org-${n}`, programStatus: 'ACTIVE' } } }, change);
  }
  return view;
}

function nanosPerCall(tokens: AccessClaims[], judge: (claims: AccessClaims) => AccessClaims | null, rounds: number): number {
  let sink = 0;
  for (let warm = 0; warm < 100_000; warm += 1) if (judge(tokens[warm % tokens.length])) sink += 1;
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i += 1) if (judge(tokens[i % tokens.length])) sink += 1;
  const elapsed = Number(process.hrtime.bigint() - started);
  if (sink < 0) console.log(sink);
  return elapsed / rounds;
}

/**
 * The per-request work of continuous access evaluation, in this process: `currentClaims` on a busy view for
 * tokens nothing changed for (two map lookups, the usual case) and for tokens whose user and organization
 * changed (lookups and a copy), against the same loop returning the claims untouched.
 */
export function lookupCost(rounds = 3_000_000): LookupCost {
  const view = busyView();
  const unchanged = Array.from({ length: 1024 }, (_, n) => claimsOf(20_000 + n, 0));
  const changed = Array.from({ length: 1024 }, (_, n) => claimsOf(1000 + n, 0)).map((claims) => ({ ...claims, oev: 0 }));
  return {
    facts: view.size,
    withoutNs: nanosPerCall(unchanged, (claims) => claims, rounds),
    unchangedNs: nanosPerCall(unchanged, (claims) => view.currentClaims(claims), rounds),
    changedNs: nanosPerCall(changed, (claims) => view.currentClaims(claims), rounds),
  };
}
