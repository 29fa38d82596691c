import { Initial1732406400000 } from './1732406400000-initial.js';
import { Enrollment1732406500000 } from './1732406500000-enrollment.js';
import { ListKeysets1732406900000 } from './1732406900000-list-keysets.js';
import { RowLevelSecurity1732407000000 } from './1732407000000-row-level-security.js';
import { AccessEvaluation1732407400000 } from './1732407400000-access-evaluation.js';
import { ProviderDirectory1732407600000 } from './1732407600000-provider-directory.js';
import { ActivityLog1732407800000 } from './1732407800000-activity-log.js';
import { SearchFold1732408013000 } from './1732408013000-search-fold.js';

/** In order; a landed migration is never edited, only followed by a new one. */
export const partnersMigrations = [Initial1732406400000, Enrollment1732406500000, ListKeysets1732406900000,
  RowLevelSecurity1732407000000, AccessEvaluation1732407400000, ProviderDirectory1732407600000, ActivityLog1732407800000,
  SearchFold1732408013000];
