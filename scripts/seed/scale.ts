import pg from 'pg';
import { hashPassword } from '../../subgraphs/identity/password-hashing.js';
import { DEMO_PASSWORD } from './world.js';

export interface ScaleOptions {
  partners: number;
  customers: number;
  relationships: number;
  onProgress?: (step: string, done: number, total: number) => void;
}

const COUNTRIES = ['IT', 'DE', 'FR', 'ES', 'NL', 'GB', 'US', 'SE'];

/** Deterministic ids, so a benchmark can name a scale partner: `scaleId('p', 1)`. */
export const scaleId = (kind: 'p' | 'c' | 'u', n: number) =>
  `${{ p: '5ca1e000', c: '5ca1ec00', u: '5ca1e0a0' }[kind]}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const uuidSql = (prefix: string, expr: string) =>
  `('${prefix}-0000-4000-8000-' || lpad(to_hex(${expr}), 12, '0'))::uuid`;

/**
 * A realistic world at scale, generated inside PostgreSQL (INSERT … SELECT generate_series, in batches):
 * partners (10 % providers) with three users each, customers, reseller relationships spread over partners
 * (a few per customer, none duplicated), delegated admin on half of them, and provider↔reseller partnerships.
 */
export async function seedScale(databaseUrl: string, options: ScaleOptions): Promise<void> {
  const { partners, customers, relationships } = options;
  const progress = options.onProgress ?? (() => undefined);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const countries = `(array['${COUNTRIES.join("','")}'])[1 + (n % ${COUNTRIES.length})]`;
  const partnerId = uuidSql('5ca1e000', 'n');
  try {
    await db.query('set synchronous_commit = off');
    progress('partners', 0, partners);
    await db.query(`insert into identity.tenants (id, display_name, default_domain, verified_domains, country_code)
      select ${partnerId}, 'Scale Partner ' || n, 'partner' || n || '.example', array['partner' || n || '.example'], ${countries}
      from generate_series(1, $1) n`, [partners]);
    await db.query(`insert into identity.organizations (id, partner_type, program_status)
      select ${partnerId}, case when n % 10 = 0 then 'INDIRECT_PROVIDER' else 'INDIRECT_RESELLER' end, 'ACTIVE'
      from generate_series(1, $1) n`, [partners]);
    await db.query(`insert into partners.organizations (id, company_name, partner_type, program_status, country, mpn_id)
      select ${partnerId}, 'Scale Partner ' || n, case when n % 10 = 0 then 'INDIRECT_PROVIDER' else 'INDIRECT_RESELLER' end,
        'ACTIVE', ${countries}, (8000000 + n)::text
      from generate_series(1, $1) n`, [partners]);
    await db.query(`insert into customers.organizations (id, partner_type, program_status, country, mpn_id)
      select ${partnerId}, case when n % 10 = 0 then 'INDIRECT_PROVIDER' else 'INDIRECT_RESELLER' end, 'ACTIVE',
        ${countries}, (8000000 + n)::text
      from generate_series(1, $1) n`, [partners]);
    // three users per partner: GA + admin agent, helpdesk agent, admin agent
    await db.query(`insert into identity.users (id, tenant_id, email, display_name, password_hash, must_change_password,
        agent_role, admin_role, directory_role)
      select ${uuidSql('5ca1e0a0', 'n * 4 + k')}, ${partnerId}, 'user' || k || '@partner' || n || '.example',
        'User ' || k || ' of partner ' || n, $2, false,
        (array['ADMIN_AGENT', 'HELPDESK_AGENT', 'ADMIN_AGENT'])[k], (array['GLOBAL_ADMIN', 'NONE', 'NONE'])[k],
        case when k = 1 then 'GLOBAL_ADMINISTRATOR' else 'USER' end
      from generate_series(1, $1) n, generate_series(1, 3) k`, [partners, passwordHash]);
    // each reseller is partnered with the provider(s) n rounds down to, and the next one
    const partnerships = `select distinct ${uuidSql('5ca1e000', 'greatest(10, (n / 10) * 10)')} as provider_id,
        ${partnerId} as reseller_id
      from generate_series(1, $1) n where n % 10 <> 0`;
    await db.query(`insert into partners.partnerships (id, provider_id, reseller_id, state)
      select gen_random_uuid(), provider_id, reseller_id, 'ACTIVE' from (${partnerships}) p
      where provider_id <> reseller_id and exists (select 1 from partners.organizations o where o.id = provider_id)`, [partners]);
    await db.query(`insert into customers.partnerships (provider_id, reseller_id, state)
      select provider_id, reseller_id, 'ACTIVE' from partners.partnerships where provider_id::text like '5ca1e000%'`);
    progress('partners', partners, partners);

    const batch = 100_000;
    for (let start = 1; start <= customers; start += batch) {
      const end = Math.min(customers, start + batch - 1);
      await db.query(`insert into customers.customers (id, company_name, domain, country, custom_domains, created_at)
        select ${uuidSql('5ca1ec00', 'n')}, 'Customer ' || lpad(n::text, 7, '0') || ' ' ||
            (array['Holding', 'S.r.l.', 'GmbH', 'SAS', 'Ltd', 'B.V.'])[1 + n % 6],
          'customer' || n || '.example', ${countries}, array['c' || n || '.example'],
          now() - make_interval(days => n % 1000)
        from generate_series($1::int, $2::int) n`, [start, end]);
      progress('customers', end, customers);
    }

    // relationship r links customer (r mod customers) to a partner chosen so one customer's partners differ
    const perCustomer = Math.max(1, Math.ceil(relationships / Math.max(customers, 1)));
    for (let start = 0; start < relationships; start += batch) {
      const end = Math.min(relationships, start + batch) - 1;
      await db.query(`insert into customers.relationships (id, customer_id, partner_id, state, source, established_at)
        select gen_random_uuid(), ${uuidSql('5ca1ec00', '1 + (r % $3)')},
          ${uuidSql('5ca1e000', `1 + ((r % $3) * 7919 + (r / $3) * ${Math.max(1, Math.floor(partners / perCustomer))}) % $4`)},
          'ACTIVE', 'IMPORTED', now() - make_interval(days => r % 700)
        from generate_series($1::int, $2::int) r
        on conflict do nothing`, [start, end, customers, partners]);
      progress('relationships', end + 1, relationships);
    }
    await db.query(`insert into customers.delegated_admin_grants (id, partner_id, customer_id, state)
      select gen_random_uuid(), partner_id, customer_id, 'ACTIVE' from customers.relationships
      where partner_id::text like '5ca1e000%' and ('x' || substr(id::text, 1, 2))::bit(8)::int % 2 = 0
      on conflict do nothing`);
    progress('analyze', 0, 1);
    await db.query('analyze');
    progress('analyze', 1, 1);
  } finally {
    await db.end();
  }
}
