import type { SubgraphContext } from '../../kit/context.js';
import type { CustomersDeps } from '../deps.js';
import type { CustomersLoaders } from '../loaders.js';
import type { Customer } from '../model/customer.js';

export { organizationRef, partnerCallerOf, principalOf, userRef } from '../../kit/callers.js';

export type Context = SubgraphContext<CustomersLoaders>;
export type Deps = CustomersDeps;

/**
 * The customer a row the caller sees names by its foreign key (a subscription, a user, a relationship, a service
 * request): such a row exists only beside a relationship of the caller or a partner, never deleted, so the customer is
 * visible to the caller (row-level security) and exists.
 */
export const namedCustomer = (id: string, ctx: Context) => ctx.loaders.customer.load(id) as Promise<Customer>;
