import { allow, and, deny, or, rule } from 'graphql-shield';
import { grantRefusal, ROLES, type Grant } from './authorization.js';
import { DomainError, type Reason } from './errors.js';
import type { Principal } from './principal.js';

interface WithPrincipal { principal: Principal | null }

type Rule = ReturnType<ReturnType<typeof rule>>;

const rulesByGrant = new WeakMap<Grant, Rule>();
let ruleCount = 0;

/**
 * The graphql-shield rule of a grant of a subgraph's authorization table: `grantRefusal` (G1, G2, G3, then the
 * roles) answered once per request (`cache: 'contextual'`), the same rule object for the same grant.
 */
export function grantRule(grant: Grant): Rule {
  let found = rulesByGrant.get(grant);
  if (!found) {
    // Shield caches contextual answers by rule name: one name per grant object.
    found = rule(`grant#${ruleCount++}:${grant.rows.join(',')}`, { cache: 'contextual' })(
      (_parent, _args, ctx: WithPrincipal) => grantRefusal(ctx.principal, grant) ?? true,
    );
    rulesByGrant.set(grant, found);
  }
  return found;
}

/** The shield rules of a subgraph's authorization table, by the table's names (`grantRule` of each entry). */
export function grantRules<Table extends Record<string, Grant>>(table: Table): { [Name in keyof Table]: Rule } {
  return Object.fromEntries(Object.entries(table).map(([name, grant]) => [name, grantRule(grant)])) as { [Name in keyof Table]: Rule };
}

/** G1 alone: a valid access token (I-01, I-02: G2 and G3 waived). */
export const isAuthenticated = grantRule({ rows: ['G1'], roles: ROLES, passwordFresh: false, organizationActive: false });

/** Signed in with a fresh password: G1 ∧ G2 (G3 waived, e.g. P-01 and the enrollment creator). */
export const signedIn = grantRule({ rows: ['G1', 'G2'], roles: ROLES, organizationActive: false });

const tenantAdminRules = new Map<Reason | undefined, Rule>();

/**
 * Outside the matrix (DOMAIN.md §4.3 principals): the caller is a global administrator of its tenant's directory (a
 * work account that is not a partner yet, R-9; a customer tenant's admin). Refused with `reason` when given, else
 * left to the surrounding rule (shield's fallback NOT_AUTHORISED, or the next branch of an `or`).
 */
export function tenantGlobalAdmin(reason?: Reason): Rule {
  let found = tenantAdminRules.get(reason);
  if (!found) {
    found = rule(`tenantGlobalAdmin:${reason ?? ''}`, { cache: 'contextual' })(
      (_parent, _args, ctx: WithPrincipal) => (ctx.principal?.tenantGlobalAdmin ? true : reason ? new DomainError(reason) : false),
    );
    tenantAdminRules.set(reason, found);
  }
  return found;
}

export { allow, and, deny, or, rule };
