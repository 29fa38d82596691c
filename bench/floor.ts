import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { loadConfig } from '../platform/config.js';
import { bearerToken, createTokenVerifier, loadTokenKeys } from '../platform/tokens.js';
import { appRoleOf } from '../subgraphs/kit/row-level-security.js';
import { exitOnSignals } from './exit-on-signals.js';

/**
 * Benchmark only, never in the product path: the floor of `npm run bench:floor` — the least a Node process can do
 * to answer the `single` request (bench/scale-data.ts QUERIES.single, `customers(first: 50)`) of the customers
 * subgraph: `node:http` and `pg`, nothing else. Per request it does what the subgraph does on the wire and nothing
 * more: verifies the EdDSA access token (platform/tokens.ts: signature, issuer, audience, expiry), then sends the
 * subgraph's SQL, statement for statement — two transactions, each scoped for row-level security with the same
 * `set_config` (subgraphs/kit/database.ts inTransaction): the page of customers as TypeORM builds it
 * (subgraphs/customers/repository.ts customersOf) and the caller's ACTIVE delegated admin grants of those
 * customers (subgraphs/customers/loaders.ts myDelegatedAdmin, behind `allowDelegatedAccess`) — on a pool of
 * DATABASE_POOL_SIZE connections acting as the customers' application role, and writes the same JSON bytes.
 * It does not keep an access state (the subgraph's judgement of a token against current roles, issue 14).
 *
 * Every POST /graphql is answered as the `single` query; the benchmark checks that the answer is byte-identical
 * to the subgraph's before it measures. GET /readyz: the database answers. Environment: FLOOR_PORT,
 * DATABASE_URL, DATABASE_POOL_SIZE, JWT_PUBLIC_KEY (or the development keys of DATA_DIR), JWT_ISSUER, JWT_AUDIENCE.
 */
const PAGE_SIZE = 50;

// The subgraph's statements, captured with LOG_SQL=true (issue 16). When its read path changes, capture them again
// so that the floor stays the same work: the benchmark's check catches a different answer, not different SQL.
const SCOPE = "select set_config('app.partner_id', $1, true), set_config('app.scope', $2, true)";
const PAGE = 'SELECT "c"."id" AS "c_id", "c"."commerce_id" AS "c_commerce_id", "c"."company_name" AS "c_company_name", '
  + '"c"."domain" AS "c_domain", "c"."registration_number" AS "c_registration_number", "c"."country" AS "c_country", '
  + '"c"."custom_domains" AS "c_custom_domains", "c"."associated_reseller_id" AS "c_associated_reseller_id", '
  + '"c"."company_email" AS "c_company_email", "c"."company_address" AS "c_company_address", '
  + '"c"."billing_profile" AS "c_billing_profile", "c"."created_at" AS "c_created_at", "c"."updated_at" AS "c_updated_at", '
  + 'r.customer_sort_name AS "cursor_key_0" FROM "customers"."customers" "c" INNER JOIN "customers"."relationships" "r" '
  + 'ON "r"."customer_id" = "c"."id" WHERE "r"."partner_id" = $1 and "r"."state" = \'ACTIVE\' '
  + `ORDER BY r.customer_sort_name ASC, "r"."customer_id" ASC LIMIT ${PAGE_SIZE + 1}`;

/** The grants statement for `count` customer ids: `$1` the partner, `$2…` the ids, the last the state. */
function grantsStatement(count: number): string {
  const ids = Array.from({ length: count }, (_, i) => `$${i + 2}`).join(', ');
  return 'SELECT "DelegatedAdminGrant"."id" AS "DelegatedAdminGrant_id", "DelegatedAdminGrant"."partner_id" AS "DelegatedAdminGrant_partner_id", '
    + '"DelegatedAdminGrant"."customer_id" AS "DelegatedAdminGrant_customer_id", "DelegatedAdminGrant"."kind" AS "DelegatedAdminGrant_kind", '
    + '"DelegatedAdminGrant"."state" AS "DelegatedAdminGrant_state", "DelegatedAdminGrant"."granted_at" AS "DelegatedAdminGrant_granted_at", '
    + '"DelegatedAdminGrant"."removed_at" AS "DelegatedAdminGrant_removed_at", "DelegatedAdminGrant"."removed_by" AS "DelegatedAdminGrant_removed_by" '
    + 'FROM "customers"."delegated_admin_grants" "DelegatedAdminGrant" WHERE (("DelegatedAdminGrant"."partner_id" = $1) '
    + `AND ("DelegatedAdminGrant"."customer_id" IN (${ids})) AND ("DelegatedAdminGrant"."state" = $${count + 2}))`;
}

const config = loadConfig();
const verifier = createTokenVerifier(await loadTokenKeys(config), config.jwt);
const pool = new pg.Pool({
  connectionString: config.databaseUrl,
  max: config.databasePoolSize,
  application_name: 'partner-graph-floor',
  options: `-c role=${appRoleOf('customers')}`,
});

/** One transaction in the caller's partner scope, as inTransaction runs it (ROLLBACK on failure). */
async function inPartnerScope<T>(partnerId: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('START TRANSACTION');
    await client.query(SCOPE, [partnerId, 'partner']);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

interface CustomerRow { c_id: string; c_company_name: string; c_domain: string }

/** The `single` answer for a partner, byte for byte as Apollo Server writes it (a newline after the JSON). */
async function singleAnswer(partnerId: string): Promise<string> {
  const rows = (await inPartnerScope(partnerId, (client) => client.query<CustomerRow>(PAGE, [partnerId]))).rows.slice(0, PAGE_SIZE);
  const ids = rows.map((row) => row.c_id);
  const granted = new Set<string>();
  if (ids.length) {
    const grants = await inPartnerScope(partnerId, (client) =>
      client.query<{ DelegatedAdminGrant_customer_id: string }>(grantsStatement(ids.length), [partnerId, ...ids, 'ACTIVE']));
    for (const grant of grants.rows) granted.add(grant.DelegatedAdminGrant_customer_id);
  }
  const edges = rows.map((row) => ({
    node: { companyProfile: { companyName: row.c_company_name, domain: row.c_domain }, allowDelegatedAccess: granted.has(row.c_id) },
  }));
  return `${JSON.stringify({ data: { customers: { edges } } })}\n`;
}

function send(response: ServerResponse, status: number, body: string) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(body);
}

const refusal = (code: string) => `${JSON.stringify({ errors: [{ message: code, extensions: { code } }] })}\n`;

async function handle(request: IncomingMessage, response: ServerResponse) {
  const path = (request.url ?? '/').split('?')[0];
  if (path === '/readyz') {
    await pool.query('select 1');
    return send(response, 200, '{"status":"ready"}');
  }
  if (path !== '/graphql' || request.method !== 'POST') return send(response, 404, refusal('NOT_FOUND'));
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  // parsed as the subgraph parses it, though only the `single` query is answered
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query?: unknown };
  if (typeof body.query !== 'string') return send(response, 400, refusal('BAD_REQUEST'));
  const token = bearerToken(request.headers.authorization);
  const claims = token ? await verifier.verifyAccessToken(token).catch(() => null) : null;
  if (!claims?.pid) return send(response, 401, refusal('UNAUTHENTICATED'));
  send(response, 200, await singleAnswer(claims.pid));
}

const server = http.createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) send(response, 500, refusal('INTERNAL_SERVER_ERROR'));
    else response.end();
  });
});
server.listen(Number(process.env.FLOOR_PORT ?? 4300), '127.0.0.1');

exitOnSignals(server, () => pool.end());
