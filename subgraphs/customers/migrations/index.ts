import { Initial1732406400000 } from './1732406400000-initial.js';
import { Commerce1732406600000 } from './1732406600000-commerce.js';
import { ListingKeyset1732406700000 } from './1732406700000-listing-keyset.js';
import { ListingFilters1732406800000 } from './1732406800000-listing-filters.js';
import { ListKeysets1732406900000 } from './1732406900000-list-keysets.js';
import { RowLevelSecurity1732407000000 } from './1732407000000-row-level-security.js';
import { CustomerUsers1732407100000 } from './1732407100000-customer-users.js';

/** In order; a landed migration is never edited, only followed by a new one. */
export const customersMigrations = [Initial1732406400000, Commerce1732406600000, ListingKeyset1732406700000,
  ListingFilters1732406800000, ListKeysets1732406900000, RowLevelSecurity1732407000000,
  CustomerUsers1732407100000];
