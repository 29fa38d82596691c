import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../platform/config.js';

const run = promisify(execFile);

describe('resolver types generated from the SDL', () => {
  it('are current (run `npm run codegen` after changing a subgraph SDL)', async () => {
    const cli = path.join(projectRoot, 'node_modules', '.bin', 'graphql-codegen');
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    // --check exits non-zero when a generated file would change
    await expect(run(cli, ['--config', 'codegen.ts', '--check'], { cwd: projectRoot, env })).resolves.toBeDefined();
  }, 60_000);
});
