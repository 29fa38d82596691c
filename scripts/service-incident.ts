import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { customersDatabase } from '../subgraphs/customers/index.js';
import type { ServiceIncident } from '../subgraphs/customers/model/support.js';
import { applyIncidentUpdate } from '../subgraphs/customers/services/service-health.js';
import { connect, inTransaction, SYSTEM_SCOPE } from '../subgraphs/kit/database.js';
import { DomainError } from '../subgraphs/kit/errors.js';
import { openDatabaseServer } from './database-server.js';

/**
 * The service health feed's adapter (PC service incidents, C-23, §5 ServiceIncidentChanged), kept off the public
 * graph like the reviewer's decision:
 *   npm run incident -- --workload Exchange --title "Mail delayed" [--customer <id>] [--status WARNING] [--message "…"]
 *   npm run incident -- --id <incident id> [--status CRITICAL] [--message "…"] [--resolve]
 */
const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    customer: { type: 'string' },
    workload: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'string' },
    area: { type: 'string' },
    message: { type: 'string' },
    resolve: { type: 'boolean', default: false },
  },
});

const config = loadConfig();
const logger = createLogger('incident', config.logLevel === 'silent' ? 'silent' : 'info');
const server = await openDatabaseServer(config);
const { schema, entities } = customersDatabase;
const dataSource = await connect({ url: server.url, schema, migrations: [], entities, poolSize: 1 });
try {
  const incident = await inTransaction(dataSource, SYSTEM_SCOPE, (tx) => applyIncidentUpdate(tx, {
    id: values.id, customerId: values.customer ?? null, workload: values.workload, title: values.title,
    status: values.status as ServiceIncident['status'] | undefined, impactedArea: values.area, message: values.message,
    resolved: values.resolve ? true : undefined,
  }, new Date()));
  logger.info({ incident: incident.id, status: incident.status, resolved: incident.resolved }, 'service incident published');
} catch (error) {
  if (error instanceof DomainError) logger.error({ reason: error.reason }, error.message);
  else logger.error({ err: error }, 'incident failed');
  process.exitCode = 1;
} finally {
  await dataSource.destroy();
  await server.stop();
}
