import type { SubgraphContext } from '../kit/context.js';
import type { IdentityLoaders } from './loaders.js';

export type IdentityContext = SubgraphContext<IdentityLoaders>;
