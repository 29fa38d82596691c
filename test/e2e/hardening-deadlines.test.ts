import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { accessStateSettings } from '../../platform/access-state.js';
import { createLogger } from '../../platform/logger.js';
import { SUPERGRAPH_FILE, withSubgraphUrls } from '../../platform/supergraph.js';
import { createTokenVerifier } from '../../platform/tokens.js';
import { inTransaction, SYSTEM_SCOPE } from '../../subgraphs/kit/database.js';
import { deadlineOf, MAX_DEADLINE_AHEAD_MS } from '../../subgraphs/kit/deadline.js';
import { createTestDatabase, startTestStack, type TestStack } from '../helpers/stack.js';

/**
 * Issue 13 kind 6, writes: a mutation the gateway gave up on (SERVICE_UNAVAILABLE after SUBGRAPH_TIMEOUT_MS) is not
 * stored afterwards. The gateway sends `x-request-deadline`; the subgraph refuses work and rolls back past it.
 */
const until = async (condition: () => Promise<boolean>, what: string, timeoutMs = 30_000) => {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('issue 13 kind 6: a timed-out write is not stored afterwards (x-request-deadline)', () => {
  describe('the header, as a subgraph reads it', () => {
    const now = 1_800_000_000_000;
    it.each([
      { header: undefined, read: undefined },
      { header: 'soon', read: undefined },
      { header: '-5', read: undefined },
      { header: '1.5e12', read: undefined },
      { header: '', read: undefined },
      { header: String(now + 500), read: now + 500 },
      { header: ` ${now - 1} `, read: now - 1 },
      { header: '99999999999999', read: now + MAX_DEADLINE_AHEAD_MS },
    ])('$header → $read (unreadable is ignored, far future clamped)', ({ header, read }) => {
      expect(deadlineOf(header, now)).toBe(read);
    });
  });

  describe('a transaction with a deadline (kit/database.ts)', () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let dataSource: DataSource;
    const stored = async (tag: string) => Number((await dataSource.query('select count(*) as n from probe where tag = $1', [tag]))[0].n);
    const insert = (tag: string) => (manager: import('typeorm').EntityManager) => manager.query('insert into probe (tag) values ($1)', [tag]);

    beforeAll(async () => {
      database = await createTestDatabase();
      dataSource = new DataSource({ type: 'postgres', url: database.url });
      await dataSource.initialize();
      await dataSource.query('create table probe (tag text not null)');
    });
    afterAll(async () => {
      await dataSource?.destroy();
      await database?.drop();
    });

    it('work that ends after the deadline is rolled back, not committed: DEADLINE_EXCEEDED', async () => {
      const deadline = Date.now() + 200;
      const outcome = inTransaction(dataSource, SYSTEM_SCOPE, async (manager) => {
        await insert('late')(manager);
        await until(async () => Date.now() > deadline, 'the deadline to pass');
      }, undefined, deadline);
      await expect(outcome).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DEADLINE_EXCEEDED' } });
      expect(await stored('late')).toBe(0);
    });

    it('a statement still running at the deadline is cancelled (statement_timeout), and nothing is stored', async () => {
      const outcome = inTransaction(dataSource, SYSTEM_SCOPE, async (manager) => {
        await insert('slow')(manager);
        await manager.query('select pg_sleep(60)');
      }, undefined, Date.now() + 300);
      await expect(outcome).rejects.toMatchObject({ extensions: { reason: 'DEADLINE_EXCEEDED' } });
      expect(await stored('slow')).toBe(0);
    });

    it('past the deadline nothing starts; before it, or without one, the work commits', async () => {
      await expect(inTransaction(dataSource, SYSTEM_SCOPE, insert('never'), undefined, Date.now() - 1))
        .rejects.toMatchObject({ extensions: { reason: 'DEADLINE_EXCEEDED' } });
      expect(await stored('never')).toBe(0);
      await inTransaction(dataSource, SYSTEM_SCOPE, insert('in time'), undefined, Date.now() + 60_000);
      await inTransaction(dataSource, SYSTEM_SCOPE, insert('in time'));
      expect(await stored('in time')).toBe(2);
    });
  });

  describe('through the gateway', () => {
    let stack: TestStack;
    let impatient: RunningGateway;
    let token: string;
    let db: pg.Client;
    const ticket = (title: string) => `mutation { createPartnerSupportTicket(input: { title: "${title}", description: "d", severity: MINIMAL }) { id } }`;
    const tickets = async (title: string) => Number((await db.query('select count(*) as n from partners.support_tickets where title = $1', [title])).rows[0].n);
    const post = async (url: string, query: string, headers: Record<string, string> = {}) => {
      const response = await fetch(url, {
        method: 'POST', signal: AbortSignal.timeout(30_000),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, body: await response.json() as { data?: Record<string, unknown> | null; errors?: { path?: unknown[]; extensions?: Record<string, unknown> }[] } };
    };
    /** the partners service has no transaction open or statement running in this test's database */
    const partnersIdle = async () => Number((await db.query(`select count(*) as n from pg_stat_activity where datname = current_database()
      and application_name = 'partner-graph-partners' and state <> 'idle'`)).rows[0].n) === 0;

    beforeAll(async () => {
      stack = await startTestStack();
      token = await stack.signIn('anna@contoso.it');
      impatient = await startGateway({
        supergraph: withSubgraphUrls(await readFile(SUPERGRAPH_FILE, 'utf8'), stack.subgraphUrls),
        verifier: createTokenVerifier(stack.keys, stack.config.jwt), logger: createLogger('test', 'silent'),
        production: false, host: '127.0.0.1', port: 0, access: accessStateSettings(stack.config, stack.databaseUrl), subgraphTimeoutMs: 1000,
      });
      db = new pg.Client({ connectionString: stack.databaseUrl });
      await db.connect();
    });
    afterAll(async () => {
      await db?.end();
      await impatient?.close();
      await stack?.close();
    });

    it('a mutation held up past SUBGRAPH_TIMEOUT_MS answers null + SERVICE_UNAVAILABLE at its path, and is not stored once the hold is released', async () => {
      const title = `held ${randomUUID()}`;
      // a deliberately delayed subgraph: its insert waits on a table lock this test holds
      const holder = new pg.Client({ connectionString: stack.databaseUrl });
      await holder.connect();
      try {
        await holder.query('begin');
        await holder.query('lock table partners.support_tickets in exclusive mode');
        const answer = await post(impatient.url, ticket(title));
        expect(answer.body.data ?? { createPartnerSupportTicket: null }).toEqual({ createPartnerSupportTicket: null });
        // whichever gives up first answers: the gateway's timeout, or the subgraph at its deadline (DEADLINE_EXCEEDED)
        expect(answer.body.errors).toEqual([expect.objectContaining({
          path: ['createPartnerSupportTicket'], extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }) })]);
        await holder.query('commit');
      } finally {
        await holder.end();
      }
      await until(partnersIdle, 'the partners service to finish the held request');
      expect(await tickets(title)).toBe(0);
      // the service itself is fine: the same mutation in time is stored
      const again = await post(impatient.url, ticket(`${title} again`));
      expect(again.body.errors).toBeUndefined();
      expect(await tickets(`${title} again`)).toBe(1);
    });

    it('a client cannot choose the deadline: the gateway sets its own', async () => {
      const title = `client deadline ${randomUUID()}`;
      const answer = await post(stack.gatewayUrl, ticket(title), { 'x-request-deadline': '1' });
      expect(answer.body.errors).toBeUndefined();
      expect(await tickets(title)).toBe(1);
    });

    it('a subgraph refuses a request whose deadline has passed (503 SERVICE_UNAVAILABLE / DEADLINE_EXCEEDED), ignores one it cannot read, clamps a far one', async () => {
      const partners = stack.subgraphUrls.partners;
      const late = `late ${randomUUID()}`;
      const refused = await post(partners, ticket(late), { 'x-request-deadline': String(Date.now() - 1) });
      expect(refused.status).toBe(503);
      expect(refused.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DEADLINE_EXCEEDED' } })]);
      expect(await tickets(late)).toBe(0);
      for (const header of ['tomorrow', '99999999999999']) {
        const title = `${header} ${randomUUID()}`;
        const answer = await post(partners, ticket(title), { 'x-request-deadline': header });
        expect(answer.body.errors).toBeUndefined();
        expect(await tickets(title)).toBe(1);
      }
    });
  });
});
