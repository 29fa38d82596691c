import { randomUUID } from 'node:crypto';
import { TENANT, USERS } from '../../scripts/seed/world.js';
import { actors, REQUEST_CONTACT } from '../helpers/directory.js';
import { LiveSubscription, settle } from '../helpers/live.js';
import { errorOf, linkTokenFrom, startPartnersWorld, waitFor, type PartnersWorld } from '../helpers/partners.js';

const STREAM = `subscription { providerContactRequested { eventId request { id state message replyTo
  reseller { companyName country } provider { companyName } } } }`;
const INVITE = 'mutation ($id: ID) { createPartnershipInvitation(contactRequestId: $id) { id state inviteeEmail url } }';
const ACCEPT = `mutation ($t: String!) { acceptPartnershipInvitation(token: $t, authorizeIndirectProvider: true) {
  partnership { state provider { companyName } } } }`;
const DECLINE = 'mutation ($id: ID!, $reason: String!) { declineProviderContact(id: $id, reason: $reason) { id state declineReason } }';
const LIST = `query ($direction: ProviderContactRequestDirection!, $state: ProviderContactRequestState) {
  providerContactRequests(direction: $direction, state: $state) { totalCount edges { node { id state
    invitation { id state } provider { companyName } reseller { companyName } } } } }`;

const anna = USERS.find((user) => user.email === 'anna@contoso.it')!;
type Request = { id: string; state: string };

describe('issue 19, P-21 / P-22: a contact request that ends in an invitation, through the gateway', () => {
  let world: PartnersWorld;
  let as: ReturnType<typeof actors>;
  const ask = (email: string, providerId: string, message = 'We would like to resell through you.', replyTo = email) =>
    as.run<{ requestProviderContact: Request }>(email, REQUEST_CONTACT, { providerId, message, replyTo });
  const northwindFor = async (email: string) => (await as.directory(email)).edges.find((edge) => edge.node.id === TENANT.northwind)!.node;

  beforeAll(async () => {
    world = await startPartnersWorld();
    as = actors(world);
  });
  afterAll(() => world?.close());

  describe('Contoso asks Northwind, Northwind answers with an invitation, Contoso\'s global admin accepts', () => {
    let request: Request;
    let invitationUrl: string;

    it('already partnered: PARTNERSHIP_ALREADY_EXISTS (R-32); once Northwind ends the partnership (P-12) the entry says so', async () => {
      expect(errorOf(await ask('anna@contoso.it', TENANT.northwind)))
        .toMatchObject({ code: 'CONFLICT', reason: 'PARTNERSHIP_ALREADY_EXISTS', argument: 'providerId' });
      const removed = await as.run('pietro@northwind.it', `mutation { removeIndirectResellerPartnership(resellerId: "${TENANT.contoso}") { state } }`);
      expect(removed.errors).toBeUndefined();
      expect(await northwindFor('anna@contoso.it')).toMatchObject({ isPartnered: false, hasOpenContactRequest: false });
    });

    it('Anna sends it: OPEN; Northwind\'s admin agent hears providerContactRequested, its contact address gets the mail; nobody else hears it', async () => {
      const paolo = new LiveSubscription(world.stack.gatewayUrl, await as.tokenOf('paolo@northwind.it'), STREAM);
      const others = await Promise.all(['fabio@fabrikam.it', 'wilhelm@woodgrove.de', 'marco@contoso.it'].map(async (email) =>
        new LiveSubscription(world.stack.gatewayUrl, await as.tokenOf(email), STREAM)));
      try {
        await settle();
        const sent = await ask('anna@contoso.it', TENANT.northwind, '  Ciao! We resell Microsoft 365 in Lombardy.  ', 'Anna@Contoso.it');
        expect(sent.errors).toBeUndefined();
        request = sent.data!.requestProviderContact;
        expect(sent.data!.requestProviderContact).toMatchObject({ state: 'OPEN', message: 'Ciao! We resell Microsoft 365 in Lombardy.',
          replyTo: 'anna@contoso.it', provider: { companyName: 'Northwind Traders' }, reseller: { companyName: 'Contoso S.r.l.', country: 'IT' } });
        await paolo.until(() => paolo.results.length === 1);
        expect(paolo.results[0].data).toMatchObject({ providerContactRequested: { request: { id: request.id, state: 'OPEN',
          message: 'Ciao! We resell Microsoft 365 in Lombardy.', replyTo: 'anna@contoso.it',
          reseller: { companyName: 'Contoso S.r.l.', country: 'IT' }, provider: { companyName: 'Northwind Traders' } } } });
        const mail = await waitFor(async () => (await world.mailTo('resellers@northwind.it'))[0], 'the mail to Northwind');
        expect(mail).toMatchObject({ tag: 'provider-contact-requested', subject: 'Contoso S.r.l. would like to resell through Northwind Traders' });
        expect(mail.text).toContain('Ciao! We resell Microsoft 365 in Lombardy.');
        expect(mail.text).toContain('Reply to: anna@contoso.it');
        const { rows } = await world.db.query("select partner_ids, actor, payload from partners.events where type = 'ProviderContactRequested'");
        expect(rows).toHaveLength(1);
        expect([...rows[0].partner_ids].sort()).toEqual([TENANT.contoso, TENANT.northwind].sort());
        expect(rows[0].actor).toEqual({ kind: 'PARTNER_USER', userId: anna.id, partnerId: TENANT.contoso });
        expect(JSON.stringify(rows[0].payload)).not.toContain('Lombardy');
        await settle(500);
        for (const live of others) expect(live.results).toEqual([]);
      } finally {
        await Promise.all([paolo, ...others].map((live) => live.close()));
      }
    });

    it('both sides list it; the entry shows the open request; a second one of the pair is CONTACT_REQUEST_EXISTS', async () => {
      const sent = await as.run('marco@contoso.it', LIST, { direction: 'SENT' });
      expect(sent.data).toEqual({ providerContactRequests: { totalCount: 1, edges: [{ node: { id: request.id, state: 'OPEN', invitation: null,
        provider: { companyName: 'Northwind Traders' }, reseller: { companyName: 'Contoso S.r.l.' } } }] } });
      const received = await as.run('paolo@northwind.it', LIST, { direction: 'RECEIVED', state: 'OPEN' });
      expect(received.data).toEqual(sent.data);
      expect(await northwindFor('anna@contoso.it')).toMatchObject({ hasOpenContactRequest: true, hasPendingInvitation: false });
      expect(errorOf(await ask('marco@contoso.it', TENANT.northwind)))
        .toMatchObject({ code: 'CONFLICT', reason: 'CONTACT_REQUEST_EXISTS', argument: 'providerId' });
    });

    it('T-12 isolation: Fabrikam lists none of it, Woodgrove cannot decline or answer it (NOT_FOUND), Fabrikam\'s entry shows nothing', async () => {
      for (const direction of ['SENT', 'RECEIVED']) {
        const listed = await as.run('fabio@fabrikam.it', LIST, { direction });
        expect(listed.data).toEqual({ providerContactRequests: { totalCount: 0, edges: [] } });
      }
      expect(errorOf(await as.run('wilhelm@woodgrove.de', DECLINE, { id: request.id, reason: 'no' }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await as.run('wilhelm@woodgrove.de', INVITE, { id: request.id })))
        .toMatchObject({ code: 'NOT_FOUND', argument: 'contactRequestId' });
      expect(errorOf(await as.run('fabio@fabrikam.it', DECLINE, { id: request.id, reason: 'no' }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(await northwindFor('fabio@fabrikam.it')).toMatchObject({ isPartnered: false, hasOpenContactRequest: false });
    });

    it('Paolo answers with an invitation: the request is INVITED on both sides, the link is mailed to Anna, the entry shows it pending', async () => {
      const invited = await as.run<{ createPartnershipInvitation: { url: string; inviteeEmail: string; state: string } }>(
        'paolo@northwind.it', INVITE, { id: request.id });
      expect(invited.errors).toBeUndefined();
      expect(invited.data!.createPartnershipInvitation).toMatchObject({ state: 'PENDING', inviteeEmail: 'anna@contoso.it' });
      invitationUrl = invited.data!.createPartnershipInvitation.url;
      for (const [email, direction] of [['anna@contoso.it', 'SENT'], ['pietro@northwind.it', 'RECEIVED']]) {
        const listed = await as.run<{ providerContactRequests: { edges: { node: { state: string; invitation: unknown } }[] } }>(
          email, LIST, { direction });
        expect(listed.data!.providerContactRequests.edges[0].node).toMatchObject({ state: 'INVITED', invitation: { state: 'PENDING' } });
      }
      const token = await waitFor(() => linkTokenFrom(world, 'anna@contoso.it', 'partnership-invitation').catch(() => null), 'the invitation mail');
      expect(invitationUrl).toContain(encodeURIComponent(token));
      expect(await northwindFor('bea@contoso.it')).toMatchObject({ isPartnered: false, hasPendingInvitation: true, hasOpenContactRequest: false });
      expect(errorOf(await as.run('paolo@northwind.it', INVITE, { id: request.id })))
        .toMatchObject({ code: 'CONFLICT', reason: 'CONTACT_REQUEST_CLOSED', argument: 'contactRequestId' });
    });

    it('the invitation is Contoso\'s: Fabrikam\'s global admin holding the link finds no invitation (INVITATION_NOT_FOUND)', async () => {
      const token = decodeURIComponent(new URL(invitationUrl).searchParams.get('token')!);
      expect(errorOf(await as.run('fabio@fabrikam.it', ACCEPT, { t: token }))).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_NOT_FOUND' });
    });

    it('Bea (Contoso\'s global admin) accepts with the mailed link: partnered again, the request stays INVITED', async () => {
      const token = await linkTokenFrom(world, 'anna@contoso.it', 'partnership-invitation');
      const accepted = await as.run('bea@contoso.it', ACCEPT, { t: token });
      expect(accepted.data).toEqual({ acceptPartnershipInvitation: { partnership: { state: 'ACTIVE', provider: { companyName: 'Northwind Traders' } } } });
      expect(await northwindFor('anna@contoso.it')).toMatchObject({ isPartnered: true, hasPendingInvitation: false, hasOpenContactRequest: false });
      const listed = await as.run<{ providerContactRequests: { edges: { node: { state: string; invitation: unknown } }[] } }>(
        'anna@contoso.it', LIST, { direction: 'SENT' });
      expect(listed.data!.providerContactRequests.edges[0].node).toMatchObject({ state: 'INVITED', invitation: { state: 'ACCEPTED' } });
    });
  });

  describe('refusals (P-21), each with its reason and never an internal error', () => {
    it('another region: Contoso (IT) → Woodgrove (DE) is REGION_MISMATCH (R-31)', async () => {
      expect(errorOf(await ask('anna@contoso.it', TENANT.woodgrove)))
        .toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'REGION_MISMATCH', argument: 'providerId' });
    });

    it('an unlisted provider, a reseller and an unknown id are alike PROVIDER_NOT_LISTED (NOT_FOUND, T-1)', async () => {
      await world.db.query('update partners.provider_directory_profiles set listed = false where provider_id = $1', [TENANT.northwind]);
      try {
        const errors = await Promise.all([TENANT.northwind, TENANT.contoso, randomUUID()]
          .map(async (providerId) => (await ask('fabio@fabrikam.it', providerId)).errors?.[0]));
        expect(errors[0]).toMatchObject({ message: "This provider isn't listed in the directory.",
          extensions: { code: 'NOT_FOUND', reason: 'PROVIDER_NOT_LISTED', argument: 'providerId' } });
        // the same answer for each: nothing tells which of them exists (no enumeration)
        expect(errors[1]).toEqual(errors[0]);
        expect(errors[2]).toEqual(errors[0]);
      } finally {
        await world.db.query('update partners.provider_directory_profiles set listed = true where provider_id = $1', [TENANT.northwind]);
      }
    });

    it('a provider cannot ask a provider: NOT_AN_INDIRECT_RESELLER (R-29)', async () => {
      expect(errorOf(await ask('wilhelm@woodgrove.de', TENANT.northwind))).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'NOT_AN_INDIRECT_RESELLER' });
    });

    it('a message too long, a blank one, a malformed reply address: each names its argument', async () => {
      expect(errorOf(await ask('fabio@fabrikam.it', TENANT.northwind, 'x'.repeat(4001))))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALUE_TOO_LONG', argument: 'message', max: 4000 });
      expect(errorOf(await ask('fabio@fabrikam.it', TENANT.northwind, ' \n ')))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED_FIELD', argument: 'message' });
      expect(errorOf(await ask('fabio@fabrikam.it', TENANT.northwind, 'hello', 'fabio at fabrikam')))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_EMAIL', argument: 'replyTo' });
    });

    it('P-21 roles: a helpdesk agent, a user-management admin, a billing admin, a user without a role are FORBIDDEN', async () => {
      for (const email of ['luca@contoso.it', 'ugo@contoso.it', 'bice@contoso.it', 'nora@contoso.it']) {
        expect({ email, error: errorOf(await ask(email, TENANT.northwind)) })
          .toEqual({ email, error: expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' }) });
      }
    });
  });

  describe('decline, expiry and races (P-22)', () => {
    it('Pietro declines Fabrikam\'s request with a reason: DECLINED for both, the reason mailed to Fabrikam; no second answer', async () => {
      const sent = await ask('fabio@fabrikam.it', TENANT.northwind);
      const id = sent.data!.requestProviderContact.id;
      expect(errorOf(await as.run('pietro@northwind.it', DECLINE, { id, reason: '  ' })))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED_FIELD', argument: 'reason' });
      const declined = await as.run('pietro@northwind.it', DECLINE, { id, reason: 'We take no new resellers this quarter.' });
      expect(declined.data).toEqual({ declineProviderContact: { id, state: 'DECLINED', declineReason: 'We take no new resellers this quarter.' } });
      const mail = await waitFor(async () => (await world.mailTo('fabio@fabrikam.it')).find((m) => m.tag === 'provider-contact-declined'),
        'the decline mail');
      expect(mail.text).toContain('We take no new resellers this quarter.');
      const listed = await as.run<{ providerContactRequests: { edges: { node: { id: string; state: string } }[] } }>(
        'fabio@fabrikam.it', LIST, { direction: 'SENT', state: 'DECLINED' });
      expect(listed.data!.providerContactRequests.edges.map((edge) => edge.node)).toMatchObject([{ id, state: 'DECLINED' }]);
      expect(errorOf(await as.run('paolo@northwind.it', DECLINE, { id, reason: 'again' })))
        .toMatchObject({ code: 'CONFLICT', reason: 'CONTACT_REQUEST_CLOSED' });
      expect(errorOf(await as.run('paolo@northwind.it', INVITE, { id }))).toMatchObject({ code: 'CONFLICT', reason: 'CONTACT_REQUEST_CLOSED' });
    });

    it('two requests of one pair at once: one OPEN, the other CONTACT_REQUEST_EXISTS', async () => {
      const results = await Promise.all([1, 2, 3].map(() => ask('fabio@fabrikam.it', TENANT.northwind)));
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(results.filter((result) => result.errors).map((result) => errorOf(result).reason))
        .toEqual(['CONTACT_REQUEST_EXISTS', 'CONTACT_REQUEST_EXISTS']);
    });

    it('30 days unanswered: the sweep stores it EXPIRED with its event; it can no longer be answered; Fabrikam may ask again', async () => {
      const { rows: [open] } = await world.db.query(`update partners.provider_contact_requests set expires_at = now() - interval '1 minute'
        where reseller_id = $1 and state = 'OPEN' returning id`, [TENANT.fabrikam]);
      await waitFor(async () => (await world.db.query("select 1 from partners.provider_contact_requests where id = $1 and state = 'EXPIRED'",
        [open.id])).rowCount, 'the sweep to store EXPIRED');
      const { rows } = await world.db.query(`select actor, payload from partners.events where type = 'ProviderContactRequestChanged'
        and aggregate_id = $1`, [open.id]);
      expect(rows).toEqual([{ actor: { kind: 'SYSTEM' }, payload: expect.objectContaining({ state: 'EXPIRED' }) }]);
      expect(errorOf(await as.run('pietro@northwind.it', INVITE, { id: open.id })))
        .toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'CONTACT_REQUEST_EXPIRED' });
      expect((await ask('fabio@fabrikam.it', TENANT.northwind)).errors).toBeUndefined();
    });
  });
});
