import { randomUUID } from 'node:crypto';
import { buildSchema } from 'graphql';
import { publicSchema } from '../../scripts/schema-release.js';
import {
  badValuesFor, buildOperation, harvestArguments, slotsOf, targetsOf, withValueAt, type BadValue, type InputSlot,
} from '../helpers/bad-input.js';
import { startPartnersWorld, type PartnersWorld } from '../helpers/partners.js';
import { graphql, type GraphQLResponse } from '../helpers/stack.js';
import { MATRIX, OUTSIDE_MATRIX } from '../matrix/expectations.js';

/**
 * Issue 13, the proof: generated from the public schema, every argument of every Query and Mutation field — and of
 * every field reachable from Query — nested input fields and list items included, receives through the gateway each
 * bad value of the catalogue that fits its type (test/helpers/bad-input.ts), sent by a caller the matrix allows.
 * Each answer must be a client error naming the argument: never INTERNAL_SERVER_ERROR, never a 5xx, never accepted.
 * A new operation is covered without editing this file.
 */

const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED', 'BAD_REQUEST',
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_COMPLEX', 'PAYLOAD_TOO_LARGE']);
/** Rows the matrix allows Contoso's anna (ADMIN_AGENT / GLOBAL_ADMIN) but that act as a provider organization only. */
const PROVIDER_ONLY = new Set(['Mutation.submitOrder', 'Mutation.createCustomer', 'Mutation.removeIndirectResellerPartnership',
  'Mutation.createPartnershipInvitation', 'Mutation.revokePartnershipInvitation']);
const CONCURRENCY = 4;

type Caller = 'anna' | 'pietro' | 'anonymous' | 'tenant global admin' | 'customer tenant global admin';

/** Who may call a root field: the matrix's principal outside the matrix, else a partner user holding the row's roles. */
function callerOf(rootCoordinate: string): Caller | undefined {
  const outside = OUTSIDE_MATRIX.find((row) => row.covers.includes(rootCoordinate));
  if (outside) return outside.principal === 'signed-in' ? 'anna' : outside.principal;
  if (!MATRIX.some((row) => row.covers.includes(rootCoordinate))) return undefined;
  return PROVIDER_ONLY.has(rootCoordinate) ? 'pietro' : 'anna';
}

/** Fills the expectations file's placeholders with values of no object in particular ($role, $random, $target …). */
const fill = (text: string) => text.replaceAll('$role', 'bad-input').replace(/\$[A-Za-z]+/g, () => randomUUID());

const leafOf = (slot: InputSlot) => [...slot.path].reverse().find((segment) => segment !== '[]')!;

/** Why an answer to a bad value is wrong, or null when it is a client error naming the argument. */
function faultOf(response: GraphQLResponse, slot: InputSlot): string | null {
  if (response.status >= 500) return `HTTP ${response.status}`;
  const errors = response.errors ?? [];
  const internal = errors.find((error) => !CLIENT_CODES.has(String(error.extensions?.code)));
  if (internal) return `${String(internal.extensions?.code)}: ${internal.message.slice(0, 160)}`;
  if (!errors.length) return 'accepted';
  const name = new RegExp(`\\b${leafOf(slot)}\\b`);
  const named = errors.some((error) => name.test(error.message) || name.test(JSON.stringify(error.extensions ?? {})));
  return named ? null : `does not name "${leafOf(slot)}": ${errors.map((error) => `${String(error.extensions?.code)} ${error.message}`)
    .join(' | ').slice(0, 200)}`;
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(work));
}

// The schema is read before the tests are declared, so that each field is a test of its own.
const schema = buildSchema(await publicSchema());
const targets = targetsOf(schema);

describe('issue 13: the schema-driven bad-input suite (every argument of the public schema, through the gateway)', () => {
  let world: PartnersWorld;
  const tokens = {} as Record<Caller, string | undefined>;
  let baselines = new Map<string, Record<string, unknown>>();
  const sent = { arguments: 0, values: 0 };

  beforeAll(async () => {
    world = await startPartnersWorld();
    tokens.anna = await world.stack.signIn('anna@contoso.it');
    tokens.pietro = await world.stack.signIn('pietro@northwind.it');
    tokens['customer tenant global admin'] = await world.stack.signIn('ada@adatum.it');
    tokens['tenant global admin'] = await world.tokenFor({ sub: randomUUID(), tid: randomUUID(), tga: true, mcp: false });
    tokens.anonymous = undefined;
    baselines = harvestArguments(schema, [...MATRIX.map((row) => fill(row.own)), ...OUTSIDE_MATRIX.map((row) => fill(row.query))]);
  });
  afterAll(() => world?.close());

  it('covers every argument of every Query and Mutation field, and a caller is known for each root field', () => {
    const roots = targets.filter((target) => target.route.length === 1);
    const rootFields = [schema.getQueryType()!, schema.getMutationType()!]
      .flatMap((type) => Object.values(type.getFields()).filter((field) => field.args.length).map((field) => `${type.name}.${field.name}`));
    expect(roots.map((target) => target.coordinate).sort()).toEqual(rootFields.sort());
    expect(targets.filter((target) => !callerOf(`${target.route[0].parentType.name}.${target.route[0].field.name}`))
      .map((target) => target.coordinate)).toEqual([]);
  });

  it.each(targets.map((target) => [target.coordinate, target] as const))('%s: every bad value is a client error naming the argument',
    async (_coordinate, target) => {
      const root = target.route[0];
      const caller = callerOf(`${root.parentType.name}.${root.field.name}`)!;
      const field = target.route[target.route.length - 1].field;
      const baseline = baselines.get(target.coordinate) ?? {};
      const cases: { slot: InputSlot; bad: BadValue; args: Record<string, unknown> }[] = field.args.flatMap((argument) =>
        slotsOf(argument).flatMap((slot) => badValuesFor(slot).map((bad) => ({
          slot, bad, args: { ...baseline, [argument.name]: withValueAt(baseline[argument.name], slot.path.slice(1), bad.value, argument.type) },
        }))));
      const faults: string[] = [];
      await inBatches(cases, CONCURRENCY, async ({ slot, bad, args }) => {
        const { query, variables } = buildOperation(target, args, (coordinate) => baselines.get(coordinate) ?? {});
        const response = await graphql(world.stack.gatewayUrl, query, { variables, token: tokens[caller] });
        const fault = faultOf(response, slot);
        if (fault) faults.push(`${slot.path.join('.')} ← ${bad.kind}: ${fault}`);
      });
      sent.arguments += new Set(cases.map(({ slot }) => slot.path.join('.'))).size;
      sent.values += cases.length;
      expect(faults.sort()).toEqual([]);
    });

  it('every service still answers afterwards', async () => {
    const me = await world.stack.query<{ me: { id: string } }>('{ me { id } }', { token: tokens.anna });
    expect(me.data?.me.id).toBeDefined();
    for (const url of Object.values(world.stack.subgraphUrls)) {
      expect((await fetch(new URL('/readyz', url))).status).toBe(200);
    }
    process.stdout.write(`bad-input suite: ${targets.length} fields, ${sent.arguments} argument slots, ${sent.values} values sent\n`);
  });
});
