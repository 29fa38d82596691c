import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../platform/config.js';

/**
 * Registers an app's documents with the gateway: copies the persisted-documents manifest GraphQL Code Generator's
 * client preset wrote (`{ "sha256:<hash>": document }`) to `<dir>/<client name>.json`, the file the gateway reads
 * from TRUSTED_DOCUMENTS_DIR (gateway/trusted-documents.ts) and re-reads without restart.
 *
 *   tsx scripts/trusted-documents.ts [manifest] [client name] [dir]
 * defaults: the dashboard example's manifest, `partner-dashboard`, trusted-documents/.
 */
const [manifestFile = path.join(projectRoot, 'examples/dashboard/src/gql/persisted-documents.json'),
  client = 'partner-dashboard', dir = path.join(projectRoot, 'trusted-documents')] = process.argv.slice(2);
if (!/^[\w.-]+$/.test(client)) throw new Error(`client name "${client}": letters, digits, dots, dashes and underscores only`);
const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;
for (const [id, document] of Object.entries(manifest)) {
  if (typeof document !== 'string') throw new Error(`${manifestFile}: the document of ${id} is not a string`);
}
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, `${client}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${Object.keys(manifest).length} documents of ${client} registered in ${path.relative(projectRoot, dir) || '.'}/${client}.json`);
