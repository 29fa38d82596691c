import { TENANT } from '../../scripts/seed/world.js';
import {
  createNewcomer, errorOf, linkTokenFrom, PMC_PASSWORD, signInWhen, startPartnersWorld, waitFor, type Newcomer, type PartnersWorld,
} from '../helpers/partners.js';

const ENROLLMENT = 'id status vettingStatus vettingSubStatus selectedMpnId candidateOrgProfiles { mpnId country isActive }';
const START = `mutation { startEnrollment(program: INDIRECT_RESELLER) { ${ENROLLMENT} } }`;
const LINK = `mutation ($u: String!, $p: String!) { linkPartnerMembershipAccount(userName: $u, password: $p) { ${ENROLLMENT} } }`;
const SELECT = `mutation ($id: String!) { selectOrganizationProfile(mpnId: $id) { ${ENROLLMENT} } }`;
const SAVE = `mutation ($input: EnrollmentDetailsInput!) { saveEnrollmentDetails(input: $input) {
  status legalBusinessProfile { companyName primaryContact { email } } supportProfile { email telephone } } }`;
const SUBMIT = 'mutation { submitEnrollment { status vettingStatus vettingSubStatus submittedAt } }';
const VERIFY = 'mutation ($t: String!) { verifyPrimaryContactEmail(token: $t) { enrollmentStatus verifiedAt } }';
const MY_ENROLLMENT = '{ myEnrollment { id status } }';

function details(domain: string, overrides: { contact?: Record<string, unknown>; address?: Record<string, unknown> } = {}) {
  return {
    legalBusinessProfile: {
      companyName: `${domain} S.r.l.`,
      address: { country: 'IT', city: 'Milano', addressLine1: 'Via Torino 10', postalCode: '20123', ...overrides.address },
      primaryContact: { firstName: 'Anna', lastName: 'Neri', email: `anna@${domain}`, phoneNumber: '+39 02 1234567', ...overrides.contact },
    },
    supportProfile: { email: `support@${domain}`, telephone: '+39 02 7654321' },
  };
}

describe('enrollment (§3.1): AS-1, AS-2 and rules R-9…R-23 through the gateway', () => {
  let world: PartnersWorld;

  beforeAll(async () => {
    world = await startPartnersWorld();
  });
  afterAll(() => world?.close());

  const as = (token: string) => ({
    run: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => world.stack.query<T>(query, { token, variables }),
  });

  /** A newcomer walked to ORG_PROFILE_SELECTED with the given PMC account and MPN ID. */
  async function enrolledUpToProfile(prefix: string, pmc: string, mpnId: string) {
    const newcomer = await createNewcomer(world, prefix);
    const token = await world.stack.signIn(newcomer.email, newcomer.password);
    const me = as(token);
    expect((await me.run(START)).errors).toBeUndefined();
    expect((await me.run(LINK, { u: pmc, p: PMC_PASSWORD })).errors).toBeUndefined();
    expect((await me.run(SELECT, { id: mpnId })).errors).toBeUndefined();
    return { newcomer, token, me };
  }

  describe('AS-1: a reseller enrolls and is verified (happy path)', () => {
    let newcomer: Newcomer;
    let token: string;
    let applicationId: string;
    const contact = 'anna@tailspin.it';

    beforeAll(async () => {
      newcomer = await createNewcomer(world, 'tailspin');
      token = await world.stack.signIn(newcomer.email, newcomer.password);
    });

    it('step 1: the tenant global admin starts → STARTED; the organization is ENROLLING', async () => {
      const result = await as(token).run<{ startEnrollment: { id: string; status: string; vettingSubStatus: string } }>(START);
      expect(result.errors).toBeUndefined();
      expect(result.data!.startEnrollment).toMatchObject({ status: 'STARTED', vettingStatus: 'NONE', vettingSubStatus: 'ENTRY' });
      applicationId = result.data!.startEnrollment.id;
      const org = await as(token).run('{ myOrganization { id programStatus partnerType country } }');
      expect(org.data).toEqual({ myOrganization: { id: newcomer.tenantId, programStatus: 'ENROLLING', partnerType: 'INDIRECT_RESELLER', country: 'IT' } });
      const { rows } = await world.db.query(`select payload from partners.events where type = 'EnrollmentStatusChanged' and aggregate_id = $1`, [applicationId]);
      expect(rows[0].payload).toMatchObject({
        from: null, to: 'STARTED',
        enrollment: { id: applicationId, organizationId: newcomer.tenantId, status: 'STARTED', createdBy: newcomer.userId },
        organization: { id: newcomer.tenantId, companyName: 'tailspin company', partnerType: 'INDIRECT_RESELLER',
          programStatus: 'ENROLLING', country: 'IT', mpnId: null },
      });
    });

    it('step 2: linking the PMC account → MPN_ACCOUNT_LINKED with the account\'s organization profiles', async () => {
      const result = await as(token).run<{ linkPartnerMembershipAccount: { status: string; candidateOrgProfiles: { mpnId: string }[] } }>(
        LINK, { u: 'pmc@tailspin.it', p: PMC_PASSWORD });
      expect(result.data!.linkPartnerMembershipAccount.status).toBe('MPN_ACCOUNT_LINKED');
      expect(result.data!.linkPartnerMembershipAccount.candidateOrgProfiles.map((p) => p.mpnId))
        .toEqual(expect.arrayContaining(['1234567', '7654321', '5555555']));
    });

    it('step 3 / R-17: an MPN ID already linked to another reseller (Contoso) → CONFLICT; a free one → ORG_PROFILE_SELECTED', async () => {
      expect(errorOf(await as(token).run(SELECT, { id: '1234567' }))).toMatchObject({ code: 'CONFLICT', reason: 'MPN_ID_ALREADY_LINKED' });
      const result = await as(token).run<{ selectOrganizationProfile: { status: string; selectedMpnId: string } }>(SELECT, { id: '1212121' });
      expect(result.data!.selectOrganizationProfile).toMatchObject({ status: 'ORG_PROFILE_SELECTED', selectedMpnId: '1212121' });
    });

    it('step 4: legal, primary contact and support details → DETAILS_SAVED', async () => {
      const result = await as(token).run<{ saveEnrollmentDetails: { status: string } }>(SAVE, { input: details('tailspin.it') });
      expect(result.errors).toBeUndefined();
      expect(result.data!.saveEnrollmentDetails).toMatchObject({
        status: 'DETAILS_SAVED', legalBusinessProfile: { companyName: 'tailspin.it S.r.l.', primaryContact: { email: contact } },
      });
    });

    it('step 5: Enroll now → PENDING_EMAIL_VERIFICATION and exactly one verification email to the primary contact', async () => {
      const result = await as(token).run<{ submitEnrollment: { status: string } }>(SUBMIT);
      expect(result.data!.submitEnrollment).toMatchObject({
        status: 'PENDING_EMAIL_VERIFICATION', vettingStatus: 'PENDING', vettingSubStatus: 'EMAIL_OWNERSHIP',
      });
      const mail = await world.mailTo(contact);
      expect(mail.map((message) => message.tag)).toEqual(['enrollment-verification']);
      expect(mail[0].text).toContain('/enrollment/verify-email?token=');
      const stored = await world.db.query('select token_hash from partners.verification_tokens where email = $1', [contact]);
      expect(stored.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(mail[0].text).not.toContain(stored.rows[0].token_hash);
    });

    it('before the decision, G3 operations say ACCOUNT_UNDER_REVIEW (R-23)', async () => {
      const fresh = await signInWhen(world, newcomer, (claims) => claims.pst === 'PENDING_VERIFICATION');
      const result = await as(fresh).run('{ customers { totalCount } }');
      expect(errorOf(result)).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_UNDER_REVIEW' });
      expect(errorOf(await as(fresh).run('{ invoices { totalCount } }'))).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_UNDER_REVIEW' });
    });

    it('step 6 / R-22: the emailed link → IN_REVIEW (anonymously); the same link again → VERIFICATION_TOKEN_USED', async () => {
      const link = await linkTokenFrom(world, contact, 'enrollment-verification');
      const verified = await world.stack.query<{ verifyPrimaryContactEmail: { enrollmentStatus: string } }>(VERIFY, { variables: { t: link } });
      expect(verified.data!.verifyPrimaryContactEmail.enrollmentStatus).toBe('IN_REVIEW');
      const again = await world.stack.query(VERIFY, { variables: { t: link } });
      expect(errorOf(again)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VERIFICATION_TOKEN_USED' });
    });

    it('step 7: the reviewer approves → APPROVED, org ACTIVE, status email, creator is GLOBAL_ADMIN + ADMIN_AGENT', async () => {
      await world.review({ applicationId, decision: 'APPROVE', reviewer: 'test' });
      expect((await world.mailTo(contact)).map((message) => message.tag)).toEqual(['enrollment-verification', 'enrollment-approved']);
      const { rows } = await world.db.query(`select type, payload from partners.events where partner_ids @> array[$1]::uuid[]
        order by id desc limit 2`, [newcomer.tenantId]);
      expect(rows.map((row) => row.type).sort()).toEqual(['EnrollmentStatusChanged', 'PartnerOrganizationActivated']);
      expect(rows.find((row) => row.type === 'EnrollmentStatusChanged').payload).toMatchObject({
        from: 'IN_REVIEW', to: 'APPROVED', enrollment: { status: 'APPROVED', createdBy: newcomer.userId },
        organization: { programStatus: 'ACTIVE', mpnId: '1212121', companyName: 'tailspin.it S.r.l.' },
      });
      const fresh = await signInWhen(world, newcomer, (claims) => claims.pst === 'ACTIVE' && claims.adr === 'GLOBAL_ADMIN');
      const me = await as(fresh).run('{ me { adminRole agentRole } myOrganization { programStatus enrollment { status vettingStatus } } }');
      expect(me.data).toEqual({
        me: { adminRole: 'GLOBAL_ADMIN', agentRole: 'ADMIN_AGENT' },
        myOrganization: { programStatus: 'ACTIVE', enrollment: { status: 'APPROVED', vettingStatus: 'AUTHORIZED' } },
      });
      // S-34: the customers its MPN ID already serves in another portal are imported (source IMPORTED)
      type Imported = { customers: { edges: { node: { companyProfile: { companyName: string }; resellerRelationships: {
        edges: { node: { source: string; partner: { id: string } } }[] } } }[] } };
      const imported = await waitFor(async () => {
        const result = await as(fresh).run<Imported>(`{ customers(first: 10) { edges { node { companyProfile { companyName }
          resellerRelationships { edges { node { source partner { id } } } } } } } }`);
        expect(result.errors).toBeUndefined();
        return result.data!.customers.edges.length === 2 ? result.data!.customers.edges.map((edge) => edge.node) : null;
      }, 'the existing customers to be imported');
      expect(imported).toEqual(['Lamna Healthcare S.p.A.', 'Trey Research S.r.l.'].map((companyName) => ({ companyProfile: { companyName },
        resellerRelationships: { edges: [{ node: { source: 'IMPORTED', partner: { id: newcomer.tenantId } } }] } })));
    });

    it('R-11: the approved tenant cannot start again → TENANT_ALREADY_ENROLLED; nor can enrolled Contoso', async () => {
      const fresh = await world.stack.signIn(newcomer.email, newcomer.password);
      expect(errorOf(await as(fresh).run(START))).toMatchObject({ code: 'CONFLICT', reason: 'TENANT_ALREADY_ENROLLED' });
      const anna = await world.stack.signIn('anna@contoso.it');
      expect(errorOf(await as(anna).run(START))).toMatchObject({ code: 'CONFLICT', reason: 'TENANT_ALREADY_ENROLLED' });
    });
  });

  describe('AS-2: enrollment bad inputs', () => {
    it('step 1 / R-9: a user who is not the tenant\'s AAD global admin → NOT_TENANT_GLOBAL_ADMIN', async () => {
      const marco = await world.stack.signIn('marco@contoso.it');
      expect(errorOf(await as(marco).run(START))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_TENANT_GLOBAL_ADMIN' });
    });

    it('R-10: a personal (consumer mail) account → WORK_ACCOUNT_REQUIRED', async () => {
      const tenantId = '99999999-0000-4000-8000-000000000001';
      await world.db.query(`insert into partners.tenants (id, display_name, default_domain, verified_domains, country_code)
        values ($1, 'Personal', 'outlook.com', '{outlook.com}', 'IT')`, [tenantId]);
      const token = await world.tokenFor({ sub: '99999999-0000-4000-8000-0000000000aa', tid: tenantId, tga: true });
      expect(errorOf(await as(token).run(START))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WORK_ACCOUNT_REQUIRED' });
    });

    it('step 2 / R-12…R-16: PMC and organization-profile guards', async () => {
      const newcomer = await createNewcomer(world, 'proseware');
      const me = as(await world.stack.signIn(newcomer.email, newcomer.password));
      await me.run(START);
      expect(errorOf(await me.run(LINK, { u: 'pmc@proseware.it', p: 'wrong' }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PMC_AUTH_FAILED' });
      expect(errorOf(await me.run(SELECT, { id: '3434343' }))).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'ENROLLMENT_STEP_NOT_ALLOWED' });
      await me.run(LINK, { u: 'pmc@proseware.it', p: PMC_PASSWORD });
      const cases: [string, string, string][] = [
        ['7654321', 'PRECONDITION_FAILED', 'MPN_COUNTRY_MISMATCH'],
        ['5555555', 'PRECONDITION_FAILED', 'MPN_PROFILE_INACTIVE'],
        ['12a', 'BAD_USER_INPUT', 'MPN_ID_NOT_NUMERIC'],
        ['2345678', 'NOT_FOUND', 'MPN_ID_NOT_FOUND'],
      ];
      for (const [mpnId, code, reason] of cases) {
        expect({ mpnId, error: errorOf(await me.run(SELECT, { id: mpnId })) })
          .toEqual({ mpnId, error: expect.objectContaining({ code, reason }) });
      }
      expect((await me.run<{ myEnrollment: { status: string } }>(MY_ENROLLMENT)).data!.myEnrollment.status).toBe('MPN_ACCOUNT_LINKED');
    });

    it('step 3 / R-18…R-21: webmail, tenant sign-in names, missing fields, foreign address; status unchanged', async () => {
      const { me } = await enrolledUpToProfile('wingtip', 'pmc@sandbox.it', '8000001');
      for (const email of ['anna.contoso@gmail.com', 'anna@outlook.com', 'anna@icloud.com', 'anna@aol.com', 'anna@yahoo.it', 'a@hotmail.co.uk']) {
        const result = await me.run(SAVE, { input: details('wingtip.it', { contact: { email } }) });
        expect({ email, error: errorOf(result) }).toEqual({ email, error: expect.objectContaining({
          code: 'BAD_USER_INPUT', reason: 'WEBMAIL_NOT_ALLOWED', field: 'primaryContact.email' }) });
      }
      expect(errorOf(await me.run(SAVE, { input: details('wingtip.it', { contact: { email: 'admin@wingtip.onmicrosoft.com' } }) })))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTACT_EMAIL_NOT_MAILBOX', field: 'primaryContact.email' });
      expect(errorOf(await me.run(SAVE, { input: details('wingtip.it', { address: { city: ' ' }, contact: { phoneNumber: null } }) })))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED_FIELD', field: 'legalBusinessProfile.address.city',
          fields: ['legalBusinessProfile.address.city', 'legalBusinessProfile.primaryContact.phoneNumber'] });
      const noSupport = { ...details('wingtip.it'), supportProfile: { website: 'https://wingtip.it' } };
      expect(errorOf(await me.run(SAVE, { input: noSupport }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED_FIELD' });
      expect(errorOf(await me.run(SAVE, { input: details('wingtip.it', { address: { country: 'DE' } }) })))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ADDRESS_COUNTRY_MISMATCH' });
      expect((await me.run<{ myEnrollment: { status: string } }>(MY_ENROLLMENT)).data!.myEnrollment.status).toBe('ORG_PROFILE_SELECTED');
    });

    it('step 4 / R-23: the reviewer rejects (a reason is required) → REJECTED, email, every G3 operation → ACCOUNT_REJECTED', async () => {
      const { newcomer, me } = await enrolledUpToProfile('litwareinc', 'pmc@sandbox.it', '8000002');
      await me.run(SAVE, { input: details('litwareinc.it') });
      await me.run(SUBMIT);
      const link = await linkTokenFrom(world, 'anna@litwareinc.it', 'enrollment-verification');
      await world.stack.query(VERIFY, { variables: { t: link } });
      const { myEnrollment } = (await me.run<{ myEnrollment: { id: string } }>(MY_ENROLLMENT)).data!;
      await expect(world.review({ applicationId: myEnrollment.id, decision: 'REJECT' })).rejects.toMatchObject({ reason: 'REQUIRED_FIELD' });
      await world.review({ applicationId: myEnrollment.id, decision: 'REJECT', reason: 'Business could not be verified' });
      const rejected = (await world.mailTo('anna@litwareinc.it')).filter((message) => message.tag === 'enrollment-rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0].text).toContain('Business could not be verified');
      const fresh = await signInWhen(world, newcomer, (claims) => claims.pst === 'REJECTED');
      expect((await as(fresh).run('{ myOrganization { programStatus } }')).data).toEqual({ myOrganization: { programStatus: 'REJECTED' } });
      for (const query of ['{ customers { totalCount } }', '{ invoices { totalCount } }', '{ verifyPartnerMpnId(mpnId: "1234567") { partnerName } }']) {
        expect({ query, error: errorOf(await as(fresh).run(query)) })
          .toEqual({ query, error: expect.objectContaining({ code: 'FORBIDDEN', reason: 'ACCOUNT_REJECTED' }) });
      }
      // §3.1 row 11: the creator appeals with a comment and documents → IN_REVIEW again, then the reviewer approves
      const APPEAL = 'mutation ($c: String!, $d: [String!]) { appealEnrollment(comment: $c, documents: $d) { status vettingStatus history { to reason } } }';
      expect(errorOf(await as(fresh).run(APPEAL, { c: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED_FIELD', field: 'comment' });
      const appealed = await as(fresh).run<{ appealEnrollment: { status: string; vettingStatus: string; history: { to: string; reason: string | null }[] } }>(
        APPEAL, { c: 'Chamber of commerce registration attached', d: ['https://litwareinc.it/visura.pdf'] });
      expect(appealed.data!.appealEnrollment).toMatchObject({ status: 'IN_REVIEW', vettingStatus: 'PENDING' });
      expect(appealed.data!.appealEnrollment.history.at(-1)).toEqual({ to: 'IN_REVIEW',
        reason: 'Chamber of commerce registration attached (documents: https://litwareinc.it/visura.pdf)' });
      expect(errorOf(await as(fresh).run(APPEAL, { c: 'again' }))).toMatchObject({ code: 'NOT_FOUND' });
      await world.review({ applicationId: myEnrollment.id, decision: 'APPROVE' });
      await signInWhen(world, newcomer, (claims) => claims.pst === 'ACTIVE');
    });
  });

  describe('verification links (R-22, §3.1 rows 7, 13) and the creator-only steps', () => {
    it('a resend invalidates the previous link; an expired link → EXPIRED; an unknown one → INVALID', async () => {
      const { me } = await enrolledUpToProfile('fourthcoffee', 'pmc@sandbox.it', '8000003');
      await me.run(SAVE, { input: details('fourthcoffee.it') });
      await me.run(SUBMIT);
      const first = await linkTokenFrom(world, 'anna@fourthcoffee.it', 'enrollment-verification');
      expect((await me.run('mutation { resendPrimaryContactVerification { status } }')).errors).toBeUndefined();
      const second = await linkTokenFrom(world, 'anna@fourthcoffee.it', 'enrollment-verification');
      expect(second).not.toBe(first);
      expect(errorOf(await world.stack.query(VERIFY, { variables: { t: first } }))).toMatchObject({ reason: 'VERIFICATION_TOKEN_INVALID' });
      expect(errorOf(await world.stack.query(VERIFY, { variables: { t: 'garbled' } }))).toMatchObject({ reason: 'VERIFICATION_TOKEN_INVALID' });
      await world.db.query(`update partners.verification_tokens set expires_at = now() - interval '1 second'
        where email = 'anna@fourthcoffee.it' and superseded_at is null`);
      expect(errorOf(await world.stack.query(VERIFY, { variables: { t: second } })))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VERIFICATION_TOKEN_EXPIRED' });
      for (let i = 0; i < 4; i += 1) expect((await me.run('mutation { resendPrimaryContactVerification { status } }')).errors).toBeUndefined();
      expect(errorOf(await me.run('mutation { resendPrimaryContactVerification { status } }'))).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS' });
    });

    it('only the creator continues; cancel before submission deletes the organization and allows a new start', async () => {
      const { newcomer, me } = await enrolledUpToProfile('adventureworks', 'pmc@sandbox.it', '8000004');
      const other = await world.tokenFor({ sub: '99999999-0000-4000-8000-0000000000bb', tid: newcomer.tenantId, tga: true });
      expect(errorOf(await as(other).run(SAVE, { input: details('adventureworks.it') })))
        .toMatchObject({ code: 'FORBIDDEN', reason: 'ENROLLMENT_CREATOR_ONLY' });
      expect(errorOf(await as(other).run(START))).toMatchObject({ code: 'CONFLICT', reason: 'TENANT_ALREADY_ENROLLED' });
      expect((await me.run<{ cancelEnrollment: { status: string } }>('mutation { cancelEnrollment { status } }')).data)
        .toEqual({ cancelEnrollment: { status: 'CANCELLED' } });
      expect(errorOf(await me.run('{ myOrganization { id } }'))).toMatchObject({ code: 'NOT_FOUND' });
      expect((await me.run<{ startEnrollment: { status: string } }>(START)).data!.startEnrollment.status).toBe('STARTED');
      expect(errorOf(await me.run(SUBMIT))).toMatchObject({ reason: 'ENROLLMENT_STEP_NOT_ALLOWED' });
    });

    it('T-1: another tenant\'s application is not reachable; myEnrollment of a tenant without one is null', async () => {
      const fabio = await world.stack.signIn('fabio@fabrikam.it');
      expect((await as(fabio).run(MY_ENROLLMENT)).data).toEqual({ myEnrollment: null });
      expect(TENANT.fabrikam).toBeDefined();
    });

    it('issue 13 kind 9 / P-03: a user with no role asking myEnrollment is FORBIDDEN, as on every row outside NONE/NONE', async () => {
      const nora = await world.stack.signIn('nora@contoso.it');
      const result = await as(nora).run(MY_ENROLLMENT);
      expect({ data: result.data, error: errorOf(result) })
        .toEqual({ data: { myEnrollment: null }, error: expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' }) });
    });
  });
});
