import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../platform/logger.js';
import { inTransaction, readInScope, SYSTEM_SCOPE, type DataScope, type ReadStatement } from './database.js';
import type { Principal } from './principal.js';
import type { RequestTrace } from './tracing.js';

/** Database access for one request: every unit of work is a transaction scoped to the caller's partner. */
export interface ScopedDatabase {
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  /**
   * A transaction outside the caller's partner scope (row-level security's `system` scope), for the few
   * operations that must reach another party's row: accepting an invitation by its token, for one.
   */
  system<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  /**
   * One read statement in the caller's partner scope, outside a transaction (kit/database.ts readInScope): the rows as
   * `pg` returns them. Writes, and reads that must see a write of the same unit, go through `transaction`.
   */
  read<R>(statement: ReadStatement): Promise<R[]>;
  /** SQL statements this request has run (transaction control excluded): the N+1 detector */
  readonly statementCount: number;
  /** the caller's partner, the scope of `transaction` (null: none); part of every list's cursor scope */
  readonly partnerId: string | null;
}

/** What every subgraph's context holds; each subgraph adds its DataLoaders. */
export interface SubgraphContext<TLoaders> {
  principal: Principal | null;
  requestId: string;
  logger: Logger;
  clientAddress: string;
  db: ScopedDatabase;
  loaders: TLoaders;
  /** fresh DataLoaders (empty caches): a live stream calls it per event */
  renewLoaders(): void;
  trace?: RequestTrace;
}

/** The request's transactions, scoped to `principal`'s partner and bounded by the request's `deadline` (epoch ms, kit/deadline.ts). */
export function scopedDatabase(dataSource: DataSource, principal: Principal | null, trace?: RequestTrace, deadline?: number): ScopedDatabase {
  let statements = 0;
  const count = () => { statements += 1; };
  // Each transaction is a span of the request's trace (when tracing is on), whichever scope it runs in.
  const runner = (scope: DataScope) => <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => (trace
    ? trace.inSpan('db.transaction', { 'db.system.name': 'postgresql' }, async (span) => {
      const before = statements;
      try {
        return await inTransaction(dataSource, scope, work, count, deadline);
      } finally {
        span.setAttribute('db.statement.count', statements - before);
      }
    })
    : inTransaction(dataSource, scope, work, count, deadline));
  const scope: DataScope = { partnerId: principal?.partnerId ?? null };
  const read = <R>(statement: ReadStatement) => readInScope<R>(dataSource, scope, statement, count, deadline);
  return {
    transaction: runner(scope),
    read: (statement) => (trace ? trace.inSpan('db.read', { 'db.system.name': 'postgresql' }, () => read(statement)) : read(statement)),
    system: runner(SYSTEM_SCOPE),
    get statementCount() { return statements; },
    partnerId: principal?.partnerId ?? null,
  };
}

/** Readiness: the database answers a trivial query. */
export async function databaseIsReady(dataSource: DataSource): Promise<boolean> {
  await dataSource.query('select 1');
  return true;
}
