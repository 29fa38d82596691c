import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { projectRoot } from '../../platform/config.js';
import { publicSchema } from '../../scripts/schema-release.js';

/** The README's examples for each audience are operations the public schema accepts, as written. */
describe('README examples', () => {
  it('every ```graphql block validates against the public schema', async () => {
    const readme = await readFile(path.join(projectRoot, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const schema = buildSchema(await publicSchema());
    for (const block of blocks) {
      const errors = validate(schema, parse(block)).map((error) => error.message);
      expect({ block, errors }).toEqual({ block, errors: [] });
    }
  });
});
