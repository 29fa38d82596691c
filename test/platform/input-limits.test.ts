import { buildSchema, getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLInputType } from 'graphql';
import { publicSchema } from '../../scripts/schema-release.js';

const isList = (type: GraphQLInputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/** Every String and list argument and input field of the public schema, with its description. */
async function textAndListInputs() {
  const schema = buildSchema(await publicSchema());
  const inputs: { name: string; description: string; list: boolean }[] = [];
  const add = (name: string, type: GraphQLInputType, description: string | null | undefined) => {
    if (isList(type) || getNamedType(type).name === 'String') inputs.push({ name, description: description ?? '', list: isList(type) });
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

describe('issue 13 kind 4: every free-text and list input of the public schema documents its maximum', () => {
  it('each String states "At most N characters." and each list "At most N items" in its description', async () => {
    const inputs = await textAndListInputs();
    expect(inputs.length).toBeGreaterThan(120);
    const undocumented = inputs.filter(({ description, list }) =>
      !(list ? /At most \d+ items/ : /At most \d+ characters\./).test(description)).map(({ name }) => name);
    expect(undocumented).toEqual([]);
  });

  it('the limits are the ones chosen for each kind of text (README "Input limits")', async () => {
    const inputs = new Map((await textAndListInputs()).map(({ name, description }) => [name, description]));
    expect(inputs.get('Mutation.signIn(email)')).toContain('At most 254 characters.');
    expect(inputs.get('PartnerSupportTicketInput.title')).toContain('At most 256 characters.');
    expect(inputs.get('PartnerSupportTicketInput.description')).toContain('At most 4000 characters.');
    expect(inputs.get('Query.customers(search)')).toContain('At most 200 characters.');
    expect(inputs.get('SupportProfileInput.website')).toContain('At most 2048 characters.');
    expect(inputs.get('Mutation.submitOrder(lines)')).toContain('At most 100 items.');
  });
});
