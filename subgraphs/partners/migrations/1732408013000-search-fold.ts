import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the directory's search vector folds case the way every search does (kit/values.ts `searchFold`): `lower()`
 * then the final sigma ς as σ, so "ΣΊΣΥΦΟΣ", "σίσυφος" and "σίσυφοσ" find the same provider whichever form its name
 * was stored in. The generated column is rebuilt (its GIN index with it).
 */
export class SearchFold1732408013000 implements MigrationInterface {
  name = 'SearchFold1732408013000';

  async up(db: QueryRunner): Promise<void> {
    await this.searchColumn(db, (text) => `translate(lower(${text}), 'ς', 'σ')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await this.searchColumn(db, (text) => text);
  }

  private async searchColumn(db: QueryRunner, fold: (text: string) => string): Promise<void> {
    await db.query('alter table partners.provider_directory_profiles drop column search');
    await db.query(`alter table partners.provider_directory_profiles add column search tsvector generated always as (
      setweight(to_tsvector('simple', ${fold('company_name')}), 'A')
      || setweight(to_tsvector('simple', ${fold("coalesce(description, '')")}), 'B')) stored`);
    await db.query('create index provider_directory_search on partners.provider_directory_profiles using gin (search) where listed');
  }
}
