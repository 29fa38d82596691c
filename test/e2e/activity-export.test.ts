import { parse } from 'csv-parse/sync';
import { TENANT } from '../../scripts/seed/world.js';
import { CSV_COLUMNS } from '../../subgraphs/partners/activity-export.js';
import { allEntries, entriesOf, exportActivity, type Entry } from '../helpers/activity.js';
import { startPartnersWorld, type PartnersWorld } from '../helpers/partners.js';

/**
 * Issue 18 §3: the activity log as CSV at the gateway (GET /exports/activity.csv): the same filter, authorization and
 * row-level security as the query, RFC 4180 quoting (checked by parsing it back with csv-parse), formula cells escaped.
 */

/** Names with the characters CSV must quote, and a cell a spreadsheet would run as a formula. */
const AWKWARD = 'Zeta, "Quoted"\r\nSecond line – ünïcødé 🚀';
const FORMULA = '=HYPERLINK("http://evil.example","click")';

/** An entry as the CSV's row of text cells (empty for null, JSON for before/after): what parsing the export gives back. */
const rowOf = (entry: Entry): Record<string, string> => ({
  id: entry.id, occurredAt: entry.occurredAt, operation: entry.operation, actorKind: entry.actor.kind,
  actorUserId: entry.actor.userId ?? '', actorPartnerId: entry.actor.partnerId ?? '', targetType: entry.target.type,
  targetId: entry.target.id, targetName: entry.target.name ?? '', customerId: entry.customerId ?? '',
  organizationId: entry.organization.id, before: entry.before ? JSON.stringify(entry.before) : '',
  after: entry.after ? JSON.stringify(entry.after) : '',
});

const parseCsv = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true, relax_quotes: false });

describe('issue 18 §3: the activity log\'s CSV export through the gateway', () => {
  let world: PartnersWorld;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    world = await startPartnersWorld();
    for (const email of ['pietro@northwind.it', 'paolo@northwind.it', 'anna@contoso.it', 'fabio@fabrikam.it']) {
      tokens[email.split('@')[0]] = await world.stack.signIn(email);
    }
    // Northwind (provider) creates two customers whose names travel into the log as the entries' target names (C-15).
    for (const [index, companyName] of [AWKWARD, FORMULA].entries()) {
      const created = await world.stack.query<{ createCustomer: { id: string } }>(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        { token: tokens.pietro, variables: { input: { companyName, domain: `export-${index}.onmicrosoft.com`, country: 'IT' } } });
      if (!created.data?.createCustomer) throw new Error(JSON.stringify(created.errors));
      await entriesOf(world.stack, tokens.pietro, 'CREATE_CUSTOMER', created.data.createCustomer.id);
    }
    const invitation = await world.stack.query<{ createPartnershipInvitation: { id: string } }>(
      'mutation { createPartnershipInvitation(inviteeEmail: "export@fabrikam.it") { id } }', { token: tokens.pietro });
    await entriesOf(world.stack, tokens.pietro, 'CREATE_PARTNERSHIP_INVITATION', invitation.data!.createPartnershipInvitation.id);
  });
  afterAll(() => world?.close());

  it('parses back (csv-parse) to the same rows as the query, in the same order; RFC 4180 quoting, CRLF, UTF-8 with a BOM', async () => {
    const response = await exportActivity(world.stack.gatewayUrl, tokens.pietro);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="activity.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    // (TextDecoder drops the BOM)
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    // a field with a comma, quotes and a line break is quoted, its quotes doubled, the line break kept inside it
    expect(text).toContain(`"Zeta, ""Quoted""\r\nSecond line – ünïcødé 🚀"`);
    const rows = parseCsv(text);
    const entries = await allEntries(world.stack, tokens.pietro);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.map((row) => ({ ...row, targetName: row.targetName.replace(/^'(?=[=+\-@\t\r])/, '') })))
      .toEqual(entries.map(rowOf));
    expect(rows.find((row) => row.targetName.startsWith('Zeta'))?.targetName).toBe(AWKWARD);
  });

  it('escapes cells a spreadsheet would run as formulas (= + - @ tab CR) with a leading apostrophe', async () => {
    const rows = parseCsv(await (await exportActivity(world.stack.gatewayUrl, tokens.pietro, { operation: 'CREATE_CUSTOMER' })).text());
    expect(rows.map((row) => row.targetName).sort()).toEqual([`'${FORMULA}`, AWKWARD].sort());
    // JSON cells start with "{": never a formula, left as they are
    expect(rows.every((row) => row.after.startsWith('{'))).toBe(true);
  });

  it('takes the query\'s filter: the same entries for operation, from and customerId', async () => {
    const [newest] = await allEntries(world.stack, tokens.pietro);
    const filters: Record<string, string>[] = [{ operation: 'CREATE_CUSTOMER' }, { from: newest.occurredAt }, { customerId: TENANT.litware },
      { to: newest.occurredAt, operation: 'CREATE_CUSTOMER' }];
    for (const filter of filters) {
      const rows = parseCsv(await (await exportActivity(world.stack.gatewayUrl, tokens.pietro, filter)).text());
      expect(rows.map((row) => row.id)).toEqual((await allEntries(world.stack, tokens.pietro, filter)).map((entry) => entry.id));
    }
  });

  it('T-1: another partner\'s entries are never in an export (Contoso and Fabrikam get their own only)', async () => {
    const northwind = new Set((await allEntries(world.stack, tokens.pietro)).map((entry) => entry.id));
    for (const [who, organization] of [['anna', TENANT.contoso], ['fabio', TENANT.fabrikam]] as const) {
      const response = await exportActivity(world.stack.gatewayUrl, tokens[who]);
      expect(response.status).toBe(200);
      const rows = parseCsv(await response.text());
      expect(rows.filter((row) => row.organizationId !== organization || northwind.has(row.id))).toEqual([]);
    }
  });

  it('the query\'s authorization and errors, as JSON with our codes: 401, 403 (P-23), 400 naming the argument, 405', async () => {
    const errorOf = async (response: Response) => ({ status: response.status, ...(await response.json()).errors[0].extensions });
    const gateway = world.stack.gatewayUrl;
    // (each user may start EXPORTS_PER_USER_PER_MINUTE exports a minute, refused ones included: Anna sends the bad filters)
    expect(await errorOf(await exportActivity(gateway, null))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await errorOf(await exportActivity(gateway, 'forged.token.value'))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await errorOf(await exportActivity(gateway, tokens.paolo))).toMatchObject({ status: 403, code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' });
    expect(await errorOf(await exportActivity(gateway, tokens.anna, { from: '2026-02-30T00:00:00Z' })))
      .toMatchObject({ status: 400, code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_TIME', argument: 'filter.from' });
    expect(await errorOf(await exportActivity(gateway, tokens.anna, { from: '2026-03-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })))
      .toMatchObject({ status: 400, reason: 'INVALID_DATE_RANGE', argument: 'filter.to' });
    expect(await errorOf(await exportActivity(gateway, tokens.anna, { actorId: 'not-a-uuid' })))
      .toMatchObject({ status: 400, code: 'BAD_USER_INPUT', argument: 'filter.actorId' });
    expect(await errorOf(await exportActivity(gateway, tokens.anna, { format: 'xlsx' })))
      .toMatchObject({ status: 400, code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PARAMETER', argument: 'format' });
    const unknownOperation = await exportActivity(gateway, tokens.anna, { operation: 'DROP_TABLE' });
    expect(unknownOperation.status).toBe(400);
    const [refusal] = (await unknownOperation.json()).errors;
    expect(refusal.extensions.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toMatch(/\boperation\b/);
    const post = await fetch(new URL('/exports/activity.csv', gateway), { method: 'POST', headers: { authorization: `Bearer ${tokens.pietro}` } });
    expect(post.status).toBe(405);
  });

  it('a direct call to the partners subgraph is as protected as one through the gateway', async () => {
    const direct = new URL('/exports/activity.csv', world.stack.subgraphUrls.partners);
    expect((await fetch(direct)).status).toBe(401);
    expect((await fetch(direct, { headers: { authorization: 'Bearer forged' } })).status).toBe(401);
    expect((await fetch(direct, { headers: { authorization: `Bearer ${tokens.paolo}` } })).status).toBe(403);
    expect((await fetch(direct, { headers: { authorization: `Bearer ${tokens.pietro}` } })).status).toBe(200);
  });

  it('rate-limited per user at the gateway (EXPORTS_PER_USER_PER_MINUTE): 429 RATE_LIMITED with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const response = await exportActivity(world.stack.gatewayUrl, tokens.fabio);
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await response.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
        break;
      }
      await response.arrayBuffer();
    }
    expect(statuses.at(-1)).toBe(429);
  });
});
