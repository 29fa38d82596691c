import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { TENANT } from '../../scripts/seed/world.js';
import { actors, REQUEST_CONTACT } from '../helpers/directory.js';
import { errorOf, startPartnersWorld, waitFor, type PartnersWorld } from '../helpers/partners.js';

const DECLINE = 'mutation ($id: ID!, $reason: String!) { declineProviderContact(id: $id, reason: $reason) { id state } }';
const UPDATE = 'mutation ($input: ProviderDirectoryProfileInput!) { updateProviderDirectoryProfile(input: $input) { languages website } }';
const DIRECTORY = 'query ($filter: ProviderDirectoryFilter) { indirectProviderDirectory(filter: $filter) { totalCount } }';

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
});
