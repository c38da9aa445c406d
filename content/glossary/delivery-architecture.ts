import type { GlossaryTerm } from './types';

/** Terms introduced by the lessons on this topic. */
export const deliveryArchitectureTerms: GlossaryTerm[] = [];
