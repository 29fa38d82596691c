import { TENANT } from '../../scripts/seed/world.js';
import {
  ACCEPT_REQUEST, CREATE_JOINT_REQUEST, CREATE_REQUEST, startCustomersWorld, tokenOf, type CreatedRequestData, type CustomersWorld,
} from '../helpers/customers.js';
import { LiveSubscription, settle } from '../helpers/live.js';

type Result = { data?: Record<string, unknown> | null };
const payloads = (live: LiveSubscription, field: string) => live.results
  .map((result: Result) => result.data?.[field] as Record<string, unknown> | undefined).filter(Boolean) as Record<string, unknown>[];

const RELATIONSHIP = 'subscription { customerRelationshipChanged { change source relationship { partner { id } customer { id } } } }';
const DAP = 'subscription { delegatedAdminChanged { change customerId grant { state } } }';

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
