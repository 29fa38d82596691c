import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { commandLine } from './command-line.js';
import { migrateAll } from './stack.js';

/**
 * `npm run migrate`: every subgraph's migrations against DATABASE_URL, nothing else (no demo data). What a
 * deployment runs once per release before the services roll (deploy/kubernetes/migrate-job.yaml).
 */
commandLine('usage: DATABASE_URL=postgres://… npm run migrate   (no options)', {});
const config = loadConfig();
const logger = createLogger('migrate', config.logLevel === 'silent' ? 'silent' : 'info');
if (!config.databaseUrl) {
  logger.fatal('DATABASE_URL must be set to migrate');
  process.exit(1);
}
await migrateAll(config.databaseUrl, logger, config.logSql);
logger.info('migrations applied');
