import pg from 'pg';
import { DataSource, type EntityManager, type EntitySchema, type MigrationInterface } from 'typeorm';
import type { Logger } from '../../platform/logger.js';
import { deadlinePassed } from './deadline.js';
import { DomainError } from './errors.js';
import { appRoleOf, applicationGrants } from './row-level-security.js';

export type MigrationClass = new () => MigrationInterface;

export interface SubgraphDatabaseOptions {
  url: string;
  /** the PostgreSQL schema this subgraph owns */
  schema: string;
  migrations: MigrationClass[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities?: EntitySchema<any>[];
  poolSize?: number;
  /** LOG_SQL: log every statement (platform/config.ts `logSql`) */
  logSql?: boolean;
}

function dataSourceFor(options: SubgraphDatabaseOptions, poolSize: number, role?: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    migrations: options.migrations,
    entities: options.entities ?? [],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: options.logSql ? ['query', 'error'] : false,
    extra: {
      max: poolSize,
      application_name: `partner-graph-${options.schema}`,
      // every statement of the service runs as the application role, under row-level security
      ...(role ? { options: `-c role=${role}` } : {}),
    },
  });
}

/**
 * Runs this subgraph's migrations inside its own schema. An advisory lock per schema lets several processes
 * start at once (a launcher, a test and a second replica) without racing on the same migration.
 */
export async function migrate(options: SubgraphDatabaseOptions, logger?: Logger): Promise<string[]> {
  const dataSource = dataSourceFor(options, 2);
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  const key = `migrate:${options.schema}`;
  try {
    await lock.connect();
    await lock.query('select pg_advisory_lock(hashtext($1))', [key]);
    await lock.query(`create schema if not exists "${options.schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const statement of applicationGrants(options.schema)) await lock.query(statement);
    for (const migration of applied) logger?.info({ schema: options.schema, migration: migration.name }, 'migration applied');
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('select pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}

/** Each service pool's second pool, for reads outside a transaction (readInScope); ended with the DataSource. */
const readPools = new WeakMap<DataSource, pg.Pool>();

/**
 * The service's pool: it connects as the URL's user and acts as the schema's application role. Beside it, as many
 * connections again, as the same role, for readInScope (issue 16): their session settings never reach TypeORM's pool.
 */
export async function connect(options: SubgraphDatabaseOptions): Promise<DataSource> {
  const role = appRoleOf(options.schema);
  const dataSource = dataSourceFor(options, options.poolSize ?? 10, role);
  await dataSource.initialize();
  const reads = new pg.Pool({
    connectionString: options.url, max: options.poolSize ?? 10, application_name: `partner-graph-${options.schema}-reads`,
    options: `-c role=${role}`,
  });
  // an idle connection the server closed (a restart) is dropped by the pool; the next read opens another
  reads.on('error', () => undefined);
  readPools.set(dataSource, reads);
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await reads.end();
    await destroy();
  };
  return dataSource;
}

/**
 * Whom the statements of a transaction run for: PostgreSQL row-level security reads `app.partner_id` and
 * `app.scope` (kit/row-level-security.ts). A partner's caller sees only its partner's rows; anyone else
 * (anonymous, a customer's or a newcomer's user, the service itself) runs in `system` scope, where the shield
 * has already limited what may run.
 */
export interface DataScope {
  partnerId: string | null;
  /** a partner's caller doing what needs another party's row, e.g. accepting an invitation by its token */
  system?: boolean;
}

export const SYSTEM_SCOPE: DataScope = { partnerId: null, system: true };

/** PostgreSQL's query_canceled: a statement ended by `statement_timeout`. */
const isQueryCanceled = (error: unknown) => (error as { driverError?: { code?: string } })?.driverError?.code === '57014'
  || (error as { code?: string })?.code === '57014';

/**
 * One transaction, scoped to the caller's partner (DESIGN.md "Tenant isolation": `SET LOCAL` per request
 * transaction). Every read and write of a request goes through here.
 * With a `deadline` (epoch ms, kit/deadline.ts) nothing runs once it has passed, no statement runs past it
 * (`statement_timeout`), and the transaction is rolled back rather than committed after it: each throws
 * DomainError DEADLINE_EXCEEDED (SERVICE_UNAVAILABLE).
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  scope: DataScope,
  work: (manager: EntityManager) => Promise<T>,
  onStatement?: () => void,
  deadline?: number,
): Promise<T> {
  if (deadlinePassed(deadline)) throw new DomainError('DEADLINE_EXCEEDED');
  try {
    return await dataSource.transaction(async (manager) => {
      const system = scope.system || !scope.partnerId;
      const settings = [scope.partnerId ?? '', system ? 'system' : 'partner'];
      if (deadline === undefined) {
        await manager.query("select set_config('app.partner_id', $1, true), set_config('app.scope', $2, true)", settings);
      } else {
        await manager.query("select set_config('app.partner_id', $1, true), set_config('app.scope', $2, true), "
          + "set_config('statement_timeout', $3, true)", [...settings, String(Math.max(1, deadline - Date.now()))]);
      }
      const result = await counted(manager, work, onStatement);
      // checked right before COMMIT: past the deadline the gateway has told the client this failed
      if (deadlinePassed(deadline)) throw new DomainError('DEADLINE_EXCEEDED');
      return result;
    });
  } catch (error) {
    if (deadline !== undefined && isQueryCanceled(error)) throw new DomainError('DEADLINE_EXCEEDED');
    throw error;
  }
}

/** Runs `work`, calling `onStatement` for each statement it sends through this transaction's query runner. */
async function counted<T>(manager: EntityManager, work: (manager: EntityManager) => Promise<T>, onStatement?: () => void): Promise<T> {
  const runner = manager.queryRunner;
  if (!onStatement || !runner) return work(manager);
  // Each transaction gets a fresh query runner, so counting on it counts this request's statements only
  // (the wrapper is removed before COMMIT: transaction control is not counted).
  const query = runner.query;
  runner.query = ((...args: Parameters<typeof query>) => {
    onStatement();
    return query.apply(runner, args);
  }) as typeof runner.query;
  try {
    return await work(manager);
  } finally {
    runner.query = query;
  }
}

/** A read statement; with a `name`, a prepared statement each connection parses and plans once (issue 16). */
export interface ReadStatement {
  text: string;
  values: unknown[];
  name?: string;
}

/**
 * The session settings of readInScope (not SET LOCAL: there is no transaction), the same row-level security scope as
 * inTransaction's: `$1` app.partner_id, `$2` app.scope, `$3` statement_timeout in ms (null: what RESET gives it).
 */
export const SESSION_SCOPE: ReadStatement = {
  name: 'partner-graph-session-scope',
  text: "select set_config('app.partner_id', $1, false), set_config('app.scope', $2, false), set_config('statement_timeout', "
    + "coalesce($3::text, (select reset_val from pg_settings where name = 'statement_timeout')), false)",
  values: [],
};

/** The settings each read connection's session holds now, as set by SESSION_SCOPE. */
const sessionScopes = new WeakMap<pg.PoolClient, string>();

/**
 * One read statement in `scope`, outside a transaction (issue 16): no START TRANSACTION or COMMIT, and the scope's
 * `set_config` only when the connection's session holds another (one round trip for the statement alone). Row-level
 * security sees the same `app.partner_id` / `app.scope` as in inTransaction. The deadline as in inTransaction: nothing
 * starts after it, the statement is cancelled at most a second after it (`statement_timeout`, rounded up to whole seconds), rows read past it are not returned
 * (DomainError DEADLINE_EXCEEDED). A connection whose statement failed is closed, never reused with unknown settings.
 * Without connect's read pool (a DataSource built elsewhere), the statement runs in inTransaction.
 * `onStatement` is called for the statement (not for the settings).
 */
export async function readInScope<R>(
  dataSource: DataSource,
  scope: DataScope,
  statement: ReadStatement,
  onStatement?: () => void,
  deadline?: number,
): Promise<R[]> {
  const pool = readPools.get(dataSource);
  if (!pool) return inTransaction(dataSource, scope, (manager) => manager.query(statement.text, statement.values), onStatement, deadline);
  if (deadlinePassed(deadline)) throw new DomainError('DEADLINE_EXCEEDED');
  const client = await pool.connect();
  let failed = false;
  try {
    const system = scope.system || !scope.partnerId;
    // The statement_timeout is the time left rounded up to whole seconds, so the reads of requests under the same budget
    // (the gateway's x-request-deadline) find the session already set and send the statement alone; a read the timeout
    // lets run past the deadline is still refused below.
    const timeout = deadline === undefined ? null : String(Math.ceil(Math.max(1, deadline - Date.now()) / 1000) * 1000);
    const settings = [scope.partnerId ?? '', system ? 'system' : 'partner', timeout];
    const key = JSON.stringify(settings);
    if (sessionScopes.get(client) !== key) {
      sessionScopes.delete(client);
      await client.query({ ...SESSION_SCOPE, values: settings });
      sessionScopes.set(client, key);
    }
    onStatement?.();
    const { rows } = await client.query<R & pg.QueryResultRow>(statement);
    if (deadlinePassed(deadline)) throw new DomainError('DEADLINE_EXCEEDED');
    return rows;
  } catch (error) {
    failed = true;
    if (deadline !== undefined && isQueryCanceled(error)) throw new DomainError('DEADLINE_EXCEEDED');
    throw error;
  } finally {
    client.release(failed);
  }
}
