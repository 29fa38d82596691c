import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../platform/net.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../platform/embedded-postgres.js';
import { LiveSubscription, settle } from '../helpers/live.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const SUBSCRIPTION = 'subscription ($after: ID) { partnerUserChanged(after: $after) { eventId user { displayName } } }';
type Change = { eventId: string; user: { displayName: string } };
const changes = (live: LiveSubscription) => live.results
  .map((result) => result.data?.partnerUserChanged as Change | undefined).filter((c): c is Change => Boolean(c));

describe('PostgreSQL restarts under the running graph (issue 9 reliability)', () => {
  let dataDir: string;
  let port: number;
  let postgres: EmbeddedPostgresHandle;
  let stack: TestStack;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'pg-restart-'));
    port = await freePort();
    postgres = await startEmbeddedPostgres({ dataDir, port });
    stack = await startTestStack({ databaseServer: postgres.url });
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('subgraphs reconnect by themselves, streams continue, and no committed event is lost', async () => {
    const anna = await stack.signIn('anna@contoso.it');
    const live = new LiveSubscription(stack.gatewayUrl, anna, SUBSCRIPTION);
    const create = (n: number) => stack.query(`mutation { createPartnerUser(input: { displayName: "Restart ${n}",
      email: "restart${n}@contoso.it", agentRole: NONE, adminRole: NONE }) { user { id } } }`, { token: anna });
    try {
      await settle();
      expect((await create(1)).errors).toBeUndefined();
      await live.until(() => changes(live).length === 1);

      await postgres.stop();
      const during = await stack.query('{ me { displayName } }', { token: anna });
      expect(during.data?.me ?? null).toBeNull(); // no database: an error, not a crash
      postgres = await startEmbeddedPostgres({ dataDir, port });

      let answered = false;
      const started = Date.now();
      while (!answered && Date.now() - started < 15_000) {
        const result = await stack.query<{ me: { displayName: string } | null }>('{ me { displayName } }', { token: anna });
        answered = result.data?.me?.displayName === 'Anna Rossi';
        if (!answered) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(answered).toBe(true);

      let created = false;
      for (let i = 0; i < 20 && !created; i += 1) {
        created = !(await create(2)).errors;
        if (!created) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(created).toBe(true);
      await live.until(() => changes(live).some((change) => change.user.displayName === 'Restart 2'), 15_000);

      // and a dashboard that was away resumes from its last id without gaps
      const resumed = new LiveSubscription(stack.gatewayUrl, anna, SUBSCRIPTION, { after: changes(live)[0].eventId });
      await resumed.until(() => changes(resumed).some((change) => change.user.displayName === 'Restart 2'));
      expect(changes(resumed).map((change) => change.user.displayName)).toEqual(['Restart 2']);
      await resumed.close();
    } finally {
      await live.close();
    }
  }, 90_000);
});
