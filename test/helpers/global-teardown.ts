import { rm } from 'node:fs/promises';
import type { EmbeddedPostgresHandle } from '../../platform/embedded-postgres.js';

export default async function globalTeardown() {
  const embedded = (globalThis as Record<string, unknown>).__embeddedPostgres as
    | { handle: EmbeddedPostgresHandle; dataDir: string }
    | undefined;
  if (!embedded) return;
  await embedded.handle.stop();
  await rm(embedded.dataDir, { recursive: true, force: true });
}
