import { randomUUID } from 'node:crypto';
import { TENANT } from '../../scripts/seed/world.js';
import { ALL_ROLES, ROLE_COLUMNS, type RoleColumn } from '../matrix/roles.js';
import { startTestStack, type GraphQLResponse, type TestStack } from '../helpers/stack.js';
import { CUSTOMERS_MATRIX } from './matrix-rows.js';

/** Denied by the matrix: FORBIDDEN / NOT_AUTHORISED from the shield's fallback. */
function deniedByMatrix(result: GraphQLResponse): boolean {
  return Boolean(result.errors?.some((error) => error.extensions?.code === 'FORBIDDEN' && error.extensions?.reason === 'NOT_AUTHORISED'));
}

describe('customers permission matrix C-01…C-26 × six roles (§4.3)', () => {
  let stack: TestStack;
  const tokens = {} as Record<RoleColumn, string>;

  beforeAll(async () => {
    stack = await startTestStack();
    for (const role of ALL_ROLES) tokens[role] = await stack.signIn(ROLE_COLUMNS[role]);
  });
  afterAll(() => stack?.close());

  const operation = (text: string, role: RoleColumn) =>
    text.replaceAll('$random', randomUUID()).replaceAll('$role', role.toLowerCase().replaceAll('_', '-'));

  for (const row of CUSTOMERS_MATRIX) {
    it.each(ALL_ROLES)(`${row.id} ${row.operation}: %s → allowed or FORBIDDEN as the matrix says`, async (role) => {
      const result = await stack.query(operation(row.query, role), { token: tokens[role] });
      const allowed = row.allowed.includes(role);
      expect({ role, denied: deniedByMatrix(result) }).toEqual({ role, denied: !allowed });
      const internal = (result.errors ?? []).filter((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
      expect({ role, internal }).toEqual({ role, internal: [] });
    });
  }

  it('C-14 / C-15 for a reseller: past the shield, the domain says RESELLER_CANNOT_SUBMIT_ORDERS (R-37)', async () => {
    const order = await stack.query(`mutation { submitOrder(customerId: "${TENANT.adatum}", lines: [{ offerId: "O365-E3", quantity: 1 }]) { orderId } }`,
      { token: tokens.ADMIN_AGENT });
    expect(order.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RESELLER_CANNOT_SUBMIT_ORDERS' });
  });

  it('G3 / R-23 and G1: a customer-tenant user and an anonymous caller get no customer data', async () => {
    const customerAdmin = await stack.signIn('ada@adatum.it');
    const asCustomer = await stack.query('{ customers { totalCount } }', { token: customerAdmin });
    expect(asCustomer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await stack.query('{ customers { totalCount } }');
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('T-1: a customer of another organization is NOT_FOUND for every reading role', async () => {
    for (const role of ['ADMIN_AGENT', 'HELPDESK_AGENT', 'GLOBAL_ADMIN'] as RoleColumn[]) {
      const result = await stack.query(`{ customer(id: "${randomUUID()}") { id } }`, { token: tokens[role] });
      expect({ role, code: result.errors?.[0]?.extensions?.code }).toEqual({ role, code: 'NOT_FOUND' });
    }
  });
});
