import type { AdminRole, AgentRole } from '../../platform/tokens.js';
import { DomainError, type Reason } from './errors.js';
import type { Principal } from './principal.js';

/**
 * A column of the DOMAIN.md §4.3 matrix: an agent role, an admin role, or NONE — the "No role" column, a user
 * whose two levels are both NONE (§4.2).
 */
export type Role = AgentRole | AdminRole;

/** The six columns of §4.3, in its order: what a grant lists and what the matrix test plays. */
export const ROLES = ['ADMIN_AGENT', 'HELPDESK_AGENT', 'GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN', 'BILLING_ADMIN', 'NONE'] as const;

// Every role of platform/tokens.ts is a column: adding one there fails here until the matrix has it.
const everyRoleIsAColumn: Exclude<Role, (typeof ROLES)[number]> extends never ? true : never = true;
void everyRoleIsAColumn;

/** The two levels a user holds (§4.2): what a grant is checked against. */
export interface Roles {
  agentRole: AgentRole;
  adminRole: AdminRole;
}

/**
 * One entry of a subgraph's authorization table: who may run a §4.3 row or subscribe to a §5 stream, as data.
 * The shield rule (kit/rules.ts `grantRule`), the subscribe-time check (kit/live-field.ts) and per-row checks
 * (`holds`) all read it through `grantRefusal`, the one implementation of the guards.
 */
export interface Grant {
  /**
   * the DOMAIN.md ids it implements: §4.3 rows ('P-02'), §5 subscriptions by field — who may subscribe
   * ('§5 partnershipChanged') — and §5 events by type — whom each event is for ('§5 PartnerOrganizationActivated')
   */
  readonly rows: readonly string[];
  /** the columns that hold it: effective permission = grant(agentRole) OR grant(adminRole) (§4.2) */
  readonly roles: readonly Role[];
  /** G2, no temporary password pending; default true, waived only by I-01 and I-02 */
  readonly passwordFresh?: boolean;
  /** G3, the caller's organization is ACTIVE; default true, waived where the row says so (P-01, P-03) */
  readonly organizationActive?: boolean;
  /** the reason when no column holds it; default NOT_AUTHORISED (P-10: GLOBAL_ADMIN_REQUIRED, S-16) */
  readonly refusal?: Reason;
}

/**
 * G3's answer for a caller whose organization is not ACTIVE, or null when it is (R-23). REJECTED →
 * ACCOUNT_REJECTED. Under review — ENROLLING, PENDING_VERIFICATION — and SUSPENDED (the reviewer has the account
 * again) → ACCOUNT_UNDER_REVIEW. A tenant with no partner organization holds no partner role, so the matrix
 * grants it nothing: NOT_AUTHORISED (R-50).
 */
export function organizationRefusal(principal: Principal | null): DomainError | null {
  const status = principal?.programStatus;
  if (principal?.partnerId && status === 'ACTIVE') return null;
  if (!principal?.partnerId || !status) return new DomainError('NOT_AUTHORISED');
  return new DomainError(status === 'REJECTED' ? 'ACCOUNT_REJECTED' : 'ACCOUNT_UNDER_REVIEW');
}

/**
 * Whether these roles hold the grant, the guards aside (§4.2): either level is one of its columns, or both levels
 * are NONE and it lists NONE. False for no principal. For checks on a row or an event (P-03, §5 audiences).
 */
export function holds(roles: Roles | null | undefined, grant: Grant): boolean {
  if (!roles) return false;
  const { agentRole, adminRole } = roles;
  if (agentRole === 'NONE' && adminRole === 'NONE') return grant.roles.includes('NONE');
  return [agentRole, adminRole].some((role) => role !== 'NONE' && grant.roles.includes(role));
}

/**
 * Why the principal may not use the grant, or null when it may: the guards in order — G1 UNAUTHENTICATED,
 * G2 PASSWORD_CHANGE_REQUIRED, G3 `organizationRefusal` — then the columns (`grant.refusal`, default
 * NOT_AUTHORISED). The one judgement of the shield rules and the live streams (§4.2, §4.5 "Subscriptions").
 */
export function grantRefusal(principal: Principal | null, grant: Grant): DomainError | null {
  if (!principal) return new DomainError('UNAUTHENTICATED');
  if ((grant.passwordFresh ?? true) && principal.mustChangePassword) return new DomainError('PASSWORD_CHANGE_REQUIRED');
  const organization = (grant.organizationActive ?? true) ? organizationRefusal(principal) : null;
  if (organization) return organization;
  return holds(principal, grant) ? null : new DomainError(grant.refusal ?? 'NOT_AUTHORISED');
}

/** `grantRefusal` as an assertion: throws its DomainError, else the principal is known to be signed in. */
export function assertGrant(principal: Principal | null, grant: Grant): asserts principal is Principal {
  const refusal = grantRefusal(principal, grant);
  if (refusal) throw refusal;
}
