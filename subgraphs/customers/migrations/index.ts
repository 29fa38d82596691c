import { Initial1732406400000 } from './1732406400000-initial.js';

/** In order; a landed migration is never edited, only followed by a new one. */
export const customersMigrations = [Initial1732406400000];
