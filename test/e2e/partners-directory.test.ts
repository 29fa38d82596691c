import { randomUUID } from 'node:crypto';
import { buildSchema, getNamedType, isLeafType, type GraphQLObjectType } from 'graphql';
import { publicSchema } from '../../scripts/schema-release.js';
import { TENANT } from '../../scripts/seed/world.js';
import { actors, DIRECTORY, type DirectoryPage } from '../helpers/directory.js';
import { LiveSubscription, settle } from '../helpers/live.js';
import { errorOf, startPartnersWorld, type PartnersWorld } from '../helpers/partners.js';

const UPDATE = `mutation ($input: ProviderDirectoryProfileInput!) { updateProviderDirectoryProfile(input: $input) {
  listed countries offerings languages description contactEmail website updatedAt } }`;
const names = (page: DirectoryPage) => page.edges.map((edge) => edge.node.companyName);

describe('issue 19, P-19 / P-20: the directory of indirect providers through the gateway', () => {
  let world: PartnersWorld;
  let as: ReturnType<typeof actors>;

  beforeAll(async () => {
    world = await startPartnersWorld();
    as = actors(world);
  });
  afterAll(() => world?.close());

  describe('P-19: a reseller evaluates the providers in its area (SEED)', () => {
    it('Contoso (IT) finds Northwind (IT) and not Woodgrove (DE) by default, with its directory profile and the partnership', async () => {
      const page = await as.directory('anna@contoso.it');
      expect(page.totalCount).toBe(1);
      expect(page.edges.map((edge) => edge.node)).toEqual([{
        id: TENANT.northwind, companyName: 'Northwind Traders', country: 'IT', countries: ['IT'],
        offerings: ['TECHNICAL_SUPPORT', 'MARKETING_ASSISTANCE', 'FINANCING_AND_CREDIT'], languages: ['it', 'en'],
        description: expect.stringContaining('assistenza tecnica'), contactEmail: 'resellers@northwind.it',
        website: 'https://northwind.it/resellers', isPartnered: true, hasPendingInvitation: false, hasOpenContactRequest: false,
      }]);
      // Fabrikam, in the same region and partnered with nobody, sees the same provider, not partnered
      expect((await as.directory('fabio@fabrikam.it')).edges.map((edge) => [edge.node.companyName, edge.node.isPartnered]))
        .toEqual([['Northwind Traders', false]]);
    });

    it('filters: another country, an offering, a language, a search (words of the name or description, each a prefix)', async () => {
      const find = async (filter: Record<string, unknown>) => names(await as.directory('marco@contoso.it', filter));
      expect(await find({ country: 'de' })).toEqual(['Woodgrove Bank']);
      expect(await find({ offering: 'MARKETING_ASSISTANCE' })).toEqual(['Northwind Traders']);
      expect(await find({ country: 'DE', offering: 'MARKETING_ASSISTANCE' })).toEqual([]);
      expect(await find({ language: 'EN' })).toEqual(['Northwind Traders']);
      expect(await find({ language: 'de' })).toEqual([]);
      expect(await find({ search: 'north' })).toEqual(['Northwind Traders']);
      expect(await find({ search: 'NORTHWIND trad' })).toEqual(['Northwind Traders']);
      expect(await find({ search: 'marketing credito' })).toEqual(['Northwind Traders']);
      expect(await find({ search: 'woodgrove' })).toEqual([]);
      expect(await find({ country: 'DE', search: 'financ' })).toEqual(['Woodgrove Bank']);
      expect(await find({ search: '   ' })).toEqual(['Northwind Traders']);
      // nothing a user types is query syntax: punctuation alone matches nothing, never an error
      for (const search of ['!!!', "it's & | ! :* <-> (x", 'C:\\dir\\f.txt', '🚀']) expect(await find({ search })).toEqual([]);
    });

    it('a filter code that is not ISO is refused, naming the argument (INVALID_COUNTRY, INVALID_LANGUAGE)', async () => {
      expect(errorOf(await as.run('anna@contoso.it', DIRECTORY, { filter: { country: 'Italy' } })))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_COUNTRY', argument: 'filter.country' });
      expect(errorOf(await as.run('anna@contoso.it', DIRECTORY, { filter: { language: 'italian' } })))
        .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_LANGUAGE', argument: 'filter.language' });
    });

    it('P-19 roles: helpdesk agents and user-management admins search too; billing admins and users without a role may not', async () => {
      for (const email of ['luca@contoso.it', 'ugo@contoso.it']) expect(names(await as.directory(email))).toEqual(['Northwind Traders']);
      for (const email of ['bice@contoso.it', 'nora@contoso.it']) {
        expect(errorOf(await as.run(email, DIRECTORY))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' });
      }
    });

    it('T-2: an entry reaches nothing beyond the directory profile (every field is a leaf, none an organization)', async () => {
      const schema = buildSchema(await publicSchema());
      const entry = schema.getType('ProviderDirectoryEntry') as GraphQLObjectType;
      const fields = Object.values(entry.getFields());
      expect(fields.filter((field) => !isLeafType(getNamedType(field.type))).map((field) => field.name)).toEqual([]);
      expect(fields.map((field) => field.name).sort()).toEqual(['companyName', 'contactEmail', 'countries', 'country', 'description',
        'hasOpenContactRequest', 'hasPendingInvitation', 'id', 'isPartnered', 'languages', 'offerings', 'website']);
    });
  });

  describe('P-20: the provider presents itself', () => {
    it('Pietro (global admin) changes Northwind\'s profile: the directory shows it at once; PartnerProfileChanged(DIRECTORY) on organizationChanged', async () => {
      const live = new LiveSubscription(world.stack.gatewayUrl, await as.tokenOf('paolo@northwind.it'),
        'subscription { organizationChanged { change section organization { companyName } } }');
      try {
        await settle();
        const result = await as.run('pietro@northwind.it', UPDATE, { input: {
          description: 'Grossista cloud: formazione tecnica e finanziamenti.', languages: ['IT', 'en', 'it'], website: null } });
        expect(result.errors).toBeUndefined();
        expect(result.data!.updateProviderDirectoryProfile).toMatchObject({ listed: true, countries: ['IT'], languages: ['it', 'en'],
          website: null, contactEmail: 'resellers@northwind.it', offerings: ['TECHNICAL_SUPPORT', 'MARKETING_ASSISTANCE', 'FINANCING_AND_CREDIT'] });
        await live.until(() => live.results.length === 1);
        expect(live.results[0].data).toEqual({ organizationChanged: { change: 'PROFILE_CHANGED', section: 'DIRECTORY',
          organization: { companyName: 'Northwind Traders' } } });
        expect(names(await as.directory('anna@contoso.it', { search: 'formazione' }))).toEqual(['Northwind Traders']);
        expect(names(await as.directory('anna@contoso.it', { search: 'assistenza' }))).toEqual([]);
        const own = await as.run('paolo@northwind.it', '{ myOrganization { providerDirectoryProfile { description } } }');
        expect(own.data).toEqual({ myOrganization: { providerDirectoryProfile: { description: 'Grossista cloud: formazione tecnica e finanziamenti.' } } });
      } finally {
        await live.close();
      }
    });

    it.each([
      [{ countries: ['DE'] }, 'PRECONDITION_FAILED', 'REGION_MISMATCH', 'input.countries'],
      [{ countries: ['ITA'] }, 'BAD_USER_INPUT', 'INVALID_COUNTRY', 'input.countries'],
      [{ countries: [] }, 'BAD_USER_INPUT', 'REQUIRED_FIELD', 'input.countries'],
      [{ languages: ['italiano'] }, 'BAD_USER_INPUT', 'INVALID_LANGUAGE', 'input.languages'],
      [{ contactEmail: 'resellers at northwind' }, 'BAD_USER_INPUT', 'INVALID_EMAIL', 'input.contactEmail'],
      [{ contactEmail: null }, 'BAD_USER_INPUT', 'REQUIRED_FIELD', 'input.contactEmail'],
      [{ website: 'ftp://northwind.it' }, 'BAD_USER_INPUT', 'INVALID_VALUE', 'input.website'],
    ])('a listed profile refuses %j: %s / %s naming %s', async (input, code, reason, argument) => {
      expect(errorOf(await as.run('pietro@northwind.it', UPDATE, { input }))).toMatchObject({ code, reason, argument });
    });

    it('a reseller has no directory profile to edit (NOT_AN_INDIRECT_PROVIDER); a helpdesk agent may not edit (P-20)', async () => {
      expect(errorOf(await as.run('anna@contoso.it', UPDATE, { input: { listed: true } })))
        .toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'NOT_AN_INDIRECT_PROVIDER' });
      const own = await as.run('anna@contoso.it', '{ myOrganization { providerDirectoryProfile { listed } } }');
      expect(own.data).toEqual({ myOrganization: { providerDirectoryProfile: null } });
      expect(errorOf(await as.run('luca@contoso.it', UPDATE, { input: { listed: true } }))).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('an unlisted provider leaves the directory; its own profile stays readable to it only; listed again, it is back', async () => {
      expect((await as.run('wilhelm@woodgrove.de', UPDATE, { input: { listed: false } })).errors).toBeUndefined();
      expect(names(await as.directory('anna@contoso.it', { country: 'DE' }))).toEqual([]);
      const own = await as.run('wilhelm@woodgrove.de', '{ myOrganization { providerDirectoryProfile { listed contactEmail } } }');
      expect(own.data).toEqual({ myOrganization: { providerDirectoryProfile: { listed: false, contactEmail: 'partner@woodgrove.de' } } });
      const foreign = await as.run('pietro@northwind.it', `{ partnerOrganization(id: "${TENANT.woodgrove}") { providerDirectoryProfile { listed } } }`);
      expect(errorOf(foreign)).toMatchObject({ code: 'NOT_FOUND' });
      expect((await as.run('wilhelm@woodgrove.de', UPDATE, { input: { listed: true } })).errors).toBeUndefined();
      expect(names(await as.directory('anna@contoso.it', { country: 'DE' }))).toEqual(['Woodgrove Bank']);
    });

    it('a provider renamed by its legal profile (P-04) is listed under its new name', async () => {
      const legal = { companyName: 'Woodgrove Bank AG', address: { country: 'DE', city: 'München', addressLine1: 'Marienplatz 1',
        postalCode: '80331' }, primaryContact: { firstName: 'W', lastName: 'B', email: 'partners@woodgrove.de', phoneNumber: '+49 89 1' } };
      const renamed = await as.run('wilhelm@woodgrove.de', `mutation ($input: LegalBusinessProfileInput!) {
        updateLegalBusinessProfile(input: $input) { companyName } }`, { input: legal });
      expect(renamed.errors).toBeUndefined();
      expect(names(await as.directory('anna@contoso.it', { country: 'DE', search: 'ag' }))).toEqual(['Woodgrove Bank AG']);
    });
  });

  describe('paging (issue 13 kind 5): by name as PostgreSQL sorts it, any Unicode name', () => {
    const NAMES = ['ΣΊΣΥΦΟΣ Cloud', 'Σίσυφος Distribuzione', 'İSTANBUL Bulut', 'ıspanak Cloud', 'STRASSE Cloud', 'Straße Cloud',
      'Cafe\u0301 Cloud', 'Café Cloud', '🚀 Rocket Cloud', 'ǅemal Cloud', 'Equal Cloud', 'Equal Cloud', 'Equal Cloud'];

    beforeAll(async () => {
      for (const name of NAMES) {
        const id = randomUUID();
        await world.db.query(`insert into partners.organizations (id, company_name, partner_type, program_status, country)
          values ($1, $2, 'INDIRECT_PROVIDER', 'ACTIVE', 'IT')`, [id, name]);
        await world.db.query(`insert into partners.provider_directory_profiles (provider_id, listed, countries, offerings, contact_email,
          updated_by, updated_at) values ($1, true, '{IT}', '{TECHNICAL_SUPPORT}', 'x@example.it', $1, now())`, [id]);
      }
      // neither an unlisted provider, nor a listed one that is not ACTIVE, nor a reseller's row shows
      const hidden = [randomUUID(), randomUUID()];
      await world.db.query(`insert into partners.organizations (id, company_name, partner_type, program_status, country)
        values ($1, 'Unlisted Cloud', 'INDIRECT_PROVIDER', 'ACTIVE', 'IT'), ($2, 'Suspended Cloud', 'INDIRECT_PROVIDER', 'SUSPENDED', 'IT')`,
      hidden);
      await world.db.query(`insert into partners.provider_directory_profiles (provider_id, listed, countries, updated_by, updated_at)
        values ($1, false, '{IT}', $1, now()), ($2, true, '{IT}', $2, now()), ($3, true, '{IT}', $3, now())`, [...hidden, TENANT.fabrikam]);
    });

    it('first: 1 visits every listed provider exactly once, in the database\'s order; totalCount agrees', async () => {
      const { rows } = await world.db.query<{ id: string }>(`select d.provider_id as id from partners.provider_directory_profiles d
        join partners.organizations o on o.id = d.provider_id
        where d.listed and o.program_status = 'ACTIVE' and o.partner_type = 'INDIRECT_PROVIDER' and 'IT' = any(d.countries)
        order by lower(o.company_name), d.provider_id`);
      expect(rows).toHaveLength(NAMES.length + 1);
      const seen: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages <= rows.length; pages += 1) {
        const page = await as.directory('bea@contoso.it', {}, { first: 1, after });
        expect(page.totalCount).toBe(rows.length);
        seen.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(seen).toEqual(rows.map((row) => row.id));
    });

    it('a search in capitals finds what PostgreSQL lower-cases differently from JavaScript', async () => {
      expect(names(await as.directory('bea@contoso.it', { search: 'İSTANBUL' }))).toEqual(['İSTANBUL Bulut']);
      // the final sigma folds too (kit/values.ts searchFold): "ΣΊΣΥΦΟΣ" finds the name stored as "Σίσυφος"
      expect(names(await as.directory('bea@contoso.it', { search: 'ΣΊΣΥΦΟΣ' })).sort()).toEqual(['Σίσυφος Distribuzione', 'ΣΊΣΥΦΟΣ Cloud'].sort());
    });

    it('a cursor of another list, or forged, is INVALID_CURSOR naming after', async () => {
      const invoices = await as.run<{ invoices: { pageInfo: { endCursor: string } } }>('anna@contoso.it',
        '{ invoices(first: 1) { pageInfo { endCursor } } }');
      for (const after of [invoices.data!.invoices.pageInfo.endCursor, Buffer.from('["indirectProviderDirectory","x"]').toString('base64url')]) {
        expect(errorOf(await as.run('anna@contoso.it', DIRECTORY, { after })))
          .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', argument: 'after' });
      }
    });
  });
});
