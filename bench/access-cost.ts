import { generateKeyPair } from 'jose';
import { AccessState } from '../platform/access-state.js';
import { AccessView, emptyAccessChange, type AccessEvent } from '../platform/access-view.js';
import type { EventFeed } from '../platform/event-feed.js';
import { createLogger } from '../platform/logger.js';
import { createTokenSigner, createTokenVerifier, type AccessClaims } from '../platform/tokens.js';
import { authenticate } from '../subgraphs/kit/principal.js';

/** What one access-state lookup costs, in nanoseconds per call, beside the same loop without it. */
export interface LookupCost {
  facts: number;
  withoutNs: number;
  unchangedNs: number;
  changedNs: number;
}

/** What judging a request's token costs a subgraph, in microseconds: verification alone, and with the judgement. */
export interface AuthenticationCost {
  verifyUs: number;
  authenticateUs: number;
}

const claimsOf = (n: number, ver: number): AccessClaims => ({
  sub: `user-${n}`, tid: `org-${n % 2000}`, pid: `org-${n % 2000}`, pst: 'ACTIVE', agr: 'ADMIN_AGENT', adr: 'NONE',
  mcp: false, tga: false, sid: `session-${n}`, ver, oev: 1_000_000,
});

/** The events of a busy token lifetime: 10 000 users' roles changed, 1 000 sessions ended, 2 000 organizations changed. */
function busyEvents(): AccessEvent[] {
  const occurredAt = new Date();
  const identity = (id: number, type: string, payload: Record<string, unknown>): AccessEvent =>
    ({ producer: 'identity', id: String(id), type, payload, occurredAt });
  return [
    ...Array.from({ length: 10_000 }, (_, n) => identity(n + 1, 'PartnerUserRolesChanged', { user: {
      id: `user-${n}`, agentRole: 'HELPDESK_AGENT', adminRole: 'NONE', state: 'ACTIVE', mustChangePassword: false,
      accessVersion: 5, sessionsValidFrom: 0 } })),
    ...Array.from({ length: 1000 }, (_, n) => identity(10_001 + n, 'SessionRevoked', { session: { id: `ended-${n}`, userId: `user-${n}` } })),
    ...Array.from({ length: 2000 }, (_, n): AccessEvent => ({ producer: 'partners', id: String(n + 1), type: 'PartnerProfileChanged',
      payload: { organization: { id: `org-${n}`, programStatus: 'ACTIVE' } }, occurredAt })),
  ];
}

/** An outbox feed serving `events` once: what the access state of an in-process measurement loads at start. */
function feedOf(events: AccessEvent[]): EventFeed {
  return {
    positionAt: async () => '0',
    read: async (producer, afterId, max) => events.filter((event) => event.producer === producer)
      .slice(Number(afterId), Number(afterId) + max),
    follow: async () => undefined,
    close: async () => undefined,
  };
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
  const view = new AccessView();
  const change = emptyAccessChange();
  for (const event of busyEvents()) view.apply(event, change);
  const unchanged = Array.from({ length: 1024 }, (_, n) => claimsOf(20_000 + n, 0));
  const changed = Array.from({ length: 1024 }, (_, n) => ({ ...claimsOf(1000 + n, 0), oev: 0 }));
  return {
    facts: view.size,
    withoutNs: nanosPerCall(unchanged, (claims) => claims, rounds),
    unchangedNs: nanosPerCall(unchanged, (claims) => view.currentClaims(claims), rounds),
    changedNs: nanosPerCall(changed, (claims) => view.currentClaims(claims), rounds),
  };
}

/**
 * A subgraph's per-request path (kit/principal.ts authenticate): the EdDSA verification every request already
 * paid, then the whole judgement on an access state as busy as lookupCost's.
 */
export async function authenticationCost(rounds = 20_000): Promise<AuthenticationCost> {
  const keys = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const config = { issuer: 'bench', audience: 'bench', accessTokenTtlSeconds: 900, refreshTokenTtlSeconds: 3600 };
  const { token } = await createTokenSigner({ ...keys, development: true }, config).signAccessToken(claimsOf(1, 0));
  const verifier = createTokenVerifier({ publicKey: keys.publicKey, development: true }, config);
  const access = new AccessState({ feed: feedOf(busyEvents()), logger: createLogger('bench', 'silent'),
    accessTokenTtlSeconds: 900, marginSeconds: 60, waitMs: 1000, pollMs: 60_000 });
  await access.start();
  const time = async (work: () => Promise<unknown>) => {
    for (let warm = 0; warm < 2000; warm += 1) await work();
    const started = process.hrtime.bigint();
    for (let i = 0; i < rounds; i += 1) await work();
    return Number(process.hrtime.bigint() - started) / rounds / 1000;
  };
  const result = {
    verifyUs: await time(() => verifier.verifyAccessToken(token)),
    authenticateUs: await time(() => authenticate(`Bearer ${token}`, verifier, access)),
  };
  await access.stop();
  return result;
}
