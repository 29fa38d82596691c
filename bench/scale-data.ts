import { databaseUrl, dropDatabase, ensureDatabase } from '../platform/database.js';
import { seedWorld } from '../scripts/seed/index.js';
import { seedScale } from '../scripts/seed/scale.js';
import { migrateAll } from '../scripts/stack.js';

/** Sizes of a scale world (scripts/seed/scale.ts): partners, customers, reseller relationships. */
export interface ScaleSizes { partners: number; customers: number; relationships: number }

/** The signed-in partner user of the benchmarks (scale seed: its organization holds relationships / partners customers). */
export const USER = 'user1@partner1.example';

/** The queries the benchmarks send, by name: the dashboard spans all three subgraphs. */
export const QUERIES = {
  dashboard: `{ me { displayName organization { companyName
    customers(first: 50) { edges { node { companyProfile { companyName } resellerRelationships { edges { node { state partner { companyName } } } } } } }
    users(first: 5) { edges { node { displayName } } } } } }`,
  single: '{ customers(first: 50) { edges { node { companyProfile { companyName domain } allowDelegatedAccess } } } }',
  analyst: '{ customers(first: 50, search: "holding") { totalCount edges { node { companyProfile { companyName } relationshipToMe } } } }',
};

/** `--name value` from the command line as a number, else `fallback`. */
export function numberArgument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

/** The scale world of `npm run bench` (2,000 partners, 200,000 customers, 1M relationships), or `--partners`, `--customers`, `--relationships`. */
export function scaleSizesArgument(): ScaleSizes {
  return {
    partners: numberArgument('partners', 2000), customers: numberArgument('customers', 200_000),
    relationships: numberArgument('relationships', 1_000_000),
  };
}

/**
 * A fresh database `name` on `server` (dropped first), migrated, with the demo world and the scale world of
 * `sizes`; returns its URL. Seeding takes ≈ 20 s for 1M relationships.
 */
export async function prepareScaleDatabase(server: string, name: string, sizes: ScaleSizes): Promise<string> {
  await dropDatabase(server, name);
  await ensureDatabase(server, name);
  const url = databaseUrl(server, name);
  await migrateAll(url);
  await seedWorld(url);
  const started = Date.now();
  await seedScale(url, sizes);
  console.log(`seeded ${name} ${JSON.stringify(sizes)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return url;
}
