import { buildSchema, getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLInputType } from 'graphql';
import { publicSchema } from '../../scripts/schema-release.js';

const isList = (type: GraphQLInputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

type Kind = 'list' | 'String' | 'Int';

/** Every String, Int and list argument and input field of the public schema, with its description. */
async function boundedInputs() {
  const schema = buildSchema(await publicSchema());
  const inputs: { name: string; description: string; kind: Kind }[] = [];
  const add = (name: string, type: GraphQLInputType, description: string | null | undefined) => {
    const kind = isList(type) ? 'list' : getNamedType(type).name;
    if (kind === 'list' || kind === 'String' || kind === 'Int') inputs.push({ name, description: description ?? '', kind });
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const argument of field.args) add(`${type.name}.${field.name}(${argument.name})`, argument.type, argument.description);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) add(`${type.name}.${field.name}`, field.type, field.description);
    }
  }
  return inputs;
}

const STATED: Record<Kind, RegExp> = { list: /At most \d+ items/, String: /At most \d+ characters\./, Int: /From -?\d+ to -?\d+\./ };

describe('issue 13 kind 4: every free-text, number and list input of the public schema documents its bounds', () => {
  it('each String states "At most N characters.", each list "At most N items", each Int "From N to M." in its description', async () => {
    const inputs = await boundedInputs();
    expect(inputs.length).toBeGreaterThan(140);
    const undocumented = inputs.filter(({ description, kind }) => !STATED[kind].test(description)).map(({ name }) => name);
    expect(undocumented).toEqual([]);
  });

  it('the limits are the ones chosen for each kind of text (README "Input limits")', async () => {
    const inputs = new Map((await boundedInputs()).map(({ name, description }) => [name, description]));
    expect(inputs.get('Mutation.signIn(email)')).toContain('At most 254 characters.');
    expect(inputs.get('PartnerSupportTicketInput.title')).toContain('At most 256 characters.');
    expect(inputs.get('PartnerSupportTicketInput.description')).toContain('At most 4000 characters.');
    expect(inputs.get('Query.customers(search)')).toContain('At most 200 characters.');
    expect(inputs.get('SupportProfileInput.website')).toContain('At most 2048 characters.');
    expect(inputs.get('Mutation.submitOrder(lines)')).toContain('At most 100 items.');
    expect(inputs.get('Query.customers(first)')).toContain('From 0 to 100.');
    expect(inputs.get('OrderLineInput.quantity')).toContain('From 1 to 10000.');
  });
});
