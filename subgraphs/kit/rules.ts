import { allow, and, deny, or, rule } from 'graphql-shield';
import type { AdminRole, AgentRole } from '../../platform/tokens.js';
import { DomainError } from './errors.js';
import type { Principal } from './principal.js';

interface WithPrincipal { principal: Principal | null }

type Rule = ReturnType<ReturnType<typeof rule>>;

/** G1: a valid access token. */
export const isAuthenticated = rule({ cache: 'contextual' })(
  (_parent, _args, ctx: WithPrincipal) => (ctx.principal ? true : new DomainError('UNAUTHENTICATED')),
);

/** G2: no temporary password pending. */
export const passwordFresh = rule({ cache: 'contextual' })(
  (_parent, _args, ctx: WithPrincipal) =>
    ctx.principal && !ctx.principal.mustChangePassword ? true : new DomainError('PASSWORD_CHANGE_REQUIRED'),
);

/**
 * G3's answer for a caller whose organization is not ACTIVE, or null when it is (R-23; the one mapping of the
 * shield rules and the live streams). REJECTED → ACCOUNT_REJECTED. Under review — ENROLLING,
 * PENDING_VERIFICATION — and SUSPENDED (the reviewer has the account again) → ACCOUNT_UNDER_REVIEW. A tenant
 * with no partner organization holds no partner role, so the matrix grants it nothing: NOT_AUTHORISED (R-50).
 */
export function organizationRefusal(principal: Principal | null): DomainError | null {
  const status = principal?.programStatus;
  if (principal?.partnerId && status === 'ACTIVE') return null;
  if (!principal?.partnerId || !status) return new DomainError('NOT_AUTHORISED');
  return new DomainError(status === 'REJECTED' ? 'ACCOUNT_REJECTED' : 'ACCOUNT_UNDER_REVIEW');
}

/** G3: the caller's partner organization is ACTIVE. */
export const orgActive = rule({ cache: 'contextual' })(
  (_parent, _args, ctx: WithPrincipal) => organizationRefusal(ctx.principal) ?? true,
);

const agentRules = new Map<AgentRole, Rule>();
const adminRules = new Map<AdminRole, Rule>();

/** The caller holds this agent role (one of the two levels, §4.2). */
export function agent(role: AgentRole): Rule {
  let found = agentRules.get(role);
  if (!found) {
    found = rule(`agent:${role}`, { cache: 'contextual' })(
      (_parent, _args, ctx: WithPrincipal) => ctx.principal?.agentRole === role,
    );
    agentRules.set(role, found);
  }
  return found;
}

/** The caller holds this admin role. */
export function admin(role: AdminRole): Rule {
  let found = adminRules.get(role);
  if (!found) {
    found = rule(`admin:${role}`, { cache: 'contextual' })(
      (_parent, _args, ctx: WithPrincipal) => ctx.principal?.adminRole === role,
    );
    adminRules.set(role, found);
  }
  return found;
}

/** Signed in with a fresh password: G1 ∧ G2 (G3 waived, e.g. I-01, P-01). */
export const signedIn = and(isAuthenticated, passwordFresh);

/** A matrix row: G1 ∧ G2 ∧ G3 ∧ (any of the granted roles). */
export function matrixRow(...grants: Rule[]) {
  return and(isAuthenticated, passwordFresh, orgActive, or(...grants));
}

export { allow, and, deny, or, rule };
