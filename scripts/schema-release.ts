import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { parse, print } from 'graphql';
import { projectRoot } from '../platform/config.js';
import { SUPERGRAPH_FILE } from '../platform/supergraph.js';

/** The public API clients see: the supergraph without federation machinery. */
export async function publicSchema(): Promise<string> {
  return print(transformSupergraphToPublicSchema(parse(await readFile(SUPERGRAPH_FILE, 'utf8'))));
}

export const RELEASED_SCHEMA = path.join(projectRoot, 'schema', 'released', 'public.graphql');

/** `npm run schema:release`: records today's public schema as the one breaking changes are checked against. */
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  await mkdir(path.dirname(RELEASED_SCHEMA), { recursive: true });
  await writeFile(RELEASED_SCHEMA, await publicSchema());
  console.log(`released ${RELEASED_SCHEMA}`);
}
