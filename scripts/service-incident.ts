import { readFileSync } from 'node:fs';
import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { subgraphSdlPath } from '../platform/supergraph.js';
import { customersDatabase } from '../subgraphs/customers/index.js';
import type { ServiceIncident } from '../subgraphs/customers/model/support.js';
import { applyIncidentUpdate } from '../subgraphs/customers/services/service-health.js';
import { connect, inTransaction, SYSTEM_SCOPE } from '../subgraphs/kit/database.js';
import { declaredMaxLength } from '../subgraphs/kit/input-limits.js';
import { commandLine, runOperation, textOption, UsageError, uuidOption } from './command-line.js';
import { openDatabaseServer } from './database-server.js';

const STATUSES = ['NORMAL', 'INFORMATION', 'WARNING', 'CRITICAL'] as const satisfies readonly ServiceIncident['status'][];

/**
 * The service health feed's adapter (PC service incidents, C-23, §5 ServiceIncidentChanged), kept off the public
 * graph like the reviewer's decision:
 *   npm run incident -- --workload Exchange --title "Mail delayed" [--customer <id>] [--status WARNING] [--message "…"]
 *   npm run incident -- --id <incident id> [--status CRITICAL] [--message "…"] [--resolve]
 */
const USAGE = `usage:
  npm run incident -- --workload <name> --title "…" [--customer <id>] [--status ${STATUSES.join('|')}] [--area "…"] [--message "…"]
  npm run incident -- --id <incident id> [--status ${STATUSES.join('|')}] [--message "…"] [--resolve]`;

/**
 * The most each text may hold, as the graph declares it for the same kind of text (schema/customers.graphql): the
 * workload, title and area as titles and names, the message as a description (README "Input limits").
 */
const CUSTOMERS_SDL = readFileSync(subgraphSdlPath('customers'), 'utf8');
const TITLE = declaredMaxLength(CUSTOMERS_SDL, 'CreateCustomerServiceRequestInput.title');
const MAX_LENGTH = {
  workload: TITLE, title: TITLE, area: TITLE,
  message: declaredMaxLength(CUSTOMERS_SDL, 'CreateCustomerServiceRequestInput.description'),
};

const values = commandLine(USAGE, {
  id: { type: 'string' },
  customer: { type: 'string' },
  workload: { type: 'string' },
  title: { type: 'string' },
  status: { type: 'string' },
  area: { type: 'string' },
  message: { type: 'string' },
  resolve: { type: 'boolean', default: false },
}, (given) => {
  uuidOption('id', given.id);
  uuidOption('customer', given.customer);
  for (const name of ['workload', 'title', 'area', 'message'] as const) textOption(name, given[name], MAX_LENGTH[name]);
  if (given.status !== undefined && !(STATUSES as readonly string[]).includes(given.status)) {
    throw new UsageError(`--status must be one of ${STATUSES.join(', ')}, got "${given.status}"`);
  }
  if (given.id === undefined && (given.workload === undefined || given.title === undefined)) {
    throw new UsageError('a new incident needs --workload and --title (or give --id to update one)');
  }
  if (given.id !== undefined && given.customer !== undefined) throw new UsageError('--customer goes with a new incident, not with --id');
});

const config = loadConfig();
const logger = createLogger('incident', config.logLevel === 'silent' ? 'silent' : 'info');
const server = await openDatabaseServer(config);
const { schema, entities } = customersDatabase;
const dataSource = await connect({ url: server.url, schema, migrations: [], entities, poolSize: 1 });
await runOperation(logger, async () => {
  const incident = await inTransaction(dataSource, SYSTEM_SCOPE, (tx) => applyIncidentUpdate(tx, {
    id: values.id, customerId: values.customer ?? null, workload: values.workload, title: values.title,
    status: values.status as ServiceIncident['status'] | undefined, impactedArea: values.area, message: values.message,
    resolved: values.resolve ? true : undefined,
  }, new Date()));
  logger.info({ incident: incident.id, status: incident.status, resolved: incident.resolved }, 'service incident published');
}, async () => {
  await dataSource.destroy();
  await server.stop();
});
