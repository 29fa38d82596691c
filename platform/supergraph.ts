import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { projectRoot } from './config.js';
import { describeInputLimits } from './input-limits-sdl.js';

import { defaultSubgraphPort, SUBGRAPH_NAMES, type SubgraphName } from './subgraph-names.js';

export { SUBGRAPH_NAMES, type SubgraphName };

/** Where each subgraph answers when nothing says otherwise (its default port on localhost). */
export const DEFAULT_SUBGRAPH_URLS = Object.fromEntries(SUBGRAPH_NAMES.map((name) =>
  [name, `http://localhost:${defaultSubgraphPort(name)}/graphql`])) as Record<SubgraphName, string>;

export const SUPERGRAPH_FILE = path.join(projectRoot, 'schema', 'supergraph.graphql');

export function subgraphSdlPath(name: SubgraphName): string {
  return path.join(projectRoot, 'schema', `${name}.graphql`);
}

export async function readSubgraphSdl(name: SubgraphName): Promise<string> {
  return readFile(subgraphSdlPath(name), 'utf8');
}

/**
 * Composes the three subgraph SDLs (Federation 2) into a supergraph, their input limits stated in the descriptions;
 * throws with every composition error.
 */
export async function composeSupergraph(urls: Record<SubgraphName, string> = DEFAULT_SUBGRAPH_URLS): Promise<string> {
  const services = await Promise.all(SUBGRAPH_NAMES.map(async (name) => ({
    name,
    url: urls[name],
    typeDefs: describeInputLimits(parse(await readSubgraphSdl(name))),
  })));
  const result = composeServices(services);
  if (compositionHasErrors(result)) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

/** The supergraph with each subgraph's URL replaced: lets one composed file serve tests on free ports. */
export function withSubgraphUrls(supergraphSdl: string, urls: Partial<Record<SubgraphName, string>>): string {
  let sdl = supergraphSdl;
  for (const [name, url] of Object.entries(urls)) {
    const pattern = new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`);
    if (!pattern.test(sdl)) throw new Error(`subgraph ${name} is not in the supergraph`);
    sdl = sdl.replace(pattern, `$1${url}$2`);
  }
  return sdl;
}
