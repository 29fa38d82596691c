import pg from 'pg';
import { DEMO_PASSWORD } from '../../scripts/seed/world.js';
import { LiveSubscription, settle } from '../helpers/live.js';
import { startReplicatedStack, type ReplicatedStack } from '../helpers/replicas.js';
import { NATS_SERVER, startNatsServer, type NatsServer } from '../helpers/servers.js';
import { graphql } from '../helpers/stack.js';

const SUBSCRIPTION = 'subscription { partnerUserChanged { eventId change user { displayName organization { companyName } } } }';
type Change = { eventId: string; user: { displayName: string } };
const changes = (live: LiveSubscription) => live.results
  .map((result) => result.data?.partnerUserChanged as Change | undefined).filter((c): c is Change => Boolean(c));
const named = (live: LiveSubscription, name: string) => changes(live).filter((change) => change.user.displayName === name);

if (!NATS_SERVER) console.warn('nats-server is not installed: the replicas test is skipped (apt-get install nats-server)');
const describeWithNats = NATS_SERVER ? describe : describe.skip;

describeWithNats('two of everything on one PostgreSQL and one NATS (issue 17 §2)', () => {
  let nats: NatsServer;
  let stack: ReplicatedStack;
  let db: pg.Client;
  let anna: string;
  let created = 0;
  const createUser = async (gatewayUrl: string) => {
    created += 1;
    const name = `Replica ${created}`;
    const result = await graphql<{ createPartnerUser: { user: { id: string } } }>(gatewayUrl, `mutation {
      createPartnerUser(input: { displayName: "${name}", email: "replica${created}@contoso.it", agentRole: NONE, adminRole: NONE }) { user { id } } }`,
    { token: anna });
    return { name, email: `replica${created}@contoso.it`, id: result.data?.createPartnerUser?.user.id, errors: result.errors };
  };

  beforeAll(async () => {
    nats = await startNatsServer();
    stack = await startReplicatedStack({ EVENT_BUS_URL: nats.url });
    db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const signedIn = await graphql<{ signIn: { accessToken: string } }>(stack.gateways[1].url,
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }',
      { variables: { e: 'anna@contoso.it', p: DEMO_PASSWORD } });
    anna = signedIn.data!.signIn.accessToken;
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    await stack?.close();
    await nats?.close();
  });

  it('a subscription on gateway A receives the event of a mutation made through gateway B, with other subgraphs\' fields', async () => {
    const [a, b] = stack.gateways;
    const live = new LiveSubscription(a.url, anna, SUBSCRIPTION);
    try {
      await settle();
      const user = await createUser(b.url);
      expect(user.errors).toBeUndefined();
      await live.until(() => named(live, user.name).length === 1);
      expect(live.results.find((result) => (result.data?.partnerUserChanged as Change)?.user.displayName === user.name)?.data)
        .toMatchObject({ partnerUserChanged: { change: 'CREATED', user: { organization: { companyName: 'Contoso S.r.l.' } } } });
    } finally {
      await live.close();
    }
  });

  it('a mutation\'s event reaches the subscribers of every identity instance exactly once', async () => {
    const direct = stack.instances.identity.map((instance) => new LiveSubscription(instance.url, anna,
      'subscription { partnerUserChanged { eventId change user { displayName } } }'));
    try {
      await settle();
      const user = await createUser(stack.gateways[1].url);
      expect(user.errors).toBeUndefined();
      for (const live of direct) await live.until(() => named(live, user.name).length >= 1);
      await settle(1000);
      expect(direct.map((live) => named(live, user.name).length)).toEqual([1, 1]);
      expect(new Set(direct.map((live) => named(live, user.name)[0].eventId)).size).toBe(1);
      expect(stack.instances.identity.map((instance) => instance.relay?.relaying).filter(Boolean)).toHaveLength(1);
    } finally {
      for (const live of direct) await live.close();
    }
  });

  it('expiry sweeps run once across replicas: each expired invitation is stored EXPIRED and announced once', async () => {
    const northwind = (await graphql<{ signIn: { accessToken: string } }>(stack.gateways[0].url,
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }',
      { variables: { e: 'pietro@northwind.it', p: DEMO_PASSWORD } })).data!.signIn.accessToken;
    for (const email of ['sweep1@example.it', 'sweep2@example.it', 'sweep3@example.it']) {
      const invited = await graphql(stack.gateways[0].url, `mutation { createPartnershipInvitation(inviteeEmail: "${email}") { url } }`,
        { token: northwind });
      expect(invited.errors).toBeUndefined();
    }
    const { rows } = await db.query<{ id: string }>(`update partners.partnership_invitations set expires_at = now() - interval '1 second'
      where state = 'PENDING' returning id`);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const ids = rows.map((row) => row.id);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const pending = await db.query("select 1 from partners.partnership_invitations where id = any($1) and state = 'PENDING'", [ids]);
      if (!pending.rowCount) break;
      await settle(200);
    }
    // both partners instances sweep every second meanwhile
    await settle(2500);
    const events = await db.query<{ aggregate_id: string; n: number }>(`select aggregate_id, count(*)::int as n from partners.events
      where type = 'PartnershipInvitationChanged' and aggregate_id = any($1) and payload::text like '%EXPIRED%' group by aggregate_id`, [ids]);
    expect(events.rows.map((row) => row.n).sort()).toEqual(ids.map(() => 1));
  });

  it('killing one instance of each service mid-load loses no acknowledged write; the survivors keep working', async () => {
    const [a, b] = stack.gateways;
    const acknowledged: { email: string; id: string }[] = [];
    const failed: unknown[] = [];
    const write = async (url: string) => {
      try {
        const user = await createUser(url);
        if (user.id && !user.errors) acknowledged.push({ email: user.email, id: user.id });
        else failed.push(user.errors);
      } catch (error) {
        failed.push(error);
      }
    };
    const load = async (url: string, count: number) => { for (let i = 0; i < count; i += 1) await write(url); };
    const before = load(a.url, 10);
    const beforeB = load(b.url, 10);
    await settle(300);
    // one of each goes away while writes are in flight
    await Promise.all([
      b.close(),
      ...(['identity', 'partners', 'customers'] as const).map((name) => stack.instances[name][0].close()),
    ]);
    await Promise.all([before, beforeB]);
    expect(acknowledged.length + failed.length).toBe(20);
    // the survivors: every write through gateway A now succeeds
    const survivors: { email: string; id: string }[] = [];
    for (let i = 0; i < 10; i += 1) {
      const user = await createUser(a.url);
      expect(user.errors).toBeUndefined();
      survivors.push({ email: user.email, id: user.id! });
    }
    const stored = await db.query<{ id: string }>('select id from identity.users where id = any($1)',
      [[...acknowledged, ...survivors].map((user) => user.id)]);
    expect(stored.rowCount).toBe(acknowledged.length + survivors.length);
    expect(acknowledged.length).toBeGreaterThan(0);
    // and the survivors' streams carry the new writes
    const live = new LiveSubscription(a.url, anna, SUBSCRIPTION);
    try {
      await settle();
      const user = await createUser(a.url);
      expect(user.errors).toBeUndefined();
      await live.until(() => named(live, user.name).length === 1);
    } finally {
      await live.close();
    }
  });
});
