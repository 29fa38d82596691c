import { randomUUID } from 'node:crypto';
import { TENANT } from '../../scripts/seed/world.js';
import { PARTNERS_MATRIX } from './matrix-rows.js';
import { ALL_ROLES, ROLE_COLUMNS, type RoleColumn } from '../matrix/roles.js';
import { startTestStack, type GraphQLResponse, type TestStack } from '../helpers/stack.js';

/** Denied by the matrix: FORBIDDEN from a shield rule (R-27 names its own reason for P-10). */
function deniedByMatrix(result: GraphQLResponse): boolean {
  return Boolean(result.errors?.some((error) => error.extensions?.code === 'FORBIDDEN'
    && ['NOT_AUTHORISED', 'GLOBAL_ADMIN_REQUIRED'].includes(String(error.extensions?.reason))));
}

describe('partners permission matrix P-01…P-18 × six roles (§4.3)', () => {
  let stack: TestStack;
  const tokens = {} as Record<RoleColumn, string>;

  beforeAll(async () => {
    stack = await startTestStack();
    for (const role of ALL_ROLES) tokens[role] = await stack.signIn(ROLE_COLUMNS[role]);
  });
  afterAll(() => stack?.close());

  const operation = (text: string, role: RoleColumn) =>
    text.replaceAll('$random', randomUUID()).replaceAll('$role', role.toLowerCase().replaceAll('_', '-'));

  for (const row of PARTNERS_MATRIX) {
    it.each(ALL_ROLES)(`${row.id} ${row.operation}: %s → allowed or FORBIDDEN as the matrix says`, async (role) => {
      const result = await stack.query(operation(row.query, role), { token: tokens[role] });
      const allowed = row.allowed.includes(role);
      expect({ role, denied: deniedByMatrix(result) }).toEqual({ role, denied: !allowed });
      // Past the shield a domain rule may still say no (e.g. R-45 for a reseller), but nothing may break.
      const internal = (result.errors ?? []).filter((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
      expect({ role, internal }).toEqual({ role, internal: [] });
    });
  }

  it('T-1 / T-2: an organization with no partnership with the caller is NOT_FOUND for every role', async () => {
    for (const role of ALL_ROLES) {
      const result = await stack.query(`{ partnerOrganization(id: "${TENANT.fabrikam}") { companyName } }`, { token: tokens[role] });
      expect({ role, code: result.errors?.[0]?.extensions?.code }).toEqual({ role, code: 'NOT_FOUND' });
    }
  });

  it('T-2: a partnered provider shows its header, never its profiles', async () => {
    const result = await stack.query(`{ partnerOrganization(id: "${TENANT.northwind}") {
      companyName country mpnProfile { mpnId } legalBusinessProfile { companyName } supportProfile { email } } }`,
    { token: tokens.GLOBAL_ADMIN });
    expect(result.data).toEqual({ partnerOrganization: { companyName: 'Northwind Traders', country: 'IT', mpnProfile: { mpnId: '3456789' },
      legalBusinessProfile: null, supportProfile: null } });
  });

  it('T-10: a support ticket is visible to its creator only; P-04 sends the legal profile back to vetting', async () => {
    const anna = await stack.signIn('anna@contoso.it');
    const created = await stack.query<{ createPartnerSupportTicket: { id: string } }>(
      'mutation { createPartnerSupportTicket(input: { title: "Anna\'s", description: "d", severity: MODERATE }) { id } }', { token: anna });
    const id = created.data!.createPartnerSupportTicket.id;
    const bea = await stack.query<{ partnerSupportTickets: { edges: { node: { id: string } }[] } }>(
      '{ partnerSupportTickets { edges { node { id } } } }', { token: tokens.GLOBAL_ADMIN });
    expect(bea.data!.partnerSupportTickets.edges.map((edge) => edge.node.id)).not.toContain(id);
    const update = await stack.query(`mutation { updatePartnerSupportTicket(id: "${id}", input: { status: CLOSED }) { id } }`, { token: tokens.GLOBAL_ADMIN });
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const vetting = await stack.query('{ myOrganization { legalBusinessProfile { vettingStatus vettingSubStatus } } }', { token: anna });
    expect(vetting.data).toEqual({ myOrganization: { legalBusinessProfile: { vettingStatus: 'PENDING', vettingSubStatus: 'BUSINESS_VERIFICATION' } } });
  });
});
