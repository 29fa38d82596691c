import { spawnSync } from 'node:child_process';
import type { DataSource } from 'typeorm';
import { TENANT } from '../../scripts/seed/world.js';
import { customersDatabase } from '../../subgraphs/customers/index.js';
import { applyIncidentUpdate, type IncidentUpdate } from '../../subgraphs/customers/services/service-health.js';
import { connect, inTransaction, SYSTEM_SCOPE } from '../../subgraphs/kit/database.js';
import {
  ACCEPT_REQUEST, CREATE_JOINT_REQUEST, CREATE_REQUEST, startCustomersWorld, tokenOf, type CreatedRequestData, type CustomersWorld,
} from '../helpers/customers.js';
import { LiveSubscription, settle } from '../helpers/live.js';
import { describeOnEachBus } from '../helpers/event-bus.js';

type Result = { data?: Record<string, unknown> | null };
const payloads = (live: LiveSubscription, field: string) => live.results
  .map((result: Result) => result.data?.[field] as Record<string, unknown> | undefined).filter(Boolean) as Record<string, unknown>[];

const RELATIONSHIP = 'subscription { customerRelationshipChanged { change source relationship { partner { id } customer { id } } } }';
const DAP = 'subscription { delegatedAdminChanged { change customerId grant { state } } }';

// Issue 17: the same suites on LISTEN/NOTIFY and on NATS JetStream.
describeOnEachBus('customers streams', () => {
  describe('customers streams through the gateway (§5)', () => {
    let world: CustomersWorld;
    beforeAll(async () => { world = await startCustomersWorld({ demo: false }); });
    afterAll(() => world?.close());

    it("AS-7.3: customerRelationshipChanged and delegatedAdminChanged reach Contoso's GA, AA and HA; not Northwind", async () => {
      const streams = await Promise.all(['bea@contoso.it', 'marco@contoso.it', 'luca@contoso.it', 'pietro@northwind.it'].map(async (email) => ({
        email, relationship: new LiveSubscription(world.stack.gatewayUrl, await world.as(email), RELATIONSHIP),
        dap: new LiveSubscription(world.stack.gatewayUrl, await world.as(email), DAP),
      })));
      try {
        await settle();
        const created = await world.run<{ createResellerRelationshipRequest: CreatedRequestData }>('anna@contoso.it', CREATE_REQUEST, { dap: true });
        const accepted = await world.stack.query(ACCEPT_REQUEST, {
          variables: { token: tokenOf(created.data!.createResellerRelationshipRequest.url) }, token: await world.as('ada@adatum.it') });
        expect(accepted.errors).toBeUndefined();
        for (const { email, relationship, dap } of streams.slice(0, 3)) {
          await relationship.until(() => payloads(relationship, 'customerRelationshipChanged').length === 1);
          await dap.until(() => payloads(dap, 'delegatedAdminChanged').length === 1);
          expect({ email, event: payloads(relationship, 'customerRelationshipChanged')[0] }).toEqual({ email, event: {
            change: 'ESTABLISHED', source: 'INVITATION', relationship: { partner: { id: TENANT.contoso }, customer: { id: TENANT.adatum } } } });
          expect({ email, event: payloads(dap, 'delegatedAdminChanged')[0] }).toEqual({ email, event: {
            change: 'GRANTED', customerId: TENANT.adatum, grant: { state: 'ACTIVE' } } });
        }
        await settle(500);
        expect(streams[3].relationship.results).toEqual([]);
        expect(streams[3].dap.results).toEqual([]);
      } finally {
        for (const stream of streams) await Promise.all([stream.relationship.close(), stream.dap.close()]);
      }
    });

    it("AS-9.5: a helpdesk agent's dashboard subscribing to customerLeadChanged → FORBIDDEN (S-12)", async () => {
      const live = new LiveSubscription(world.stack.gatewayUrl, await world.as('luca@contoso.it'), 'subscription { customerLeadChanged { status } }');
      try {
        await live.until(() => live.completed);
        expect(live.results[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
      } finally {
        await live.close();
      }
    });
  });

  describe('customers streams: joint invitation (§5)', () => {
    let world: CustomersWorld;
    beforeAll(async () => { world = await startCustomersWorld(); });
    afterAll(() => world?.close());

    it('AS-8.2: a joint invitation accepted: reseller and provider each receive only their own relationship; Fabrikam nothing', async () => {
      const c2 = await world.newCustomerTenant('streamjoint');
      const watchers = await Promise.all(['anna@contoso.it', 'pietro@northwind.it', 'fabio@fabrikam.it'].map(async (email) => ({
        email, live: new LiveSubscription(world.stack.gatewayUrl, await world.as(email), RELATIONSHIP),
      })));
      try {
        await settle();
        const created = await world.run<{ createJointResellerRelationshipRequest: { url: string } }>('anna@contoso.it', CREATE_JOINT_REQUEST,
          { provider: TENANT.northwind, dap: true });
        const accepted = await world.stack.query(ACCEPT_REQUEST, {
          variables: { token: tokenOf(created.data!.createJointResellerRelationshipRequest.url) }, token: c2.token });
        expect(accepted.errors).toBeUndefined();
        const [reseller, provider, bystander] = watchers.map((watcher) => watcher.live);
        await reseller.until(() => payloads(reseller, 'customerRelationshipChanged').length >= 1);
        await provider.until(() => payloads(provider, 'customerRelationshipChanged').length >= 1);
        await settle(500);
        expect(payloads(reseller, 'customerRelationshipChanged')).toEqual([{ change: 'ESTABLISHED', source: 'JOINT_INVITATION',
          relationship: { partner: { id: TENANT.contoso }, customer: { id: c2.tenantId } } }]);
        expect(payloads(provider, 'customerRelationshipChanged')).toEqual([{ change: 'ESTABLISHED', source: 'JOINT_INVITATION',
          relationship: { partner: { id: TENANT.northwind }, customer: { id: c2.tenantId } } }]);
        expect(bystander.results).toEqual([]);
      } finally {
        for (const watcher of watchers) await watcher.live.close();
      }
    });
  });

  describe('customers streams: service health (§5 ServiceIncidentChanged, C-23)', () => {
    let world: CustomersWorld;
    let feed: DataSource;
    const HEALTH = 'subscription { serviceHealthChanged { status resolved customerId incident { workload title messages { communicationText } } } }';
    const publish = (update: IncidentUpdate) => inTransaction(feed, SYSTEM_SCOPE, (tx) => applyIncidentUpdate(tx, update, new Date()));

    beforeAll(async () => {
      world = await startCustomersWorld();
      feed = await connect({ url: world.stack.databaseUrl, schema: customersDatabase.schema, migrations: [], entities: customersDatabase.entities, poolSize: 1 });
    });
    afterAll(async () => {
      await feed?.destroy();
      await world?.close();
    });

    it("an incident on Litware reaches Contoso's and Northwind's agents (both have it), not Woodgrove; a service-wide one reaches all", async () => {
      const watchers = await Promise.all(['luca@contoso.it', 'pietro@northwind.it', 'wilhelm@woodgrove.de'].map(async (email) => ({
        email, live: new LiveSubscription(world.stack.gatewayUrl, await world.as(email), HEALTH),
      })));
      const adatumOnly = new LiveSubscription(world.stack.gatewayUrl, await world.as('luca@contoso.it'),
        `subscription { serviceHealthChanged(customerId: "${TENANT.adatum}") { customerId incident { title } } }`);
      try {
        await settle();
        const incident = await publish({ customerId: TENANT.litware, workload: 'Exchange Online', title: 'Mail delayed', status: 'WARNING',
          message: 'Some users see delayed mail.' });
        await publish({ id: incident.id, status: 'NORMAL', message: 'Mail flows again.', resolved: true });
        await publish({ workload: 'Microsoft Teams', title: 'Teams sign-in failures', status: 'CRITICAL' });
        const [contoso, northwind, woodgrove] = watchers.map((watcher) => watcher.live);
        for (const live of [contoso, northwind]) await live.until(() => payloads(live, 'serviceHealthChanged').length === 3);
        await woodgrove.until(() => payloads(woodgrove, 'serviceHealthChanged').length === 1);
        await adatumOnly.until(() => payloads(adatumOnly, 'serviceHealthChanged').length === 1);
        expect(payloads(contoso, 'serviceHealthChanged')).toEqual([
          // the incident resolves when the event is delivered: its state then, not a copy in the event
          { status: 'WARNING', resolved: false, customerId: TENANT.litware,
            incident: expect.objectContaining({ workload: 'Exchange Online', title: 'Mail delayed' }) },
          { status: 'NORMAL', resolved: true, customerId: TENANT.litware, incident: { workload: 'Exchange Online', title: 'Mail delayed',
            messages: [{ communicationText: 'Some users see delayed mail.' }, { communicationText: 'Mail flows again.' }] } },
          expect.objectContaining({ status: 'CRITICAL', resolved: false, customerId: null, incident: expect.objectContaining({ title: 'Teams sign-in failures' }) }),
        ]);
        // Woodgrove has no relationship with Litware: only the incident of the whole service
        expect(payloads(woodgrove, 'serviceHealthChanged')).toEqual([expect.objectContaining({ customerId: null, status: 'CRITICAL' })]);
        // narrowed to Adatum: Litware's incident is not Adatum's, the service-wide one is
        expect(payloads(adatumOnly, 'serviceHealthChanged')).toEqual([{ customerId: null, incident: { title: 'Teams sign-in failures' } }]);
      } finally {
        await adatumOnly.close();
        for (const watcher of watchers) await watcher.live.close();
      }
    });

    it('the feed adapter (npm run incident) publishes to the same stream', async () => {
      const live = new LiveSubscription(world.stack.gatewayUrl, await world.as('marco@contoso.it'), HEALTH);
      try {
        await settle();
        const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/service-incident.ts', '--customer', TENANT.adatum,
          '--workload', 'SharePoint Online', '--title', 'Sites slow', '--status', 'INFORMATION'],
        { env: { ...process.env, DATABASE_URL: world.stack.databaseUrl, LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 60_000 });
        expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
        await live.until(() => payloads(live, 'serviceHealthChanged').length === 1);
        expect(payloads(live, 'serviceHealthChanged')[0]).toMatchObject({ status: 'INFORMATION', customerId: TENANT.adatum,
          incident: { workload: 'SharePoint Online', title: 'Sites slow' } });
      } finally {
        await live.close();
      }
    });
  });
});
