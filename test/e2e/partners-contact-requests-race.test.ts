import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TENANT } from '../../scripts/seed/world.js';
import { actors, REQUEST_CONTACT } from '../helpers/directory.js';
import type { GraphQLResponse } from '../helpers/stack.js';
import { errorOf, startPartnersWorld, waitFor, type PartnersWorld } from '../helpers/partners.js';

const DECLINE = 'mutation ($id: ID!, $reason: String!) { declineProviderContact(id: $id, reason: $reason) { id state } }';
const UPDATE = 'mutation ($input: ProviderDirectoryProfileInput!) { updateProviderDirectoryProfile(input: $input) { languages website } }';
const DIRECTORY = 'query ($filter: ProviderDirectoryFilter) { indirectProviderDirectory(filter: $filter) { totalCount } }';
const INVITE = 'mutation { createPartnershipInvitation(inviteeEmail: "fabio@fabrikam.it") { url } }';
const ACCEPT = `mutation ($t: String!) { acceptPartnershipInvitation(token: $t, authorizeIndirectProvider: true) {
  partnership { state } } }`;
const REMOVE = `mutation { removeIndirectResellerPartnership(resellerId: "${TENANT.fabrikam}") { state } }`;

describe('issue 19 (P-19…P-22) refusals at the edges, through the gateway', () => {
  let world: PartnersWorld;
  let as: ReturnType<typeof actors>;
  const ask = (message = 'We would like to resell through you.') =>
    as.run<{ requestProviderContact: { id: string } }>('fabio@fabrikam.it', REQUEST_CONTACT,
      { providerId: TENANT.northwind, message, replyTo: 'fabio@fabrikam.it' });

  beforeAll(async () => {
    world = await startPartnersWorld();
    as = actors(world);
  });
  afterAll(() => world?.close());

  it('a request that loses the race to a concurrent one of the pair is CONTACT_REQUEST_EXISTS naming providerId, as when it comes second', async () => {
    // Another request of the pair, inserted and not yet committed: the gateway's request does not see it, so its own
    // insert waits on the partial unique index until this one commits, then fails there (the racing path, every time).
    const rival = new pg.Client({ connectionString: world.stack.databaseUrl });
    await rival.connect();
    const rivalId = randomUUID();
    try {
      await rival.query('begin');
      await rival.query(`insert into partners.provider_contact_requests (id, provider_id, reseller_id, state, message, reply_to, created_by,
        created_at, expires_at) values ($1, $2, $3, 'OPEN', 'the rival', 'fabio@fabrikam.it', $4, now(), now() + interval '30 days')`,
      [rivalId, TENANT.northwind, TENANT.fabrikam, randomUUID()]);
      const losing = ask();
      await waitFor(async () => (await world.db.query(`select 1 from pg_stat_activity where wait_event_type = 'Lock'
        and query ilike '%insert%provider_contact_requests%'`)).rowCount, 'the request to wait on the unique index', 20_000);
      await rival.query('commit');
      const result = await losing;
      expect(result.errors).toHaveLength(1);
      expect(errorOf(result)).toEqual({ code: 'CONFLICT', reason: 'CONTACT_REQUEST_EXISTS', argument: 'providerId', serviceName: 'partners' });
    } finally {
      await rival.end();
    }
    const { rows } = await world.db.query('select id from partners.provider_contact_requests where reseller_id = $1', [TENANT.fabrikam]);
    expect(rows).toEqual([{ id: rivalId }]);
    expect((await world.db.query("select 1 from partners.events where type = 'ProviderContactRequested'")).rowCount).toBe(0);
    // the next one, sequential, has the very same answer
    expect(errorOf(await ask())).toEqual({ code: 'CONFLICT', reason: 'CONTACT_REQUEST_EXISTS', argument: 'providerId', serviceName: 'partners' });
    expect((await as.run('pietro@northwind.it', DECLINE, { id: rivalId, reason: 'Not now.' })).errors).toBeUndefined();
  });

  it('a message or a decline reason of invisible characters only (zero-width space, BOM, joiners) is REQUIRED_FIELD', async () => {
    expect(errorOf(await ask('\u200b\u200b\ufeff'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED_FIELD', argument: 'message' });
    const sent = await ask();
    expect(sent.errors).toBeUndefined();
    const id = sent.data!.requestProviderContact.id;
    expect(errorOf(await as.run('pietro@northwind.it', DECLINE, { id, reason: ' \u2060\u200d ' })))
      .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED_FIELD', argument: 'reason' });
    expect((await as.run<{ declineProviderContact: { state: string } }>('pietro@northwind.it', DECLINE, { id, reason: 'No.' }))
      .data?.declineProviderContact.state).toBe('DECLINED');
  });

  it('a language code outside ISO 639-1 is INVALID_LANGUAGE in the profile and in the filter; a website with a space is INVALID_VALUE', async () => {
    expect(errorOf(await as.run('paolo@northwind.it', UPDATE, { input: { languages: ['it', 'xx'] } })))
      .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_LANGUAGE', argument: 'input.languages' });
    expect(errorOf(await as.run('anna@contoso.it', DIRECTORY, { filter: { language: 'qq' } })))
      .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_LANGUAGE', argument: 'filter.language' });
    expect(errorOf(await as.run('paolo@northwind.it', UPDATE, { input: { website: 'https://northwind.it/our resellers' } })))
      .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', argument: 'input.website' });
    const saved = await as.run('paolo@northwind.it', UPDATE, { input: { languages: ['IT', 'en'] } });
    expect(saved.data).toEqual({ updateProviderDirectoryProfile: { languages: ['it', 'en'], website: 'https://northwind.it/resellers' } });
  });

  describe('a contact request and the pair\'s partnership starting at the same moment', () => {
    /** Holds the partners outbox lock (every event-writing transaction queues on it) while `act` lines transactions up. */
    async function withOutboxHeld(act: (waiting: (count: number) => Promise<unknown>) => Promise<void>) {
      const holder = new pg.Client({ connectionString: world.stack.databaseUrl });
      await holder.connect();
      try {
        await holder.query("select pg_advisory_lock(hashtext('partners.events'))");
        const waiting = (count: number) => waitFor(async () => (await world.db.query(`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`)).rows[0].n >= count, `${count} transactions waiting`, 20_000);
        await act(waiting);
      } finally {
        await holder.end();
      }
      return holder;
    }
    const invitationToken = async () => {
      const invited = await as.run<{ createPartnershipInvitation: { url: string } }>('pietro@northwind.it', INVITE);
      return decodeURIComponent(new URL(invited.data!.createPartnershipInvitation.url).searchParams.get('token')!);
    };
    const openRequests = async () => (await world.db.query(`select id from partners.provider_contact_requests where provider_id = $1
      and reseller_id = $2 and state = 'OPEN'`, [TENANT.northwind, TENANT.fabrikam])).rows;

    it('a request sent while the pair\'s invitation is being accepted is PARTNERSHIP_ALREADY_EXISTS, never OPEN beside the partnership', async () => {
      const token = await invitationToken();
      let accepted: Promise<unknown> | undefined;
      let asked: ReturnType<typeof ask> | undefined;
      await withOutboxHeld(async (waiting) => {
        accepted = as.run('fabio@fabrikam.it', ACCEPT, { t: token });
        await waiting(1);
        asked = ask('Sent while the acceptance commits.');
        await waiting(2);
      });
      expect(await accepted).toMatchObject({ data: { acceptPartnershipInvitation: { partnership: { state: 'ACTIVE' } } } });
      expect(errorOf((await asked)!)).toMatchObject({ code: 'CONFLICT', reason: 'PARTNERSHIP_ALREADY_EXISTS', argument: 'providerId' });
      expect(await openRequests()).toEqual([]);
      expect((await as.run('pietro@northwind.it', REMOVE)).errors).toBeUndefined();
    });

    it('the pair\'s invitation accepted while the provider declines its open request: one answer wins, the other is refused, no deadlock', async () => {
      const sent = await ask();
      expect(sent.errors).toBeUndefined();
      const id = sent.data!.requestProviderContact.id;
      const token = await invitationToken();
      let accepted: Promise<unknown> | undefined;
      let declined: Promise<GraphQLResponse> | undefined;
      await withOutboxHeld(async (waiting) => {
        accepted = as.run('fabio@fabrikam.it', ACCEPT, { t: token });
        await waiting(1);
        declined = as.run('pietro@northwind.it', DECLINE, { id, reason: 'Declined while you accepted.' });
        await waiting(2);
      });
      expect(await accepted).toMatchObject({ data: { acceptPartnershipInvitation: { partnership: { state: 'ACTIVE' } } } });
      expect(errorOf((await declined)!)).toMatchObject({ code: 'CONFLICT', reason: 'CONTACT_REQUEST_CLOSED' });
      const { rows } = await world.db.query('select state from partners.provider_contact_requests where id = $1', [id]);
      expect(rows).toEqual([{ state: 'INVITED' }]);
      expect((await as.run('pietro@northwind.it', REMOVE)).errors).toBeUndefined();
    });
  });
});
