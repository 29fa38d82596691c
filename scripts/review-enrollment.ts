import { readFileSync } from 'node:fs';
import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { subgraphSdlPath } from '../platform/supergraph.js';
import { connect, inTransaction, SYSTEM_SCOPE } from '../subgraphs/kit/database.js';
import { declaredMaxLength } from '../subgraphs/kit/input-limits.js';
import { partnersDepsFrom } from '../subgraphs/partners/deps.js';
import { partnersDatabase } from '../subgraphs/partners/index.js';
import { decideEnrollment } from '../subgraphs/partners/services/review.js';
import { changeProgramStatus } from '../subgraphs/partners/services/suspension.js';
import { commandLine, runOperation, textOption, UsageError, uuidOption } from './command-line.js';
import { openDatabaseServer } from './database-server.js';

/**
 * The internal reviewer's decision (§3.1 rows 9–10, A-25), kept off the public graph:
 *   npm run review -- --application <id> --approve
 *   npm run review -- --application <id> --reject "reason"
 *   npm run review -- --list            (applications waiting for review)
 *   npm run review -- --organization <id> --suspend "reason"   (an ACTIVE organization; issue 14)
 *   npm run review -- --organization <id> --reinstate
 */
const USAGE = `usage:
  npm run review -- --list
  npm run review -- --application <id> (--approve | --reject "reason") [--reviewer name]
  npm run review -- --organization <id> (--suspend "reason" | --reinstate)`;

/**
 * The most each text may hold, as the graph declares it for the same kind of text (schema/partners.graphql): a
 * reason as a decline reason, the reviewer as a name (README "Input limits").
 */
const PARTNERS_SDL = readFileSync(subgraphSdlPath('partners'), 'utf8');
const MAX_LENGTH = {
  reject: declaredMaxLength(PARTNERS_SDL, 'Mutation.declineProviderContact(reason)'),
  suspend: declaredMaxLength(PARTNERS_SDL, 'Mutation.declineProviderContact(reason)'),
  reviewer: declaredMaxLength(PARTNERS_SDL, 'ContactInput.firstName'),
};

const values = commandLine(USAGE, {
  application: { type: 'string' },
  approve: { type: 'boolean', default: false },
  reject: { type: 'string' },
  reviewer: { type: 'string' },
  list: { type: 'boolean', default: false },
  organization: { type: 'string' },
  suspend: { type: 'string' },
  reinstate: { type: 'boolean', default: false },
}, (given) => {
  uuidOption('application', given.application);
  uuidOption('organization', given.organization);
  for (const name of ['reject', 'suspend', 'reviewer'] as const) textOption(name, given[name], MAX_LENGTH[name]);
  const modes = [given.list, given.application !== undefined, given.organization !== undefined].filter(Boolean).length;
  if (modes !== 1) throw new UsageError('give exactly one of --list, --application, --organization');
  if (given.application !== undefined && given.approve === (given.reject !== undefined)) {
    throw new UsageError('--application needs exactly one of --approve, --reject "reason"');
  }
  if (given.organization !== undefined && given.reinstate === (given.suspend !== undefined)) {
    throw new UsageError('--organization needs exactly one of --suspend "reason", --reinstate');
  }
  if (given.application === undefined && (given.approve || given.reject !== undefined || given.reviewer !== undefined)) {
    throw new UsageError('--approve, --reject and --reviewer go with --application');
  }
  if (given.organization === undefined && (given.reinstate || given.suspend !== undefined)) {
    throw new UsageError('--suspend and --reinstate go with --organization');
  }
});

const config = loadConfig();
const logger = createLogger('review', config.logLevel === 'silent' ? 'silent' : 'info');
const server = await openDatabaseServer(config);
const dataSource = await connect({ url: server.url, schema: partnersDatabase.schema, migrations: [], entities: partnersDatabase.entities, poolSize: 2 });
await runOperation(logger, async () => {
  if (values.list) {
    const rows = await inTransaction(dataSource, SYSTEM_SCOPE, (tx) => tx.query(`select e.id, e.tenant_id, o.company_name, e.selected_mpn_id, e.status, e.submitted_at
      from partners.enrollments e left join partners.organizations o on o.id = e.tenant_id
      where e.status = 'IN_REVIEW' order by e.submitted_at`));
    console.table(rows);
  } else if (values.organization) {
    const organization = await changeProgramStatus(dataSource, {
      organizationId: values.organization, action: values.reinstate ? 'reinstate' : 'suspend', reason: values.suspend,
    });
    logger.info({ organization: organization.id, programStatus: organization.programStatus }, 'program status changed');
  } else {
    const enrollment = await decideEnrollment(dataSource, {
      applicationId: values.application!, decision: values.approve ? 'APPROVE' : 'REJECT', reason: values.reject,
      reviewer: values.reviewer ?? config.operator ?? 'reviewer',
    }, partnersDepsFrom(config));
    logger.info({ application: enrollment.id, status: enrollment.status }, 'enrollment decided');
  }
}, async () => {
  await dataSource.destroy();
  await server.stop();
});
