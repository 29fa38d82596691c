import { loadConfig } from '../../platform/config.js';
import { commandLine, UsageError } from '../command-line.js';
import { openDatabaseServer } from '../database-server.js';
import { migrateAll } from '../stack.js';
import { isEmpty, seedWorld } from './index.js';
import { seedScale } from './scale.js';

const USAGE = 'usage: npm run seed:scale -- [--partners 2000] [--customers 200000] [--relationships 1000000]';

/** The positive integer given as `--name`, or `fallback`; a UsageError otherwise. */
function count(name: string, given: string | undefined, fallback: number): number {
  if (given === undefined) return fallback;
  const value = /^\d{1,9}$/.test(given) ? Number(given) : NaN;
  if (!(value >= 1)) throw new UsageError(`--${name} must be a positive integer, got "${given}"`);
  return value;
}

/** `npm run seed:scale -- --partners 2000 --customers 200000 --relationships 1000000` */
const given = commandLine(USAGE, { partners: { type: 'string' }, customers: { type: 'string' }, relationships: { type: 'string' } },
  (values) => {
    count('partners', values.partners, 2000);
    count('customers', values.customers, 200_000);
    count('relationships', values.relationships, 1_000_000);
  });
const sizes = {
  partners: count('partners', given.partners, 2000),
  customers: count('customers', given.customers, 200_000),
  relationships: count('relationships', given.relationships, 1_000_000),
};
const database = await openDatabaseServer(loadConfig());
const started = Date.now();
let lastLine = '';
try {
  await migrateAll(database.url);
  if (await isEmpty(database.url)) await seedWorld(database.url);
  await seedScale(database.url, {
    ...sizes,
    onProgress(step, done, total) {
      const width = 30;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      const line = `${step.padEnd(14)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} `
        + `${((Date.now() - started) / 1000).toFixed(1)}s`;
      if (line !== lastLine) process.stdout.write(`\r${line}${done >= total ? '\n' : ''}`);
      lastLine = line;
    },
  });
  console.log(`seeded ${JSON.stringify(sizes)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await database.stop();
}
