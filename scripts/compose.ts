import { writeFile } from 'node:fs/promises';
import { composeSupergraph, SUPERGRAPH_FILE } from '../platform/supergraph.js';

const supergraph = await composeSupergraph();
await writeFile(SUPERGRAPH_FILE, supergraph);
console.log(`composed ${SUPERGRAPH_FILE}`);
