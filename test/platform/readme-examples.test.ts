import { readdir, readFile } from 'node:fs/promises';
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

  it('every documentId in the README is a full id of a trusted-documents manifest (copyable as written)', async () => {
    const readme = await readFile(path.join(projectRoot, 'README.md'), 'utf8');
    const ids = [...readme.matchAll(/"documentId":\s*"([^"]*)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThanOrEqual(1);
    const dir = path.join(projectRoot, 'trusted-documents');
    const known = new Set<string>();
    for (const file of (await readdir(dir)).filter((name) => name.endsWith('.json'))) {
      for (const id of Object.keys(JSON.parse(await readFile(path.join(dir, file), 'utf8')) as object)) known.add(id);
    }
    for (const id of ids) expect({ id, known: known.has(id) }).toEqual({ id, known: true });
  });
});
