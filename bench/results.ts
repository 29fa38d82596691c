import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../platform/config.js';

const RESULTS = path.join(projectRoot, 'bench', 'RESULTS.md');

/** Replaces (or appends) one `## title` section of bench/RESULTS.md, leaving the others as they are. */
export async function writeResultsSection(title: string, body: string): Promise<void> {
  let text = '# Benchmark results\n\nEach section is rewritten by the benchmark named in its title.\n';
  try {
    text = await readFile(RESULTS, 'utf8');
  } catch {
    // first run
  }
  const heading = `## ${title}`;
  const section = `${heading}\n\n${body.trim()}\n\n`;
  const start = text.indexOf(heading);
  if (start < 0) {
    text = `${text.trimEnd()}\n\n${section}`;
  } else {
    const next = text.indexOf('\n## ', start + heading.length);
    text = `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next + 1)}`;
  }
  await writeFile(RESULTS, `${text.trimEnd()}\n`);
}
