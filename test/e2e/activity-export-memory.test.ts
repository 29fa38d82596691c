import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TENANT, USERS } from '../../scripts/seed/world.js';
import { exportActivity } from '../helpers/activity.js';
import { startPartnersWorld, type PartnersWorld } from '../helpers/partners.js';

/**
 * Issue 18 §3: the export streams, it does not build the file in memory. 100,000 entries (about 75 MB of CSV) go from
 * PostgreSQL through the partners subgraph and the gateway to a client that only counts them. The test stack runs
 * both services in this process, so the heap measured here is theirs together (and the client's). The live heap
 * (after a full collection, sampled while the file streams) must grow by less than a bound under a third of the file's
 * size, and hardly more than for a 100-entry export; building the CSV in memory would hold at least the whole file.
 */

v8.setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const ROWS = 100_000;
const MiB = 1024 * 1024;
/** live heap growth allowed while 100,000 entries stream: far below the file, which an in-memory build would hold */
const LIVE_HEAP_BOUND = 20 * MiB;
/** the same, beyond what a 100-entry export needs */
const OVER_SMALL_BOUND = 16 * MiB;

interface Measured { rows: number; bytes: number; liveHeapGrowth: number; rssGrowth: number; seconds: number }

/** Streams an export to the end, counting rows and bytes, while sampling the live heap (after a full GC) and the RSS. */
async function measure(world: PartnersWorld, token: string, query: Record<string, string>): Promise<Measured> {
  collect();
  const base = process.memoryUsage();
  let liveHeap = base.heapUsed;
  let rss = base.rss;
  // the resident set every 100 ms; the live heap (a full collection first, which takes a while) every 1.5 s
  let ticks = 0;
  const sample = setInterval(() => {
    ticks += 1;
    if (ticks % 15 === 0) {
      collect();
      liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed);
    }
    rss = Math.max(rss, process.memoryUsage.rss());
  }, 100);
  const started = performance.now();
  try {
    const response = await exportActivity(world.stack.gatewayUrl, token, query);
    expect(response.status).toBe(200);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
    }
    collect();
    liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed);
    return { rows: lines - 1, bytes, liveHeapGrowth: liveHeap - base.heapUsed, rssGrowth: rss - base.rss,
      seconds: (performance.now() - started) / 1000 };
  } finally {
    clearInterval(sample);
  }
}

const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;

describe('issue 18 §3: exporting 100,000 activity entries keeps memory flat', () => {
  let world: PartnersWorld;
  let anna: string;
  const annaId = USERS.find((user) => user.email === 'anna@contoso.it')!.id;

  beforeAll(async () => {
    // the export's bound (ACTIVITY_EXPORT_MAX_ROWS) is exactly this log's size: one entry more is refused
    world = await startPartnersWorld({ env: { ACTIVITY_EXPORT_MAX_ROWS: String(ROWS) } });
    anna = await world.stack.signIn('anna@contoso.it');
    // Written as the schema owner: 100,000 entries of about 1 KB each, one second apart, with text to quote.
    await world.db.query(`insert into partners.activity_log (partner_id, producer, event_id, occurred_at, operation, actor_kind,
        actor_user_id, actor_partner_id, target_type, target_id, target_name, before, after)
      select $1, 'identity', g, now() - g * interval '1 second', 'UPDATE_PARTNER_USER', 'PARTNER_USER', $2, $1, 'PartnerUser',
        gen_random_uuid()::text, 'user-' || g || '@contoso.it',
        jsonb_build_object('displayName', 'Before ' || g, 'note', repeat('b', 220)),
        jsonb_build_object('displayName', 'After, "quoted" ' || g, 'note', repeat('a', 220))
      from generate_series(1, $3::int) g`, [TENANT.contoso, annaId, ROWS]);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('streams every entry; the live heap grows by far less than the file (and about as for 100 entries)', async () => {
    const newest = await world.db.query<{ at: Date }>(`select occurred_at as at from partners.activity_log
      where partner_id = $1 order by occurred_at desc offset 99 limit 1`, [TENANT.contoso]);
    const small = await measure(world, anna, { from: newest.rows[0].at.toISOString() });
    const large = await measure(world, anna, {});
    process.stdout.write(`activity export: ${large.rows} rows, ${mib(large.bytes)} in ${large.seconds.toFixed(1)} s; live heap +${
      mib(large.liveHeapGrowth)}, RSS +${mib(large.rssGrowth)} (100 rows: live heap +${mib(small.liveHeapGrowth)}, RSS +${
      mib(small.rssGrowth)})\n`);
    expect(small.rows).toBe(100);
    expect(large.rows).toBe(ROWS);
    // the bound is meaningful: the file is more than three times larger than it
    expect(large.bytes).toBeGreaterThan(3 * LIVE_HEAP_BOUND);
    expect(large.liveHeapGrowth).toBeLessThan(LIVE_HEAP_BOUND);
    expect(large.liveHeapGrowth - small.liveHeapGrowth).toBeLessThan(OVER_SMALL_BOUND);
    // the resident set includes young-generation space and buffers freed lazily: bounded by the file, not by a page
    expect(large.rssGrowth).toBeLessThan(large.bytes);
  }, 300_000);

  it('an export over ACTIVITY_EXPORT_MAX_ROWS is refused before it starts: 400 EXPORT_TOO_LARGE; a narrower filter is not', async () => {
    await world.db.query(`insert into partners.activity_log (partner_id, producer, event_id, occurred_at, operation, actor_kind,
      target_type, target_id) values ($1, 'identity', $2, now() - interval '1 year', 'UPDATE_PARTNER_USER', 'SYSTEM', 'PartnerUser', 'x')`,
    [TENANT.contoso, ROWS + 1]);
    const refused = await exportActivity(world.stack.gatewayUrl, anna, {});
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EXPORT_TOO_LARGE', argument: 'filter' });
    const narrower = await exportActivity(world.stack.gatewayUrl, anna, { operation: 'CREATE_PARTNER_USER' });
    expect(narrower.status).toBe(200);
    await narrower.arrayBuffer();
  });
});
