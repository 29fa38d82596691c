import { LiveSubscription, settle } from '../helpers/live.js';
import { createNewcomer, PMC_PASSWORD, startPartnersWorld, type PartnersWorld } from '../helpers/partners.js';
import { describeOnEachBus } from '../helpers/event-bus.js';

type Result = { data?: Record<string, unknown> | null; errors?: unknown[] };
const payloads = (live: LiveSubscription, field: string) => live.results
  .map((result: Result) => result.data?.[field] as Record<string, unknown> | undefined).filter(Boolean) as Record<string, unknown>[];

const PARTNERSHIP = `subscription { partnershipChanged { eventId change partnership { state
  provider { companyName } reseller { companyName } } } }`;

// Issue 17: the same suites on LISTEN/NOTIFY and on NATS JetStream.
describeOnEachBus('partners streams', () => {
  describe('partners streams through the gateway (§5, issue 7)', () => {
    let world: PartnersWorld;
    beforeAll(async () => { world = await startPartnersWorld(); });
    afterAll(() => world?.close());

    it('partnership established: both organizations receive it; a third partner of the provider does not', async () => {
      const { stack } = world;
      const northwind = await stack.signIn('pietro@northwind.it');
      const fabrikam = await stack.signIn('fabio@fabrikam.it');
      const provider = new LiveSubscription(stack.gatewayUrl, northwind, PARTNERSHIP);
      const reseller = new LiveSubscription(stack.gatewayUrl, fabrikam, PARTNERSHIP);
      const bystander = new LiveSubscription(stack.gatewayUrl, await stack.signIn('anna@contoso.it'), PARTNERSHIP);
      try {
        await settle();
        const created = await stack.query<{ createPartnershipInvitation: { url: string } }>(
          'mutation { createPartnershipInvitation(inviteeEmail: "fabio@fabrikam.it") { url } }', { token: northwind });
        const token = decodeURIComponent(new URL(created.data!.createPartnershipInvitation.url).searchParams.get('token')!);
        const accepted = await stack.query('mutation ($t: String!) { acceptPartnershipInvitation(token: $t, authorizeIndirectProvider: true) { __typename } }',
          { token: fabrikam, variables: { t: token } });
        expect(accepted.errors).toBeUndefined();
        await provider.until(() => payloads(provider, 'partnershipChanged').length === 1);
        await reseller.until(() => payloads(reseller, 'partnershipChanged').length === 1);
        for (const live of [provider, reseller]) {
          expect(payloads(live, 'partnershipChanged')[0]).toMatchObject({
            change: 'ESTABLISHED',
            partnership: { state: 'ACTIVE', provider: { companyName: 'Northwind Traders' }, reseller: { companyName: 'Fabrikam S.p.A.' } },
          });
        }
        await settle(500);
        expect(bystander.results).toEqual([]);
      } finally {
        await Promise.all([provider.close(), reseller.close(), bystander.close()]);
      }
    });

    it('enrollment status: the creator follows the application from a token that has no organization yet', async () => {
      const { stack } = world;
      const newcomer = await createNewcomer(world, 'livestream');
      const token = await stack.signIn(newcomer.email, newcomer.password);
      expect((await stack.query('mutation { startEnrollment(program: INDIRECT_RESELLER) { id } }', { token })).errors).toBeUndefined();
      const live = new LiveSubscription(stack.gatewayUrl, token,
        'subscription { enrollmentStatusChanged { eventId from to enrollment { status } } }');
      const stranger = new LiveSubscription(stack.gatewayUrl, await stack.signIn('anna@contoso.it'),
        'subscription { enrollmentStatusChanged { eventId to } }');
      try {
        await settle();
        const linked = await stack.query('mutation ($u: String!, $p: String!) { linkPartnerMembershipAccount(userName: $u, password: $p) { status } }',
          { token, variables: { u: 'pmc@tailspin.it', p: PMC_PASSWORD } });
        expect(linked.errors).toBeUndefined();
        await live.until(() => payloads(live, 'enrollmentStatusChanged').length === 1);
        expect(payloads(live, 'enrollmentStatusChanged')[0]).toMatchObject({
          from: 'STARTED', to: 'MPN_ACCOUNT_LINKED', enrollment: { status: 'MPN_ACCOUNT_LINKED' },
        });
        await settle(300);
        expect(stranger.results).toEqual([]);
      } finally {
        await Promise.all([live.close(), stranger.close()]);
      }
    });
  });
});
