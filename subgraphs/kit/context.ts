import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../platform/logger.js';
import { inTransaction } from './database.js';
import type { Principal } from './principal.js';
import type { RequestTrace } from './tracing.js';

/** Database access for one request: every unit of work is a transaction scoped to the caller's partner. */
export interface ScopedDatabase {
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  /** SQL statements this request has run (transaction control excluded): the N+1 detector */
  readonly statementCount: number;
}

/** What every subgraph's context holds; each subgraph adds its DataLoaders. */
export interface SubgraphContext<TLoaders> {
  principal: Principal | null;
  requestId: string;
  logger: Logger;
  clientAddress: string;
  db: ScopedDatabase;
  loaders: TLoaders;
  trace?: RequestTrace;
}

export function scopedDatabase(dataSource: DataSource, principal: Principal | null, trace?: RequestTrace): ScopedDatabase {
  const scope = { partnerId: principal?.partnerId ?? null };
  let statements = 0;
  const count = () => { statements += 1; };
  const transaction = <T>(work: (manager: EntityManager) => Promise<T>) => inTransaction(dataSource, scope, work, count);
  return {
    transaction: trace
      ? (work) => trace.inSpan('db.transaction', { 'db.system.name': 'postgresql' }, async (span) => {
        const before = statements;
        try {
          return await transaction(work);
        } finally {
          span.setAttribute('db.statement.count', statements - before);
        }
      })
      : transaction,
    get statementCount() { return statements; },
  };
}

/** Readiness: the database answers a trivial query. */
export async function databaseIsReady(dataSource: DataSource): Promise<boolean> {
  await dataSource.query('select 1');
  return true;
}
