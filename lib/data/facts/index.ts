import { deliveryArchitectureFacts } from './delivery-architecture';
import type { FactEntry } from './entry';
import { executionFacts } from './execution';
import { lambdaFacts } from './lambda';
import { scalingCostFacts } from './scaling-cost';
import { workflowsDataFacts } from './workflows-data';

export type { FactEntry } from './entry';

/**
 * Every figure lessons may quote by id. Each entry points at the one Sourced value it formats,
 * so a changed limit or price changes every lesson that quotes it.
 */
export const facts = {
  ...lambdaFacts,
  ...executionFacts,
  ...scalingCostFacts,
  ...workflowsDataFacts,
  ...deliveryArchitectureFacts,
} satisfies Record<string, FactEntry>;

export type FactId = keyof typeof facts;

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(facts, id);
}
