import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { connect, inTransaction, SYSTEM_SCOPE } from '../subgraphs/kit/database.js';
import { DomainError } from '../subgraphs/kit/errors.js';
import { partnersRuntimeFrom } from '../subgraphs/partners/deps.js';
import { partnersDatabase } from '../subgraphs/partners/index.js';
import { decideEnrollment } from '../subgraphs/partners/services/review.js';
import { changeProgramStatus } from '../subgraphs/partners/services/suspension.js';
import { openDatabaseServer } from './database-server.js';

/**
 * The internal reviewer's decision (§3.1 rows 9–10, A-25), kept off the public graph:
 *   npm run review -- --application <id> --approve
 *   npm run review -- --application <id> --reject "reason"
 *   npm run review -- --list            (applications waiting for review)
 *   npm run review -- --organization <id> --suspend "reason"   (an ACTIVE organization; issue 14)
 *   npm run review -- --organization <id> --reinstate
 */
const { values } = parseArgs({
  options: {
    application: { type: 'string' },
    approve: { type: 'boolean', default: false },
    reject: { type: 'string' },
    reviewer: { type: 'string' },
    list: { type: 'boolean', default: false },
    organization: { type: 'string' },
    suspend: { type: 'string' },
    reinstate: { type: 'boolean', default: false },
  },
});

const config = loadConfig();
const logger = createLogger('review', config.logLevel === 'silent' ? 'silent' : 'info');
const server = await openDatabaseServer(config);
const dataSource = await connect({ url: server.url, schema: partnersDatabase.schema, migrations: [], entities: partnersDatabase.entities, poolSize: 2 });
try {
  if (values.list) {
    const rows = await inTransaction(dataSource, SYSTEM_SCOPE, (tx) => tx.query(`select e.id, e.tenant_id, o.company_name, e.selected_mpn_id, e.status, e.submitted_at
      from partners.enrollments e left join partners.organizations o on o.id = e.tenant_id
      where e.status = 'IN_REVIEW' order by e.submitted_at`));
    console.table(rows);
  } else if (values.organization) {
    if (values.reinstate === (values.suspend !== undefined)) {
      throw new Error('usage: npm run review -- --organization <id> (--suspend "reason" | --reinstate)');
    }
    const organization = await changeProgramStatus(dataSource, {
      organizationId: values.organization, action: values.reinstate ? 'reinstate' : 'suspend', reason: values.suspend,
    });
    logger.info({ organization: organization.id, programStatus: organization.programStatus }, 'program status changed');
  } else {
    if (!values.application || values.approve === (values.reject !== undefined)) {
      throw new Error('usage: npm run review -- --application <id> (--approve | --reject "reason") [--reviewer name]');
    }
    const enrollment = await decideEnrollment(dataSource, {
      applicationId: values.application, decision: values.approve ? 'APPROVE' : 'REJECT', reason: values.reject,
      reviewer: values.reviewer ?? process.env.USER ?? 'reviewer',
    }, partnersRuntimeFrom());
    logger.info({ application: enrollment.id, status: enrollment.status }, 'enrollment decided');
  }
} catch (error) {
  if (error instanceof DomainError) logger.error({ reason: error.reason }, error.message);
  else logger.error({ err: error }, 'review failed');
  process.exitCode = 1;
} finally {
  await dataSource.destroy();
  await server.stop();
}
