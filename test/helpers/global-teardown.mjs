import { rm } from 'node:fs/promises';

/** Stops the embedded PostgreSQL of global-setup.mjs, if it started one, and removes its data. */
export default async function globalTeardown() {
  const embedded = globalThis.__embeddedPostgres;
  if (!embedded) return;
  await embedded.handle.stop();
  await rm(embedded.dataDir, { recursive: true, force: true });
}
