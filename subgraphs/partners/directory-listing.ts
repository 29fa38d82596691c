import type { EntityManager } from 'typeorm';
import type { KeyedNode } from '../kit/pagination.js';
import { searchFold } from '../kit/values.js';
import type { DirectoryFilter, DirectoryProfileFields } from './domain/directory.js';

/**
 * P-19: the directory's SQL. A page is read in (sort_name, provider_id) order from the partial index of listed
 * profiles (migration 1732407600000) and carries its sort key as PostgreSQL computed it (`lower(company_name)`,
 * issue 13 kind 5); only ACTIVE indirect providers show. Row-level security lets any partner read listed profiles.
 */

/** One directory entry: the profile (but its `listed`) and the organization's header (T-2), nothing else. */
export interface DirectoryEntryRow extends Omit<DirectoryProfileFields, 'listed'> {
  id: string;
  companyName: string;
  country: string;
}

/** How the caller's organization stands with a provider of the page. */
export interface DirectoryRelation {
  isPartnered: boolean;
  hasPendingInvitation: boolean;
  hasOpenContactRequest: boolean;
}

/**
 * The search as a prefix query over the lexemes PostgreSQL itself finds in it ('simple' config, as the stored
 * vector): every word must start a word of the name or description. Lexemes are quoted (quotes and backslashes
 * doubled), so nothing a user types is tsquery syntax; punctuation alone gives no lexeme, a null query, no match.
 */
const PREFIX_QUERY = (param: string) => `(select to_tsquery('simple',
    string_agg('''' || replace(replace(word, '\\', '\\\\'), '''', '''''') || ''':*', ' & '))
  from unnest(tsvector_to_array(to_tsvector('simple', ${searchFold(param)}))) word)`;

/** The filter as SQL conditions on `d` (profile) and `o` (organization), its values appended to `params`. */
function directoryConditions(filter: DirectoryFilter, params: unknown[]): string {
  const next = (value: unknown) => { params.push(value); return `$${params.length}`; };
  const conditions = [
    "d.listed and o.partner_type = 'INDIRECT_PROVIDER' and o.program_status = 'ACTIVE'",
    `d.countries @> array[${next(filter.country)}::text]`,
  ];
  if (filter.offering) conditions.push(`d.offerings @> array[${next(filter.offering)}::text]`);
  if (filter.language) conditions.push(`d.languages @> array[${next(filter.language)}::text]`);
  if (filter.search) conditions.push(`d.search @@ ${PREFIX_QUERY(next(filter.search))}`);
  return conditions.join(' and ');
}

const FROM = 'from partners.provider_directory_profiles d join partners.organizations o on o.id = d.provider_id';

/** One page (`limit` rows after the cursor's (sort name, id)), each row with its sort key. */
export async function directoryPage(
  manager: EntityManager, filter: DirectoryFilter, after: string[] | null, limit: number,
): Promise<KeyedNode<DirectoryEntryRow>[]> {
  const params: unknown[] = [];
  const where = directoryConditions(filter, params);
  const keyset = after ? ` and (d.sort_name, d.provider_id) > ($${params.push(after[0])}, $${params.push(after[1])}::uuid)` : '';
  const rows: (DirectoryEntryRow & { sortName: string })[] = await manager.query(`
    select d.provider_id as "id", d.company_name as "companyName", trim(o.country) as "country", d.countries, d.offerings,
      d.languages, d.description, d.contact_email as "contactEmail", d.website, d.sort_name as "sortName"
    ${FROM} where ${where}${keyset}
    order by d.sort_name, d.provider_id limit $${params.push(limit)}`, params);
  return rows.map(({ sortName, ...node }) => ({ node, key: [sortName, node.id] }));
}

/** How many providers the filter finds. */
export async function directoryCount(manager: EntityManager, filter: DirectoryFilter): Promise<number> {
  const params: unknown[] = [];
  const [row]: { n: number }[] = await manager.query(`select count(*)::int as n ${FROM} where ${directoryConditions(filter, params)}`, params);
  return row?.n ?? 0;
}

/**
 * For each provider id, how `partnerId` (the caller's organization) stands with it, in one statement: an ACTIVE
 * partnership; a PENDING, unexpired invitation addressed to it; an OPEN, unexpired contact request of its own.
 */
export async function directoryRelations(
  manager: EntityManager, partnerId: string, providerIds: readonly string[], now: Date,
): Promise<Map<string, DirectoryRelation>> {
  const rows: (DirectoryRelation & { id: string })[] = await manager.query(`
    select p.id,
      exists (select 1 from partners.partnerships s
        where s.provider_id = p.id and s.reseller_id = $1 and s.state = 'ACTIVE') as "isPartnered",
      exists (select 1 from partners.partnership_invitations i
        where i.provider_id = p.id and i.invitee_partner_id = $1 and i.state = 'PENDING' and i.expires_at > $3) as "hasPendingInvitation",
      exists (select 1 from partners.provider_contact_requests c
        where c.provider_id = p.id and c.reseller_id = $1 and c.state = 'OPEN' and c.expires_at > $3) as "hasOpenContactRequest"
    from unnest($2::uuid[]) as p (id)`, [partnerId, [...providerIds], now]);
  return new Map(rows.map(({ id, ...relation }) => [id, relation]));
}
