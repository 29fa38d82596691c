import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../platform/config.js';

/** One instruction of the Dockerfile: `FROM`, `RUN`, `COPY` … with its arguments (continuations joined). */
export interface DockerInstruction {
  stage: string;
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions, each tagged with the stage (`FROM … AS <stage>`) it belongs to. */
export function dockerfileInstructions(file = path.join(projectRoot, 'Dockerfile')): DockerInstruction[] {
  const lines = readFileSync(file, 'utf8').replace(/\\\n\s*/g, ' ').split('\n');
  const instructions: DockerInstruction[] = [];
  let stage = '';
  for (const line of lines) {
    const match = /^\s*([A-Z]+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const [, keyword, args] = match;
    if (keyword === 'FROM') stage = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? args;
    instructions.push({ stage, keyword, args: args.trim() });
  }
  return instructions;
}

/** The exec-form arguments of an instruction (`CMD ["node", "x.js"]` → `['node', 'x.js']`). */
export function execForm(args: string): string[] {
  return JSON.parse(args.slice(args.indexOf('['))) as string[];
}

/**
 * The TypeScript source a compiled script comes from (`dist/scripts/seed/cli.js` → `scripts/seed/cli.ts`), or
 * undefined when there is none: a command naming a file the build does not produce.
 */
export function sourceOfCompiled(distPath: string): string | undefined {
  const match = /^dist\/(.+)\.js$/.exec(distPath);
  const source = match && `${match[1]}.ts`;
  return source && existsSync(path.join(projectRoot, source)) ? source : undefined;
}

/** The environment variable names README's configuration table documents (every `NAME` in its first column). */
export function documentedVariables(): Set<string> {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  const names = new Set<string>();
  for (const row of table.split('\n').filter((line) => line.startsWith('| `'))) {
    for (const [, name] of row.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g)) names.add(name);
  }
  return names;
}
