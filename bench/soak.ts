import autocannon from 'autocannon';
import { writeResultsSection } from './results.js';
import { rssMiB, startStackProcess } from './stack-process.js';

/**
 * `npm run bench:soak [-- --minutes 10 --rate 70]`: a sustained mixed load at a fixed share of the measured
 * maximum; reports 5xx, GraphQL internal errors and the services' memory at start and end.
 */
function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const MINUTES = argument('minutes', 10);
const SHARE = argument('rate', 70) / 100;
const QUERY = '{ me { displayName organization { companyName customers(first: 20) { totalCount edges { node { companyProfile { companyName } } } } } } }';

const stack = await startStackProcess();
try {
  const signIn = await fetch(stack.gatewayUrl, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { signIn(email: "anna@contoso.it", password: "Partner-Graph-2026!") { accessToken } }' }),
  });
  const token = ((await signIn.json()) as { data: { signIn: { accessToken: string } } }).data.signIn.accessToken;
  let sequence = 0;
  const request = {
    url: stack.gatewayUrl, method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY }),
    // a distinct id per request, as in npm run bench: no in-flight deduplication
    requests: [{
      setupRequest: (r: autocannon.Request) => ({ ...r, headers: { ...r.headers, 'x-request-id': `soak-${sequence += 1}` } }),
    }],
  };
  const max = await autocannon({ ...request, connections: 20, duration: 10 });
  const rate = Math.max(1, Math.floor(max.requests.average * SHARE));
  const pids = stack.pids();
  const before = Object.fromEntries(await Promise.all(Object.entries(pids).map(async ([name, pid]) => [name, await rssMiB(pid)])));
  let internalErrors = 0;
  const soak = await autocannon({
    ...request, connections: 20, duration: MINUTES * 60, overallRate: rate,
    setupClient: (client) => client.on('body', (body: Buffer) => { if (body.includes('INTERNAL_SERVER_ERROR')) internalErrors += 1; }),
  });
  const after = Object.fromEntries(await Promise.all(Object.entries(pids).map(async ([name, pid]) => [name, await rssMiB(pid)])));
  const table = [
    `Measured ${new Date().toISOString()}: ${MINUTES} min at ${rate} req/s (${Math.round(SHARE * 100)} % of the ${max.requests.average.toFixed(0)} `
      + 'req/s measured just before), the dashboard query through the gateway, 20 connections.',
    '',
    `| requests | 5xx | GraphQL internal errors | p50 ms | p99 ms |`,
    '|---:|---:|---:|---:|---:|',
    `| ${soak.requests.total} | ${soak['5xx']} | ${internalErrors} | ${soak.latency.p50} | ${soak.latency.p99} |`,
    '',
    '| service | RSS at start MiB | RSS at end MiB |',
    '|---|---:|---:|',
    ...Object.keys(pids).map((name) => `| ${name} | ${before[name].toFixed(0)} | ${after[name].toFixed(0)} |`),
  ].join('\n');
  console.log(table);
  await writeResultsSection('Soak (npm run bench:soak)', table);
  if (soak['5xx'] > 0 || internalErrors > 0) process.exitCode = 1;
} finally {
  await stack.stop();
}
