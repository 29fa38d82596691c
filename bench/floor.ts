import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { loadConfig } from '../platform/config.js';
import { bearerToken, createTokenVerifier, loadTokenKeys } from '../platform/tokens.js';
import { MY_DELEGATED_ADMIN } from '../subgraphs/customers/loaders.js';
import { UNFILTERED_CUSTOMER_PAGES } from '../subgraphs/customers/repository.js';
import { SESSION_SCOPE, type ReadStatement } from '../subgraphs/kit/database.js';
import { appRoleOf } from '../subgraphs/kit/row-level-security.js';
import { exitOnSignals } from './exit-on-signals.js';

/**
 * Benchmark only, never in the product path: the floor of `npm run bench:floor` — the least a Node process can do
 * to answer the `single` request (bench/scale-data.ts QUERIES.single, `customers(first: 50)`) of the customers
 * subgraph: `node:http` and `pg`, nothing else. Per request it does what the subgraph does on the wire and nothing
 * more: verifies the EdDSA access token (platform/tokens.ts: signature, issuer, audience, expiry), then sends the
 * subgraph's SQL, statement for statement — two named statements outside a transaction, each connection's session
 * scoped for row-level security with the same `set_config` when it holds another scope (subgraphs/kit/database.ts
 * readInScope): the page of customers (subgraphs/customers/repository.ts UNFILTERED_CUSTOMER_PAGES) and the caller's
 * ACTIVE delegated admin grants of those customers (subgraphs/customers/loaders.ts MY_DELEGATED_ADMIN, behind
 * `allowDelegatedAccess`) — on a pool of
 * DATABASE_POOL_SIZE connections acting as the customers' application role, and writes the same JSON bytes.
 * It does not keep an access state (the subgraph's judgement of a token against current roles, issue 14).
 *
 * Every POST /graphql is answered as the `single` query; the benchmark checks that the answer is byte-identical
 * to the subgraph's before it measures. GET /readyz: the database answers. Environment: FLOOR_PORT,
 * DATABASE_URL, DATABASE_POOL_SIZE, JWT_PUBLIC_KEY (or the development keys of DATA_DIR), JWT_ISSUER, JWT_AUDIENCE.
 */
const PAGE_SIZE = 50;

const config = loadConfig();
const verifier = createTokenVerifier(await loadTokenKeys(config), config.jwt);
const pool = new pg.Pool({
  connectionString: config.databaseUrl,
  max: config.databasePoolSize,
  application_name: 'partner-graph-floor',
  options: `-c role=${appRoleOf('customers')}`,
});

/** Each connection's session settings, as SESSION_SCOPE set them. */
const sessionScopes = new WeakMap<pg.PoolClient, string>();

/**
 * One statement in the caller's partner scope, as the subgraph's readInScope (subgraphs/kit/database.ts) sends it: no
 * transaction, the session's scope set only when the connection holds another, a connection that failed closed.
 */
async function inPartnerScope<R extends pg.QueryResultRow>(partnerId: string, statement: ReadStatement): Promise<R[]> {
  const client = await pool.connect();
  let failed = false;
  try {
    const settings = [partnerId, 'partner', null];
    const key = JSON.stringify(settings);
    if (sessionScopes.get(client) !== key) {
      sessionScopes.delete(client);
      await client.query({ ...SESSION_SCOPE, values: settings });
      sessionScopes.set(client, key);
    }
    return (await client.query<R>(statement)).rows;
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    client.release(failed);
  }
}

interface CustomerRow { id: string; companyName: string; domain: string }

/** The `single` answer for a partner, byte for byte as Apollo Server writes it (a newline after the JSON). */
async function singleAnswer(partnerId: string): Promise<string> {
  const page = await inPartnerScope<CustomerRow>(partnerId, { ...UNFILTERED_CUSTOMER_PAGES.first, values: [partnerId, PAGE_SIZE + 1] });
  const rows = page.slice(0, PAGE_SIZE);
  const ids = rows.map((row) => row.id);
  const granted = new Set<string>();
  if (ids.length) {
    const grants = await inPartnerScope<{ customerId: string }>(partnerId, { ...MY_DELEGATED_ADMIN, values: [partnerId, ids] });
    for (const grant of grants) granted.add(grant.customerId);
  }
  const edges = rows.map((row) => ({
    node: { companyProfile: { companyName: row.companyName, domain: row.domain }, allowDelegatedAccess: granted.has(row.id) },
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
