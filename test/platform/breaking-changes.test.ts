import { readFile } from 'node:fs/promises';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { publicSchema, RELEASED_SCHEMA } from '../../scripts/schema-release.js';

/**
 * Breaking changes to the public schema since the last release (schema/released/public.graphql). A deliberate
 * break is listed here with its reason, then released with `npm run schema:release`.
 */
const ACCEPTED_BREAKS: Record<string, string> = {};

describe('schema compatibility (graphql-inspector)', () => {
  it('has no breaking change since the last release', async () => {
    const released = buildSchema(await readFile(RELEASED_SCHEMA, 'utf8'));
    const current = buildSchema(await publicSchema());
    const changes = await diff(released, current);
    const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking)
      .map((change) => change.message).filter((message) => !(message in ACCEPTED_BREAKS));
    expect(breaking).toEqual([]);
  });

  it('would notice a removed field', async () => {
    const released = buildSchema(await readFile(RELEASED_SCHEMA, 'utf8'));
    const withoutMe = buildSchema((await publicSchema()).replace('  me: PartnerUser', '  meRenamed: PartnerUser'));
    const changes = await diff(released, withoutMe);
    expect(changes.some((change) => change.criticality.level === CriticalityLevel.Breaking)).toBe(true);
  });
});
