import type { FactEntry } from './entry';

/**
 * Figures quoted by the lessons on this topic. Prefer pointing at a Sourced value that already
 * lives in lib/data or lib/pricing; define one here only when no other module holds it.
 */
export const deliveryArchitectureFacts = {} satisfies Record<string, FactEntry>;
