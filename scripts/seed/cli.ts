import { loadConfig } from '../../platform/config.js';
import { createLogger } from '../../platform/logger.js';
import { commandLine } from '../command-line.js';
import { openDatabaseServer } from '../database-server.js';
import { migrateAll } from '../stack.js';
import { isEmpty, seedWorld } from './index.js';

/** `npm run seed`: migrates and loads the fixture world into the configured database when it is empty. */
commandLine('usage: npm run seed   (migrates, then loads the demo data into an empty database; no options)', {});
const config = loadConfig();
const logger = createLogger('seed', config.logLevel === 'silent' ? 'silent' : 'info');
const database = await openDatabaseServer(config);
try {
  await migrateAll(database.url, logger, config.logSql);
  if (await isEmpty(database.url)) {
    await seedWorld(database.url);
    logger.info('demo data loaded');
  } else {
    logger.info('the database already holds data; nothing seeded');
  }
} finally {
  await database.stop();
}
