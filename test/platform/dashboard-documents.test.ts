import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../platform/config.js';

const run = promisify(execFile);

describe("the dashboard example's typed operations and trusted documents (issue 18 §1, §4)", () => {
  it('are current (run `npm run documents` after changing examples/dashboard/src/*.graphql or the supergraph)', async () => {
    const cli = path.join(projectRoot, 'node_modules', '.bin', 'graphql-codegen');
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    // --check exits non-zero when a generated file would change
    await expect(run(cli, ['--config', 'examples/dashboard/codegen.ts', '--check'], { cwd: projectRoot, env })).resolves.toBeDefined();
  }, 60_000);

  it('the registered manifest is the one the client preset wrote', async () => {
    const read = async (file: string) => JSON.parse(await readFile(path.join(projectRoot, file), 'utf8')) as Record<string, string>;
    expect(await read('trusted-documents/partner-dashboard.json')).toEqual(await read('examples/dashboard/src/gql/persisted-documents.json'));
  });
});
