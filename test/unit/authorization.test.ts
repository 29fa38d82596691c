import { buildSchema, graphql } from 'graphql';
import type { AdminRole, AgentRole, ProgramStatus } from '../../platform/tokens.js';
import { grants as customerGrants } from '../../subgraphs/customers/permissions.js';
import { grants as identityGrants } from '../../subgraphs/identity/permissions.js';
import { holds, type Grant } from '../../subgraphs/kit/authorization.js';
import { DomainError } from '../../subgraphs/kit/errors.js';
import type { EventHub } from '../../subgraphs/kit/event-hub.js';
import { liveField } from '../../subgraphs/kit/live-field.js';
import { principalFromClaims, type Principal } from '../../subgraphs/kit/principal.js';
import { grantRule } from '../../subgraphs/kit/rules.js';
import { protectSchema } from '../../subgraphs/kit/shield.js';
import { grants as partnerGrants } from '../../subgraphs/partners/permissions.js';
import { MATRIX, SUBSCRIPTIONS } from '../matrix/expectations.js';

interface Caller { agentRole?: AgentRole; adminRole?: AdminRole; status?: ProgramStatus | null; mustChangePassword?: boolean }

function principal({ agentRole = 'NONE', adminRole = 'NONE', status = 'ACTIVE', mustChangePassword = false }: Caller): Principal {
  return principalFromClaims({
    sub: 'u1', tid: 't1', pid: status ? 't1' : null, pst: status, agr: agentRole, adr: adminRole,
    mcp: mustChangePassword, tga: false, sid: 's1', ver: 1, oev: 0,
  });
}

/** What the shield rule of the grant answers on a query: the refusal's reason, or 'allowed'. */
async function shieldAnswer(grant: Grant, caller: Principal | null): Promise<string> {
  // The federation fields protectSchema allows are declared so the probe's schema is shaped like a subgraph's.
  const sdl = 'type _Service { sdl: String } type Query { probe: String _service: _Service _entities: String }';
  const schema = protectSchema(buildSchema(sdl), { Query: { probe: grantRule(grant) } });
  const result = await graphql({ schema, source: '{ probe }', rootValue: { probe: 'ok' }, contextValue: { principal: caller } });
  return result.errors ? String(result.errors[0].extensions.reason) : 'allowed';
}

/** What a live field with the grant answers at subscribe time: the refusal's reason, or 'allowed'. */
function subscribeAnswer(grant: Grant, caller: Principal | null): string {
  const hub = { subscribe: () => 'subscribed' } as unknown as EventHub;
  const field = liveField(() => hub, { grant, accepts: () => true, payload: (event) => event });
  try {
    field.subscribe(undefined, {}, { principal: caller });
    return 'allowed';
  } catch (error) {
    return error instanceof DomainError ? String(error.extensions.reason) : String(error);
  }
}

describe('one guard implementation: the shield rule and the subscribe-time check give the same answer (issue 15)', () => {
  const cases: [string, Grant, Principal | null, string][] = [
    ['anonymous (G1)', customerGrants.customerReaders, null, 'UNAUTHENTICATED'],
    ['a temporary password pending (G2)', customerGrants.customerReaders,
      principal({ agentRole: 'ADMIN_AGENT', mustChangePassword: true }), 'PASSWORD_CHANGE_REQUIRED'],
    ['a suspended organization (G3)', customerGrants.customerReaders,
      principal({ agentRole: 'ADMIN_AGENT', status: 'SUSPENDED' }), 'ACCOUNT_UNDER_REVIEW'],
    ['an organization under review (G3)', partnerGrants.profileReaders,
      principal({ adminRole: 'GLOBAL_ADMIN', status: 'PENDING_VERIFICATION' }), 'ACCOUNT_UNDER_REVIEW'],
    ['a rejected organization (G3)', partnerGrants.providerDesk,
      principal({ adminRole: 'GLOBAL_ADMIN', status: 'REJECTED' }), 'ACCOUNT_REJECTED'],
    ['a tenant with no partner organization (R-50)', partnerGrants.providerDesk,
      principal({ adminRole: 'GLOBAL_ADMIN', status: null }), 'NOT_AUTHORISED'],
    ['the wrong role (C-24: never a helpdesk agent, S-12)', customerGrants.relationshipDesk,
      principal({ agentRole: 'HELPDESK_AGENT' }), 'NOT_AUTHORISED'],
    ['no role at all', partnerGrants.directoryReaders, principal({}), 'NOT_AUTHORISED'],
    ['P-10: not a global admin, with its own reason (S-16)', partnerGrants.invitationAcceptors,
      principal({ agentRole: 'ADMIN_AGENT' }), 'GLOBAL_ADMIN_REQUIRED'],
    ['P-03: G3 waived, a pending organization reads its enrollment', partnerGrants.enrollmentReaders,
      principal({ adminRole: 'USER_MANAGEMENT_ADMIN', status: 'PENDING_VERIFICATION' }), 'allowed'],
    ['either level grants (§4.2)', customerGrants.customerReaders,
      principal({ agentRole: 'NONE', adminRole: 'GLOBAL_ADMIN' }), 'allowed'],
  ];

  it.each(cases)('%s', async (_name, grant, caller, expected) => {
    expect(await shieldAnswer(grant, caller)).toBe(expected);
    expect(subscribeAnswer(grant, caller)).toBe(expected);
  });
});

describe('holds: a grant against the two levels (§4.2)', () => {
  const adminAgentsOrNoRole: Grant = { rows: ['P-01'], roles: ['ADMIN_AGENT', 'NONE'] };

  it('NONE is the column of a user whose two levels are both NONE, not of a user with one role', () => {
    expect(holds({ agentRole: 'NONE', adminRole: 'NONE' }, adminAgentsOrNoRole)).toBe(true);
    expect(holds({ agentRole: 'NONE', adminRole: 'BILLING_ADMIN' }, adminAgentsOrNoRole)).toBe(false);
    expect(holds({ agentRole: 'ADMIN_AGENT', adminRole: 'NONE' }, adminAgentsOrNoRole)).toBe(true);
    expect(holds(null, adminAgentsOrNoRole)).toBe(false);
  });
});

describe('the authorization tables and the matrix expectations (test/matrix/expectations.ts) agree', () => {
  const tables: Grant[] = [...Object.values(identityGrants), ...Object.values(partnerGrants), ...Object.values(customerGrants)];
  const citing = (id: string) => tables.filter((grant) => grant.rows.includes(id));
  const columns = (roles: readonly string[]) => [...roles].sort();

  // I-01 and I-02 waive G2 as well: kit/rules.ts `isAuthenticated`, outside the tables.
  it.each(MATRIX.filter((row) => !['I-01', 'I-02'].includes(row.id)).map((row) => [row.id, row] as const))(
    '%s: one grant, the columns and the G3 waiver the row expects',
    (_id, row) => {
      const [grant, ...others] = citing(row.id);
      expect(others).toEqual([]);
      expect(columns(grant.roles)).toEqual(columns(row.allowed));
      expect(grant.organizationActive ?? true).toBe(!row.waives?.includes('G3'));
    },
  );

  it.each(SUBSCRIPTIONS.map((row) => [row.covers[0], row] as const))('%s: one grant, who may subscribe', (field, row) => {
    const [grant, ...others] = citing(`§5 ${field.replace('Subscription.', '')}`);
    expect(others).toEqual([]);
    expect(columns(grant.roles)).toEqual(columns(row.allowed));
  });

  it('every id a table cites is a row of the matrix or a §5 stream or event', () => {
    const known = new Set([...MATRIX.map((row) => row.id), ...SUBSCRIPTIONS.map((row) => `§5 ${row.covers[0].replace('Subscription.', '')}`),
      '§5 EnrollmentStatusChanged', '§5 PartnerOrganizationActivated']);
    expect(tables.flatMap((grant) => grant.rows).filter((id) => !known.has(id))).toEqual([]);
  });
});
