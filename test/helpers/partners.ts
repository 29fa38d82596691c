import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { AccessClaims } from '../../platform/tokens.js';
import { connect } from '../../subgraphs/kit/database.js';
import { developmentMailer, readMailbox, type StoredMail } from '../../subgraphs/kit/mail.js';
import { partnersDatabase } from '../../subgraphs/partners/index.js';
import { fixtureMpnDirectory } from '../../subgraphs/partners/mpn-directory.js';
import { decideEnrollment, type EnrollmentDecision } from '../../subgraphs/partners/services/review.js';
import { changeProgramStatus, type ProgramStatusAction } from '../../subgraphs/partners/services/suspension.js';
import { startTestStack, waitFor, type TestStack } from './stack.js';

export const PMC_PASSWORD = 'Pmc-Demo-2026!';
const NEWCOMER_PASSWORD = 'Newcomer-Secret-2026';

export { errorOf, waitFor } from './stack.js';

export interface PartnersWorld {
  stack: TestStack;
  db: pg.Client;
  /** the development mail transport's directory for this test file */
  mailbox: string;
  mailTo(email: string): Promise<StoredMail[]>;
  /** the internal reviewer's decision (not on the public graph) */
  review(decision: EnrollmentDecision): Promise<void>;
  /** the internal reviewer suspends or reinstates an organization (`npm run review -- --organization …`) */
  changeProgramStatus(action: ProgramStatusAction): Promise<void>;
  /** signs an access token with the stack's keys: for principals the fixture world has no user for */
  tokenFor(claims: Partial<AccessClaims> & Pick<AccessClaims, 'sub' | 'tid'>): Promise<string>;
  close(): Promise<void>;
}

/** The whole graph with the development mailbox in a directory of this test file's own. */
export async function startPartnersWorld(options: { demo?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<PartnersWorld> {
  const mailbox = await mkdtemp(path.join(os.tmpdir(), 'partner-graph-mail-'));
  const stack = await startTestStack({ ...options, env: { ...options.env, MAIL_DIR: mailbox } });
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  let reviewSource: DataSource | undefined;
  const reviewer = async () => (reviewSource ??= await connect({
    url: stack.databaseUrl, schema: 'partners', migrations: [], entities: partnersDatabase.entities, poolSize: 2,
  }));
  return {
    stack,
    db,
    mailbox,
    mailTo: (email) => readMailbox(mailbox, email),
    async changeProgramStatus(action) {
      await changeProgramStatus(await reviewer(), action);
    },
    async review(decision) {
      await decideEnrollment(await reviewer(), decision, {
        now: () => new Date(), mailer: developmentMailer(mailbox, 'review@partner-graph.local'), publicUrl: 'http://localhost:4000',
        directory: fixtureMpnDirectory(),
      });
    },
    tokenFor: (claims) => stack.tokenFor(claims),
    async close() {
      await reviewSource?.destroy();
      await db.end();
      await stack.close();
    },
  };
}

export interface Newcomer { tenantId: string; userId: string; email: string; password: string }

/**
 * A tenant that is not a partner yet, with its global admin (identity's createWorkAccount, seed step 3), once
 * partners has read its TenantCreated event.
 */
export async function createNewcomer(world: PartnersWorld, prefix: string, countryCode = 'IT'): Promise<Newcomer> {
  const result = await world.stack.query<{ createWorkAccount: { tenant: { id: string }; user: { id: string; userPrincipalName: string } } }>(
    `mutation ($input: CreateWorkAccountInput!) { createWorkAccount(input: $input) { tenant { id } user { id userPrincipalName } } }`,
    { variables: { input: { companyName: `${prefix} company`, domainPrefix: prefix, countryCode, firstName: 'New',
      lastName: 'Comer', userName: 'admin', password: NEWCOMER_PASSWORD } } });
  if (!result.data?.createWorkAccount) throw new Error(`createWorkAccount failed: ${JSON.stringify(result.errors)}`);
  const { tenant, user } = result.data.createWorkAccount;
  await waitFor(async () => (await world.db.query('select 1 from partners.tenants where id = $1', [tenant.id])).rowCount,
    'partners to read TenantCreated');
  return { tenantId: tenant.id, userId: user.id, email: user.userPrincipalName, password: NEWCOMER_PASSWORD };
}

/** Signs in again once identity has applied partners' events (program status, roles) to the token's claims. */
export async function signInWhen(world: PartnersWorld, who: { email: string; password?: string },
  ready: (claims: AccessClaims) => boolean): Promise<string> {
  return waitFor(async () => {
    const token = await world.stack.signIn(who.email, who.password);
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as AccessClaims;
    return ready(claims) ? token : null;
  }, `a token for ${who.email} with the expected claims`);
}

/** The token in the link of the last message to `email` with `tag`. */
export async function linkTokenFrom(world: PartnersWorld, email: string, tag: string): Promise<string> {
  const messages = (await world.mailTo(email)).filter((message) => message.tag === tag);
  const last = messages[messages.length - 1];
  const match = last?.text.match(/[?&]token=([^\s&]+)/);
  if (!match) throw new Error(`no ${tag} link in the mail to ${email}`);
  return decodeURIComponent(match[1]);
}

const ENROLLMENT_STEPS = {
  start: 'mutation { startEnrollment(program: INDIRECT_RESELLER) { id } }',
  link: 'mutation ($u: String!, $p: String!) { linkPartnerMembershipAccount(userName: $u, password: $p) { id } }',
  select: 'mutation ($id: String!) { selectOrganizationProfile(mpnId: $id) { id } }',
  save: 'mutation ($input: EnrollmentDetailsInput!) { saveEnrollmentDetails(input: $input) { status } }',
  submit: 'mutation { submitEnrollment { status } }',
  verify: 'mutation ($t: String!) { verifyPrimaryContactEmail(token: $t) { enrollmentStatus } }',
};

/**
 * A newcomer walked through §3.1 (AS-1) to IN_REVIEW with a sandbox MPN ID (`pmc@sandbox.it`, 8000001…): its
 * access token from before `startEnrollment`, and the application waiting for the reviewer.
 */
export async function enrollForReview(world: PartnersWorld, prefix: string, mpnId: string) {
  const newcomer = await createNewcomer(world, prefix);
  const tokenBeforeEnrollment = await world.stack.signIn(newcomer.email, newcomer.password);
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const result = await world.stack.query<Record<string, { id?: string }>>(query, { token: tokenBeforeEnrollment, variables });
    if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };
  const contact = `anna@${prefix}.it`;
  const applicationId = (await run(ENROLLMENT_STEPS.start)).startEnrollment.id!;
  await run(ENROLLMENT_STEPS.link, { u: 'pmc@sandbox.it', p: PMC_PASSWORD });
  await run(ENROLLMENT_STEPS.select, { id: mpnId });
  await run(ENROLLMENT_STEPS.save, { input: {
    legalBusinessProfile: {
      companyName: `${prefix} S.r.l.`, address: { country: 'IT', city: 'Milano', addressLine1: 'Via Torino 10', postalCode: '20123' },
      primaryContact: { firstName: 'Anna', lastName: 'Neri', email: contact, phoneNumber: '+39 02 1234567' },
    },
    supportProfile: { email: `support@${prefix}.it`, telephone: '+39 02 7654321' },
  } });
  await run(ENROLLMENT_STEPS.submit);
  const link = await waitFor(() => linkTokenFrom(world, contact, 'enrollment-verification').catch(() => null), 'the verification mail');
  const verified = await world.stack.query(ENROLLMENT_STEPS.verify, { variables: { t: link } });
  if (verified.errors) throw new Error(`verification failed: ${JSON.stringify(verified.errors)}`);
  return { newcomer, applicationId, tokenBeforeEnrollment };
}
