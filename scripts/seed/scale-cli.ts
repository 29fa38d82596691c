import { loadConfig } from '../../platform/config.js';
import { openDatabaseServer } from '../database-server.js';
import { migrateAll } from '../stack.js';
import { isEmpty, seedWorld } from './index.js';
import { seedScale } from './scale.js';

/** `npm run seed:scale -- --partners 2000 --customers 200000 --relationships 1000000` */
function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const sizes = {
  partners: argument('partners', 2000),
  customers: argument('customers', 200_000),
  relationships: argument('relationships', 1_000_000),
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
