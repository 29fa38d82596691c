import { allow, and, deny, or, rule } from 'graphql-shield';
import { grantRefusal, ROLES, type Grant } from './authorization.js';
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

export { allow, and, deny, or, rule };
