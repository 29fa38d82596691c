import pg from 'pg';
import { recordEvent } from '../../subgraphs/kit/events.js';
import { TENANT, USERS } from '../../scripts/seed/world.js';
import { graphql, startTestStack, type GraphQLResponse, type TestStack } from '../helpers/stack.js';

const anna = USERS.find((user) => user.email === 'anna@contoso.it')!;

function errorOf(result: GraphQLResponse) {
  return result.errors?.[0]?.extensions ?? {};
}

const CREATE_USER = `mutation ($input: CreatePartnerUserInput!) {
  createPartnerUser(input: $input) { user { id userPrincipalName agentRole adminRole mustChangePassword } temporaryPassword } }`;

describe('identity scenarios (AS-3, AS-10) and rules R-1…R-8', () => {
  let stack: TestStack;
  let annaToken: string;
  let db: pg.Client;

  beforeAll(async () => {
    stack = await startTestStack();
    annaToken = await stack.signIn('anna@contoso.it');
    db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  async function createUser(token: string, input: Record<string, unknown>) {
    return stack.query<{ createPartnerUser: { user: { id: string; mustChangePassword: boolean }; temporaryPassword: string } }>(
      CREATE_USER, { token, variables: { input } });
  }

  describe('AS-3: a reseller adds a helpdesk agent', () => {
    let temporaryPassword = '';
    let lucaId = '';

    it('step 1: createPartnerUser returns the temporary password once; no query can read it', async () => {
      const result = await createUser(annaToken, {
        displayName: 'Luca Verdi', email: 'luca.verdi@contoso.it', agentRole: 'HELPDESK_AGENT', adminRole: 'NONE',
      });
      expect(result.errors).toBeUndefined();
      temporaryPassword = result.data!.createPartnerUser.temporaryPassword;
      lucaId = result.data!.createPartnerUser.user.id;
      expect(temporaryPassword).toHaveLength(16);
      expect(result.data!.createPartnerUser.user.mustChangePassword).toBe(true);
      const read = await stack.query(`{ partnerUser(id: "${lucaId}") { temporaryPassword } }`, { token: annaToken });
      expect(read.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const stored = await db.query('select password_hash from identity.users where id = $1', [lucaId]);
      expect(stored.rows[0].password_hash).toMatch(/^\$argon2id\$/);
      const events = await db.query(`select type, payload::text from identity.events where aggregate_id = $1`, [lucaId]);
      expect(events.rows.map((row) => row.type)).toEqual(['PartnerUserCreated']);
      expect(events.rows[0].payload).not.toContain(temporaryPassword);
      const audit = await db.query('select actor_user_id, action, after from identity.audit_log where target_user_id = $1', [lucaId]);
      expect(audit.rows[0]).toMatchObject({ actor_user_id: anna.id, action: 'PartnerUserCreated',
        after: expect.objectContaining({ agentRole: 'HELPDESK_AGENT', adminRole: 'NONE' }) });
    });

    it('step 2 / R-1: the same address in other letter case → CONFLICT / DUPLICATE_EMAIL', async () => {
      const result = await createUser(annaToken, {
        displayName: 'Luca Again', email: 'LUCA.VERDI@Contoso.it', agentRole: 'HELPDESK_AGENT', adminRole: 'NONE',
      });
      expect(errorOf(result)).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_EMAIL' });
    });

    it('step 3 / R-7: with the temporary password only me and changeMyPassword work', async () => {
      const luca = await stack.signIn('luca.verdi@contoso.it', temporaryPassword);
      expect((await stack.query('{ me { displayName mustChangePassword } }', { token: luca })).data)
        .toEqual({ me: { displayName: 'Luca Verdi', mustChangePassword: true } });
      for (const query of ['{ customers { totalCount } }', '{ myOrganization { companyName } }', '{ partnerUsers { totalCount } }']) {
        expect({ query, error: errorOf(await stack.query(query, { token: luca })) })
          .toEqual({ query, error: expect.objectContaining({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' }) });
      }
      const changed = await stack.query<{ changeMyPassword: { accessToken: string; user: { mustChangePassword: boolean } } }>(
        'mutation ($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) { accessToken user { mustChangePassword } } }',
        { token: luca, variables: { c: temporaryPassword, n: 'Luca-Helpdesk-2026' } });
      expect(changed.data?.changeMyPassword.user.mustChangePassword).toBe(false);
      const fresh = changed.data!.changeMyPassword.accessToken;
      expect((await stack.query('{ customers { totalCount } }', { token: fresh })).data).toEqual({ customers: { totalCount: 2 } });
      await expect(stack.signIn('luca.verdi@contoso.it', temporaryPassword)).rejects.toThrow(/INVALID_CREDENTIALS/);
    });
  });

  describe('R-2, R-3, R-8: bad input', () => {
    it.each([
      ['not-an-email', 'BAD_USER_INPUT', 'INVALID_EMAIL'],
      ['mario@gmail.com', 'BAD_USER_INPUT', 'EMAIL_DOMAIN_NOT_VERIFIED'],
      ['mario@northwind.it', 'BAD_USER_INPUT', 'EMAIL_DOMAIN_NOT_VERIFIED'],
    ])('R-2: %s → %s / %s', async (email, code, reason) => {
      const result = await createUser(annaToken, { displayName: 'Mario', email, agentRole: 'NONE', adminRole: 'NONE' });
      expect(errorOf(result)).toMatchObject({ code, reason });
    });

    it('R-3: both role levels are mandatory (GraphQL validation)', async () => {
      const result = await stack.query(`mutation { createPartnerUser(input: { displayName: "Mario", email: "mario@contoso.it",
        agentRole: NONE }) { temporaryPassword } }`, { token: annaToken });
      expect(errorOf(result).code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it.each([
      ['wrong current password', 'Wrong-Password-1', 'Another-Secret-9', 'INVALID_CURRENT_PASSWORD'],
      ['new equals current', 'Partner-Graph-2026!', 'Partner-Graph-2026!', 'PASSWORD_REUSED'],
      ['too weak', 'Partner-Graph-2026!', 'weakpassword', 'PASSWORD_POLICY'],
    ])('R-8: %s → BAD_USER_INPUT / %s', async (_case, current, next, reason) => {
      const token = await stack.signIn('marco@contoso.it');
      const result = await stack.query('mutation ($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) { accessToken } }',
        { token, variables: { c: current, n: next } });
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    });
  });

  describe('AS-10: user-management boundaries', () => {
    let ugo = '';
    let gino = '';

    it('step 1: Anna creates Ugo (UMA) and Bice (billing)', async () => {
      const u = await createUser(annaToken, { displayName: 'Ugo Neri', email: 'ugo.neri@contoso.it', agentRole: 'NONE', adminRole: 'USER_MANAGEMENT_ADMIN' });
      const b = await createUser(annaToken, { displayName: 'Bice Rosa', email: 'bice.rosa@contoso.it', agentRole: 'NONE', adminRole: 'BILLING_ADMIN' });
      expect(u.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      const first = await stack.signIn('ugo.neri@contoso.it', u.data!.createPartnerUser.temporaryPassword);
      const changed = await stack.query<{ changeMyPassword: { accessToken: string } }>(
        'mutation ($c: String!) { changeMyPassword(currentPassword: $c, newPassword: "Ugo-Manages-2026") { accessToken } }',
        { token: first, variables: { c: u.data!.createPartnerUser.temporaryPassword } });
      ugo = changed.data!.changeMyPassword.accessToken;
    });

    it('step 2: Ugo creates an admin agent, but neither a global admin nor touches Anna; no customers', async () => {
      const g = await createUser(ugo, { displayName: 'Gino Blu', email: 'gino@contoso.it', agentRole: 'ADMIN_AGENT', adminRole: 'NONE' });
      expect(g.errors).toBeUndefined();
      gino = g.data!.createPartnerUser.user.id;
      const gina = await createUser(ugo, { displayName: 'Gina', email: 'gina@contoso.it', agentRole: 'NONE', adminRole: 'GLOBAL_ADMIN' });
      expect(errorOf(gina)).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_MODIFY_GLOBAL_ADMIN' });
      const reset = await stack.query(`mutation { resetPartnerUserPassword(userId: "${anna.id}") { temporaryPassword } }`, { token: ugo });
      expect(errorOf(reset)).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_MODIFY_GLOBAL_ADMIN' });
      // S-18: a user-management admin views the partner profiles
      const profile = await stack.query('{ myOrganization { legalBusinessProfile { companyName } } }', { token: ugo });
      expect(profile.data).toEqual({ myOrganization: { legalBusinessProfile: { companyName: 'Contoso S.r.l.' } } });
      expect(errorOf(await stack.query('{ customers { totalCount } }', { token: ugo })).code).toBe('FORBIDDEN');
    });

    it('step 3: an admin agent cannot manage users (S-4) but sees customers', async () => {
      const marco = await stack.signIn('marco@contoso.it');
      expect(errorOf(await createUser(marco, { displayName: 'X', email: 'x@contoso.it', agentRole: 'NONE', adminRole: 'NONE' })).code)
        .toBe('FORBIDDEN');
      expect((await stack.query('{ customers { totalCount } }', { token: marco })).data).toEqual({ customers: { totalCount: 2 } });
    });

    it('step 4: a billing admin sees invoices, but neither customers nor users', async () => {
      const bice = await stack.signIn('bice@contoso.it');
      const invoices = await stack.query('{ invoices { __typename } }', { token: bice });
      expect(invoices.errors).toBeUndefined();
      expect(errorOf(await stack.query('{ customers { totalCount } }', { token: bice })).code).toBe('FORBIDDEN');
      expect(errorOf(await stack.query('{ partnerUsers { totalCount } }', { token: bice })).code).toBe('FORBIDDEN');
    });

    it('step 5 / R-5: the only active global admins cannot all be demoted or deactivated', async () => {
      const bea = USERS.find((user) => user.email === 'bea@contoso.it')!;
      const demoteBea = await stack.query(`mutation { setPartnerUserRoles(userId: "${bea.id}", agentRole: NONE, adminRole: NONE) { adminRole } }`,
        { token: annaToken });
      expect(demoteBea.data).toEqual({ setPartnerUserRoles: { adminRole: 'NONE' } });
      const demoteSelf = await stack.query(`mutation { setPartnerUserRoles(userId: "${anna.id}", agentRole: ADMIN_AGENT, adminRole: NONE) { id } }`,
        { token: annaToken });
      expect(errorOf(demoteSelf)).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'LAST_GLOBAL_ADMIN' });
      const self = await stack.query(`mutation { deactivatePartnerUser(userId: "${anna.id}") { id } }`, { token: annaToken });
      expect(errorOf(self)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CANNOT_DEACTIVATE_SELF' });
      await stack.query(`mutation { setPartnerUserRoles(userId: "${bea.id}", agentRole: NONE, adminRole: GLOBAL_ADMIN) { id } }`,
        { token: annaToken });
    });

    it('step 6: a user with no role can call only me, changeMyPassword and myOrganization', async () => {
      const nora = await stack.signIn('nora@contoso.it');
      expect((await stack.query('{ me { displayName } myOrganization { companyName } }', { token: nora })).data)
        .toEqual({ me: { displayName: 'Nora Villa' }, myOrganization: { companyName: 'Contoso S.r.l.' } });
      for (const query of ['{ partnerUsers { totalCount } }', '{ customers { totalCount } }', '{ myTenant { id } }',
        `mutation { deactivatePartnerUser(userId: "${gino}") { id } }`]) {
        expect({ query, code: errorOf(await stack.query(query, { token: nora })).code }).toEqual({ query, code: 'FORBIDDEN' });
      }
    });
  });

  describe('sessions: refresh tokens rotate, role changes and deactivation take effect at refresh', () => {
    const SIGN_IN = 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken refreshToken } }';
    const REFRESH = 'mutation ($r: String!) { refreshAccessToken(refreshToken: $r) { accessToken refreshToken user { agentRole } } }';
    type Tokens = { accessToken: string; refreshToken: string; user?: { agentRole: string } };

    async function signInTokens(email: string): Promise<Tokens> {
      const result = await stack.query<{ signIn: Tokens }>(SIGN_IN, { variables: { e: email, p: 'Partner-Graph-2026!' } });
      return result.data!.signIn;
    }
    const refresh = (token: string) => stack.query<{ refreshAccessToken: Tokens }>(REFRESH, { variables: { r: token } });

    it('a role change shows at the next refresh; the spent refresh token cannot be used again (its family is revoked)', async () => {
      const marco = USERS.find((user) => user.email === 'marco@contoso.it')!;
      const first = await signInTokens('marco@contoso.it');
      await stack.query(`mutation { setPartnerUserRoles(userId: "${marco.id}", agentRole: HELPDESK_AGENT, adminRole: NONE) { id } }`,
        { token: annaToken });
      const second = await refresh(first.refreshToken);
      expect(second.data?.refreshAccessToken.user?.agentRole).toBe('HELPDESK_AGENT');
      const replay = await refresh(first.refreshToken);
      expect(errorOf(replay)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_REFRESH_TOKEN' });
      // reuse detected: the token issued from the leaked one is dead too
      expect(errorOf(await refresh(second.data!.refreshAccessToken.refreshToken)).reason).toBe('INVALID_REFRESH_TOKEN');
      await stack.query(`mutation { setPartnerUserRoles(userId: "${marco.id}", agentRole: ADMIN_AGENT, adminRole: NONE) { id } }`,
        { token: annaToken });
    });

    it('deactivation revokes refresh tokens and blocks sign-in; signOut revokes the family', async () => {
      const created = await createUser(annaToken, { displayName: 'Temp User', email: 'temp@contoso.it', agentRole: 'NONE', adminRole: 'NONE' });
      const { id } = created.data!.createPartnerUser.user;
      const tokens = await stack.query<{ signIn: Tokens }>(SIGN_IN,
        { variables: { e: 'temp@contoso.it', p: created.data!.createPartnerUser.temporaryPassword } });
      await stack.query(`mutation { deactivatePartnerUser(userId: "${id}") { state } }`, { token: annaToken });
      expect(errorOf(await refresh(tokens.data!.signIn.refreshToken)).reason).toBe('INVALID_REFRESH_TOKEN');
      await expect(stack.signIn('temp@contoso.it', created.data!.createPartnerUser.temporaryPassword)).rejects.toThrow();
      const restored = await stack.query<{ restorePartnerUser: { user: { state: string }; temporaryPassword: string } }>(
        `mutation { restorePartnerUser(userId: "${id}") { user { state mustChangePassword } temporaryPassword } }`, { token: annaToken });
      expect(restored.data?.restorePartnerUser.user).toEqual({ state: 'ACTIVE', mustChangePassword: true });

      const session = await signInTokens('fabio@fabrikam.it');
      await stack.query('mutation ($r: String!) { signOut(refreshToken: $r) }', { variables: { r: session.refreshToken } });
      expect(errorOf(await refresh(session.refreshToken)).reason).toBe('INVALID_REFRESH_TOKEN');
    });
  });

  it('repeated failed sign-ins are throttled per account (TOO_MANY_ATTEMPTS), even with the right password', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const failed = await graphql(stack.gatewayUrl, 'mutation { signIn(email: "pietro@northwind.it", password: "nope") { accessToken } }');
      expect(errorOf(failed).reason).toBe('INVALID_CREDENTIALS');
    }
    await expect(stack.signIn('pietro@northwind.it')).rejects.toThrow(/TOO_MANY_ATTEMPTS/);
    await expect(stack.signIn('wilhelm@woodgrove.de')).resolves.toBeTruthy(); // other accounts unaffected
  });

  it('createWorkAccount: a newcomer gets a tenant and becomes its global administrator; the domain is then taken', async () => {
    const input = { companyName: 'Tailspin Toys', domainPrefix: 'tailspin', countryCode: 'IT', firstName: 'Tina',
      lastName: 'Toys', userName: 'tina', password: 'Tailspin-2026!' };
    const MUTATION = `mutation ($input: CreateWorkAccountInput!) { createWorkAccount(input: $input) {
      tenant { id defaultDomain countryCode } user { userPrincipalName agentRole adminRole } } }`;
    const created = await stack.query<{ createWorkAccount: { tenant: { id: string } } }>(MUTATION, { variables: { input } });
    expect(created.data?.createWorkAccount).toMatchObject({
      tenant: { defaultDomain: 'tailspin.onmicrosoft.com', countryCode: 'IT' },
      user: { userPrincipalName: 'tina@tailspin.onmicrosoft.com', agentRole: 'NONE', adminRole: 'NONE' },
    });
    const token = await stack.signIn('tina@tailspin.onmicrosoft.com', 'Tailspin-2026!');
    expect((await stack.query('{ myTenant { verifiedDomains } }', { token })).data)
      .toEqual({ myTenant: { verifiedDomains: ['tailspin.onmicrosoft.com'] } });
    const again = await stack.query(MUTATION, { variables: { input } });
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'DOMAIN_TAKEN' });
    const event = await db.query(`select payload from identity.events where type = 'TenantCreated' and aggregate_id = $1`,
      [created.data!.createWorkAccount.tenant.id]);
    expect(event.rows[0].payload.tenant).toMatchObject({ defaultDomain: 'tailspin.onmicrosoft.com', countryCode: 'IT' });
  });

  it('PartnerUser.partnerId and organization are the caller\'s organization, as its token carries it; none for a tenant that is not a partner', async () => {
    const ME = '{ me { partnerId organization { id } } }';
    expect((await stack.query(ME, { token: annaToken })).data)
      .toEqual({ me: { partnerId: TENANT.contoso, organization: { id: TENANT.contoso } } });
    const input = { companyName: 'Wingtip Toys', domainPrefix: 'wingtip', countryCode: 'IT', firstName: 'Willa',
      lastName: 'Tip', userName: 'willa', password: 'Wingtip-2026!' };
    const created = await stack.query<{ createWorkAccount: { user: { partnerId: string | null; organization: unknown } } }>(
      `mutation ($input: CreateWorkAccountInput!) { createWorkAccount(input: $input) { user { partnerId organization { id } } } }`,
      { variables: { input } });
    expect(created.data?.createWorkAccount.user).toEqual({ partnerId: null, organization: null });
    const token = await stack.signIn('willa@wingtip.onmicrosoft.com', 'Wingtip-2026!');
    expect((await stack.query(ME, { token })).data).toEqual({ me: { partnerId: null, organization: null } });
  });

  it('§3.1 step 9: an APPROVED enrollment event from partners makes its creator global admin + admin agent', async () => {
    const nora = USERS.find((user) => user.email === 'nora@contoso.it')!;
    const client = new pg.Client({ connectionString: stack.databaseUrl });
    await client.connect();
    await client.query('begin');
    const manager = { query: (text: string, params: unknown[]) => client.query(text, params).then((r) => r.rows) };
    await recordEvent(manager as never, 'partners', {
      type: 'EnrollmentStatusChanged', aggregateId: TENANT.contoso, partnerIds: [TENANT.contoso], actor: { kind: 'REVIEWER' },
      payload: {
        from: 'IN_REVIEW', to: 'APPROVED',
        enrollment: { id: TENANT.contoso, organizationId: TENANT.contoso, status: 'APPROVED', createdBy: nora.id },
        organization: { id: TENANT.contoso, companyName: 'Contoso S.r.l.', partnerType: 'INDIRECT_RESELLER',
          programStatus: 'ACTIVE', country: 'IT', mpnId: '1234567' },
      },
    });
    await client.query('commit');
    await client.end();
    let roles: { agent_role: string; admin_role: string } | undefined;
    for (let i = 0; i < 50 && roles?.admin_role !== 'GLOBAL_ADMIN'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      roles = (await db.query('select agent_role, admin_role from identity.users where id = $1', [nora.id])).rows[0];
    }
    expect(roles).toEqual({ agent_role: 'ADMIN_AGENT', admin_role: 'GLOBAL_ADMIN' });
  });
});
