import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { projectRoot } from '../../platform/config.js';
import { createLogger } from '../../platform/logger.js';
import { TrustedDocuments, type TrustedDocumentManifest } from '../../gateway/trusted-documents.js';
import { DEMO_PASSWORD } from '../../scripts/seed/world.js';
import { LiveSubscription, settle } from '../helpers/live.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const DASHBOARD = 'partner-dashboard';
const dashboardManifest = async (): Promise<TrustedDocumentManifest> =>
  JSON.parse(await readFile(path.join(projectRoot, 'trusted-documents', `${DASHBOARD}.json`), 'utf8'));
const idOf = (manifest: TrustedDocumentManifest, operation: string) =>
  Object.keys(manifest).find((id) => manifest[id].startsWith(operation))!;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of several operations, read field by field
interface Answer { status: number; data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] }

describe('trusted documents (issue 18 §1)', () => {
  let stack: TestStack;
  let dir: string;
  let manifest: TrustedDocumentManifest;

  async function post(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
    });
    return { status: response.status, ...(await response.json()) };
  }
  const signIn = { variables: { email: 'anna@contoso.it', password: DEMO_PASSWORD } };
  const codes = (answer: Answer) => answer.errors?.map((error) => error.extensions?.code);

  beforeAll(async () => {
    manifest = await dashboardManifest();
    dir = await mkdtemp(path.join(os.tmpdir(), 'trusted-documents-'));
    await writeFile(path.join(dir, `${DASHBOARD}.json`), JSON.stringify(manifest));
    stack = await startTestStack({ trustedDocuments: { dir, reloadMs: 200, requireForNamedClients: false } });
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a registered app runs its registered document by documentId (GraphQL Code Generator client preset manifest)', async () => {
    const answer = await post({ documentId: idOf(manifest, 'mutation SignIn'), ...signIn }, { 'graphql-client-name': DASHBOARD });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.signIn.accessToken).toEqual(expect.any(String));
  });

  it('the APQ form (extensions.persistedQuery.sha256Hash) and GET ?documentId= find the same documents', async () => {
    const id = idOf(manifest, 'mutation SignIn');
    const apq = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: id.replace(/^sha256:/, '') } }, ...signIn },
      { 'graphql-client-name': DASHBOARD });
    expect(apq.data?.signIn.accessToken).toEqual(expect.any(String));

    const token = await stack.signIn('anna@contoso.it');
    const query = `query Me { me { displayName } }`;
    const meId = `sha256:${createHash('sha256').update(query).digest('hex')}`;
    await writeFile(path.join(dir, 'reports.json'), JSON.stringify({ [meId]: query }));
    await waitFor(async () => (await post({ documentId: meId }, { authorization: `Bearer ${token}` })).data?.me !== undefined);
    const response = await fetch(`${stack.gatewayUrl}?documentId=${encodeURIComponent(meId)}`, {
      headers: { 'graphql-client-name': 'reports', authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    expect(await response.json()).toEqual({ data: { me: { displayName: 'Anna Rossi' } } });
  });

  it('an unknown document id is refused with PERSISTED_QUERY_NOT_FOUND', async () => {
    const answer = await post({ documentId: `sha256:${'0'.repeat(64)}` }, { 'graphql-client-name': DASHBOARD });
    expect(answer.data ?? null).toBeNull();
    expect(codes(answer)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it("a registered app asking for another app's document is refused with PERSISTED_QUERY_NOT_FOUND", async () => {
    const query = 'query Other { __typename }';
    const id = `sha256:${createHash('sha256').update(query).digest('hex')}`;
    await writeFile(path.join(dir, 'other-app.json'), JSON.stringify({ [id]: query }));
    await waitFor(async () => (await post({ documentId: id })).data?.__typename === 'Query');
    expect(codes(await post({ documentId: id }, { 'graphql-client-name': DASHBOARD }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('a registered app sending free text is refused with PERSISTED_QUERY_NOT_ALLOWED, even a registered text', async () => {
    const answer = await post({ query: manifest[idOf(manifest, 'mutation SignIn')], ...signIn }, { 'graphql-client-name': DASHBOARD });
    expect(answer.data ?? null).toBeNull();
    expect(codes(answer)).toEqual(['PERSISTED_QUERY_NOT_ALLOWED']);
  });

  it("an analyst's free text (no client name) is accepted, under the query limits as before", async () => {
    const token = await stack.signIn('anna@contoso.it');
    const answer = await post({ query: '{ me { displayName } }' }, { authorization: `Bearer ${token}` });
    expect(answer).toEqual({ status: 200, data: { me: { displayName: 'Anna Rossi' } } });
    const deep = await post({ query: '{ me { organization { customers(first: 100) { edges { node { subscriptions(first: 100) { edges { node { id } } } } } } } } }' },
      { authorization: `Bearer ${token}` });
    expect(codes(deep)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('a client naming itself without a manifest may send text unless documents are required (production switch)', async () => {
    const answer = await post({ query: '{ __typename }' }, { 'graphql-client-name': 'curl' });
    expect(answer.data).toEqual({ __typename: 'Query' });
    const logger = createLogger('test', 'silent');
    const required = new TrustedDocuments({ dir, reloadMs: 60_000, requireForNamedClients: true }, logger);
    await required.reload();
    expect(required.mayRunFreeText(null)).toBe(true);
    expect(required.mayRunFreeText('curl')).toBe(false);
    expect(required.mayRunFreeText(DASHBOARD)).toBe(false);
  });

  it('a dashboard subscription over graphql-ws runs beside trusted documents (the socket carries no HTTP request)', async () => {
    const anna = await stack.signIn('anna@contoso.it');
    const live = new LiveSubscription(stack.gatewayUrl, anna,
      'subscription { partnerUserChanged { change user { displayName } } }');
    try {
      await settle();
      const created = await stack.query(`mutation { createPartnerUser(input: { displayName: "Trusted Live",
        email: "trusted.live@contoso.it", agentRole: NONE, adminRole: NONE }) { user { id } } }`, { token: anna });
      expect(created.errors).toBeUndefined();
      await live.until(() => live.results.some((result) =>
        (result.data?.partnerUserChanged as { user?: { displayName?: string } } | undefined)?.user?.displayName === 'Trusted Live'
        || live.completed));
      expect(live.error).toBeUndefined();
      expect(live.results[0].errors).toBeUndefined();
    } finally {
      await live.close();
    }
  });

  it('a corrupt manifest is logged once (warn) per change, not on every reload cycle; the last good documents stay', async () => {
    const own = await mkdtemp(path.join(os.tmpdir(), 'trusted-documents-corrupt-'));
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push(JSON.parse(line)); } });
    const documents = new TrustedDocuments({ dir: own, reloadMs: 60_000, requireForNamedClients: false }, logger);
    try {
      const file = path.join(own, `${DASHBOARD}.json`);
      await writeFile(file, JSON.stringify(manifest));
      await documents.reload();
      const id = Object.keys(manifest)[0];
      await writeFile(file, '{ "sha256:broken": ');
      for (let cycle = 0; cycle < 5; cycle += 1) await documents.reloadCycle();
      expect(lines.map((line) => [line.level, line.msg])).toEqual([[40, 'trusted documents: reload failed, keeping the last ones']]);
      expect(documents.document(id, DASHBOARD)).toBe(manifest[id]);
      await writeFile(file, '[1, 2');
      for (let cycle = 0; cycle < 3; cycle += 1) await documents.reloadCycle();
      expect(lines.filter((line) => line.level === 40)).toHaveLength(2);
      await writeFile(file, JSON.stringify(manifest));
      await documents.reloadCycle();
      await documents.reloadCycle();
      expect(lines.map((line) => line.level)).toEqual([40, 40, 30]);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });

  it('a changed manifest applies without restart: a new document runs, a removed one is refused', async () => {
    const query = 'query Tenant { myTenant { displayName } }';
    const id = `sha256:${createHash('sha256').update(query).digest('hex')}`;
    const token = await stack.signIn('anna@contoso.it');
    const run = () => post({ documentId: id }, { 'graphql-client-name': DASHBOARD, authorization: `Bearer ${token}` });
    expect(codes(await run())).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    await writeFile(path.join(dir, `${DASHBOARD}.json`), JSON.stringify({ ...manifest, [id]: query }));
    await waitFor(async () => (await run()).data?.myTenant !== undefined);
    expect((await run()).data?.myTenant.displayName).toEqual(expect.any(String));

    await writeFile(path.join(dir, `${DASHBOARD}.json`), JSON.stringify(manifest));
    await waitFor(async () => codes(await run())?.[0] === 'PERSISTED_QUERY_NOT_FOUND');
  });
});

/** Polls `condition` until it holds (the manifest is re-read every 200 ms here); fails after 20 s. */
async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
