import { TENANT } from '../../scripts/seed/world.js';
import { graphql, startTestStack, type TestStack } from '../helpers/stack.js';

type Result = Awaited<ReturnType<typeof graphql>>;

const INVISIBLE = ['\u200B', '\uFEFF', '\u200B \u200B', '\u202E\u2066\u2069', ' \t\u3000 ', '\u00AD', '\u3164'];

/**
 * Issue 13, domain checks of text input through the gateway: every BAD_USER_INPUT names its argument as a path
 * (`extensions.argument` and the message); country codes are assigned ISO 3166-1 codes; email addresses are ASCII with
 * IDN domains in their xn-- form; text that shows nothing is empty; MPN IDs of 20+ digits get MPN_ID_NOT_NUMERIC.
 */
describe('issue 13: domain checks of text input name their argument and judge the text as users see it', () => {
  let stack: TestStack;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startTestStack();
    for (const email of ['anna@contoso.it', 'pietro@northwind.it']) tokens[email] = await stack.signIn(email);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const ask = (email: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql(stack.gatewayUrl, query, { token: tokens[email], variables });

  /** The one error is BAD_USER_INPUT with `reason`, naming `argument` in its extensions and its message. */
  const expectRefused = (result: Result, reason: string, argument: string) => {
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect({ reason: error.extensions?.reason, code: error.extensions?.code, argument: error.extensions?.argument })
      .toEqual({ reason, code: 'BAD_USER_INPUT', argument });
    expect(error.message).toContain(`"${argument}"`);
  };

  const CREATE_USER = `mutation ($input: CreatePartnerUserInput!) { createPartnerUser(input: $input) { user { id } } }`;
  const user = (fields: Record<string, unknown>) =>
    ({ input: { displayName: 'Nina Verdi', email: 'nina@contoso.it', agentRole: 'NONE', adminRole: 'NONE', ...fields } });
  const CREATE_CUSTOMER = 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
  const customer = (fields: Record<string, unknown>) =>
    ({ input: { companyName: 'Zeta S.r.l.', domain: 'zeta-test.onmicrosoft.com', country: 'IT', ...fields } });

  describe('every domain BAD_USER_INPUT names the argument path', () => {
    it('identity: a blank display name is "input.displayName", a malformed email "input.email"', async () => {
      expectRefused(await ask('anna@contoso.it', CREATE_USER, user({ displayName: ' ' })), 'REQUIRED_FIELD', 'input.displayName');
      expectRefused(await ask('anna@contoso.it', CREATE_USER, user({ email: 'nina' })), 'INVALID_EMAIL', 'input.email');
      expectRefused(await ask('anna@contoso.it', CREATE_USER, user({ email: 'nina@fabrikam.it' })), 'EMAIL_DOMAIN_NOT_VERIFIED', 'input.email');
    });

    it('customers: a missing company name is "input.companyName", a hint that is no address "customerEmailHint"', async () => {
      expectRefused(await ask('pietro@northwind.it', CREATE_CUSTOMER, customer({ companyName: '' })), 'REQUIRED_FIELD', 'input.companyName');
      expectRefused(await ask('anna@contoso.it', 'mutation { createResellerRelationshipRequest(customerEmailHint: "nobody") { id } }'),
        'INVALID_EMAIL', 'customerEmailHint');
    });

    it('partners: an MPN ID that is not numeric is "mpnId"; a reply address that is no address "replyTo"', async () => {
      expectRefused(await ask('anna@contoso.it', 'query { verifyPartnerMpnId(mpnId: "abc") { mpnId } }'), 'MPN_ID_NOT_NUMERIC', 'mpnId');
      expectRefused(await ask('anna@contoso.it', `mutation { requestProviderContact(providerId: "${TENANT.northwind}", message: "Ciao",
        replyTo: "anna") { id } }`), 'INVALID_EMAIL', 'replyTo');
    });
  });

  describe('country codes are assigned ISO 3166-1 codes', () => {
    it.each(['ZZ', 'XX', 'AA', 'QZ', 'EU', 'UK'])('"%s" is INVALID_COUNTRY wherever a country is given', async (code) => {
      expectRefused(await ask('anna@contoso.it', `{ customers(filter: { country: "${code}" }) { totalCount } }`), 'INVALID_COUNTRY', 'filter.country');
      expectRefused(await ask('anna@contoso.it', `{ indirectProviderDirectory(filter: { country: "${code}" }) { totalCount } }`),
        'INVALID_COUNTRY', 'filter.country');
      expectRefused(await ask('pietro@northwind.it', CREATE_CUSTOMER, customer({ country: code })), 'INVALID_COUNTRY', 'input.country');
    });

    it('an assigned code is taken', async () => {
      for (const code of ['IT', 'DE', 'gr']) {
        expect((await ask('anna@contoso.it', `{ customers(filter: { country: "${code}" }) { totalCount } }`)).errors).toBeUndefined();
      }
    });
  });

  describe('email addresses: ASCII, an internationalized domain in its xn-- form', () => {
    it.each(['añna@contoso.it', 'anna@cöntoso.it', 'ánna@xn--cntoso-jua.it', 'anna@contoso.it\u200B', 'an..na@contoso.it', '.anna@contoso.it'])(
      '"%s" is INVALID_EMAIL for a partner user, a contact reply address and a customer hint', async (email) => {
        expectRefused(await ask('anna@contoso.it', CREATE_USER, user({ email })), 'INVALID_EMAIL', 'input.email');
        expectRefused(await ask('anna@contoso.it', `mutation ($replyTo: String!) { requestProviderContact(providerId: "${TENANT.northwind}",
          message: "Ciao", replyTo: $replyTo) { id } }`, { replyTo: email }), 'INVALID_EMAIL', 'replyTo');
        expectRefused(await ask('anna@contoso.it', `mutation ($hint: String) { createResellerRelationshipRequest(customerEmailHint: $hint) { id } }`,
          { hint: email }), 'INVALID_EMAIL', 'customerEmailHint');
      });

    it('a punycoded domain is an address (then judged by the tenant\'s domains)', async () => {
      expectRefused(await ask('anna@contoso.it', CREATE_USER, user({ email: 'anna@xn--cntoso-jua.it' })), 'EMAIL_DOMAIN_NOT_VERIFIED', 'input.email');
    });
  });

  describe('text that shows nothing (white space, zero-width, bidi controls) is empty', () => {
    it.each(INVISIBLE.map((text) => [JSON.stringify(text), text]))('%s as a display name, a company name or a message is REQUIRED_FIELD', async (_, text) => {
      expectRefused(await ask('anna@contoso.it', CREATE_USER, user({ displayName: text })), 'REQUIRED_FIELD', 'input.displayName');
      expectRefused(await ask('pietro@northwind.it', CREATE_CUSTOMER, customer({ companyName: text })), 'REQUIRED_FIELD', 'input.companyName');
      expectRefused(await ask('anna@contoso.it', `mutation ($message: String!) { requestProviderContact(providerId: "${TENANT.northwind}",
        message: $message, replyTo: "anna@contoso.it") { id } }`, { message: text }), 'REQUIRED_FIELD', 'message');
    });

    it('a search that shows nothing is no search', async () => {
      const all = await ask('anna@contoso.it', '{ customers { totalCount } }');
      const blank = await ask('anna@contoso.it', '{ customers(search: "\u200B\uFEFF") { totalCount } }');
      expect(blank.data).toEqual(all.data);
    });
  });

  describe('numeric identifiers of 20 and more digits get their domain reason', () => {
    it.each(['12345678901234567890', '9'.repeat(30), '00000000000000000000000001'])('MPN ID %s is MPN_ID_NOT_NUMERIC', async (mpnId) => {
      expectRefused(await ask('anna@contoso.it', `query { verifyPartnerMpnId(mpnId: "${mpnId}") { mpnId } }`), 'MPN_ID_NOT_NUMERIC', 'mpnId');
      const order = await ask('pietro@northwind.it', `mutation ($mpn: String) { submitOrder(customerId: "${'00000000-0000-4000-8000-000000000001'}",
        lines: [{ offerId: "O365_E3", quantity: 1 }], resellerMpnId: $mpn) { orderId } }`, { mpn: mpnId });
      expect(order.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      expect(order.errors?.[0]?.extensions?.reason).not.toBe('NUMBER_OUT_OF_RANGE');
    });
  });
});
