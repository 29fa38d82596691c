import { USERS } from '../../scripts/seed/world.js';
import { IDENTITY_MATRIX } from '../matrix/identity.js';
import { ALL_ROLES, ROLE_COLUMNS, type RoleColumn } from '../matrix/roles.js';
import { startTestStack, type GraphQLResponse, type TestStack } from '../helpers/stack.js';

const paolo = USERS.find((user) => user.email === 'paolo@northwind.it')!;

/** Denied by the matrix: FORBIDDEN from a shield rule. Anything else (data or a domain error) got past it. */
function deniedByMatrix(result: GraphQLResponse): boolean {
  return Boolean(result.errors?.some((error) => error.extensions?.code === 'FORBIDDEN'
    && (error.extensions?.reason === 'NOT_AUTHORISED')));
}

describe('identity permission matrix I-01…I-09 × six roles × own / foreign organization (§4.3)', () => {
  let stack: TestStack;
  const tokens = {} as Record<RoleColumn, string>;
  let target = '';

  beforeAll(async () => {
    stack = await startTestStack();
    for (const role of ALL_ROLES) tokens[role] = await stack.signIn(ROLE_COLUMNS[role]);
    const anna = await stack.signIn('anna@contoso.it');
    const created = await stack.query<{ createPartnerUser: { user: { id: string } } }>(`mutation {
      createPartnerUser(input: { displayName: "Matrix Target", email: "target@contoso.it", agentRole: NONE, adminRole: NONE }) {
        user { id } } }`, { token: anna });
    target = created.data!.createPartnerUser.user.id;
  });
  afterAll(() => stack?.close());

  const operation = (text: string, role: RoleColumn) =>
    text.replaceAll('$target', target).replaceAll('$foreign', paolo.id).replaceAll('$role', role.toLowerCase().replaceAll('_', '-'));

  for (const row of IDENTITY_MATRIX) {
    describe(`${row.id} ${row.operation}`, () => {
      it.each(ALL_ROLES)('own organization, %s → allowed or FORBIDDEN as the matrix says', async (role) => {
        const result = await stack.query(operation(row.own, role), { token: tokens[role] });
        const allowed = row.allowed.includes(role);
        expect({ role, denied: deniedByMatrix(result) }).toEqual({ role, denied: !allowed });
        if (allowed) expect(result.errors?.every((e) => e.extensions?.code !== 'FORBIDDEN') ?? true).toBe(true);
      });

      if (row.foreign) {
        it.each(ALL_ROLES)('foreign organization, %s → NOT_FOUND when allowed, FORBIDDEN otherwise', async (role) => {
          const result = await stack.query(operation(row.foreign!, role), { token: tokens[role] });
          const code = result.errors?.[0]?.extensions?.code;
          const allowed = row.allowed.includes(role);
          if (!allowed) expect({ role, code }).toEqual({ role, code: 'FORBIDDEN' });
          else if (row.id === 'I-04') expect({ role, reason: result.errors?.[0]?.extensions?.reason })
            .toEqual({ role, reason: 'EMAIL_DOMAIN_NOT_VERIFIED' });
          else expect({ role, code }).toEqual({ role, code: 'NOT_FOUND' });
          expect(JSON.stringify(result.data ?? {})).not.toContain('Paolo');
        });
      }
    });
  }

  it('the same denial for a user-management admin aimed at a global admin (ᶜ: R-4)', async () => {
    const bea = USERS.find((user) => user.email === 'bea@contoso.it')!;
    for (const text of [
      `mutation { updatePartnerUser(id: "${bea.id}", input: { firstName: "B" }) { id } }`,
      `mutation { setPartnerUserRoles(userId: "${bea.id}", agentRole: NONE, adminRole: NONE) { id } }`,
      `mutation { resetPartnerUserPassword(userId: "${bea.id}") { temporaryPassword } }`,
      `mutation { deactivatePartnerUser(userId: "${bea.id}") { id } }`,
      `mutation { setPartnerUserRoles(userId: "${target}", agentRole: NONE, adminRole: GLOBAL_ADMIN) { id } }`,
      'mutation { createPartnerUser(input: { displayName: "G", email: "g@contoso.it", agentRole: NONE, adminRole: GLOBAL_ADMIN }) { temporaryPassword } }',
    ]) {
      const result = await stack.query(text, { token: tokens.USER_MANAGEMENT_ADMIN });
      expect({ text, error: result.errors?.[0]?.extensions }).toEqual({
        text, error: expect.objectContaining({ code: 'FORBIDDEN', reason: 'CANNOT_MODIFY_GLOBAL_ADMIN' }),
      });
    }
  });
});
